<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<!-- English needs no translation but for the plural forms of the texts with a count. -->
<context>
    <name>palet</name>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n file checked</numerusform>
            <numerusform>%n files checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped because of errors (listed on standard error).
</source>
        <translation>
            <numerusform>%n file skipped because of errors (listed on standard error).
</numerusform>
            <numerusform>%n files skipped because of errors (listed on standard error).
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s), </source>
        <translation>
            <numerusform>%n phase, </numerusform>
            <numerusform>%n phases, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with errors
</source>
        <translation>
            <numerusform>, %n with errors
</numerusform>
            <numerusform>, %n with errors
</numerusform>
        </translation>
    </message>
</context>
</TS>
