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
        <source>; a share of %1 split over %n participant(s)</source>
        <translation>
            <numerusform>; a share of %1 split over %n participant</numerusform>
            <numerusform>; a share of %1 split over %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payment within %n day(s)</source>
        <translation>
            <numerusform>Payment within %n day</numerusform>
            <numerusform>Payment within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issued %n credit invoice(s) for %1; the costs can be changed now.
</source>
        <translation>
            <numerusform>Issued %n credit invoice for %1; the costs can be changed now.
</numerusform>
            <numerusform>Issued %n credit invoices for %1; the costs can be changed now.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issued %n invoice(s) for %1.
</source>
        <translation>
            <numerusform>Issued %n invoice for %1.
</numerusform>
            <numerusform>Issued %n invoices for %1.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n certificate(s) to %1.
</source>
        <translation>
            <numerusform>Wrote %n certificate to %1.
</numerusform>
            <numerusform>Wrote %n certificates to %1.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total (%n meeting(s))</source>
        <translation>
            <numerusform>Total (%n meeting)</numerusform>
            <numerusform>Total (%n meetings)</numerusform>
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
    <message numerus="yes">
        <source>it has %n member(s) now</source>
        <translation>
            <numerusform>it has %n member now</numerusform>
            <numerusform>it has %n members now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) with their texts</source>
        <translation>
            <numerusform>%n case with its texts</numerusform>
            <numerusform>%n cases with their texts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance record(s)</source>
        <translation>
            <numerusform>%n attendance record</numerusform>
            <numerusform>%n attendance records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n role</numerusform>
            <numerusform>%n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 votes for one case, but each member votes once for a case and %2 has %n member(s)</source>
        <translation>
            <numerusform>%1 votes for one case, but each member votes once for a case and %2 has %n member</numerusform>
            <numerusform>%1 votes for one case, but each member votes once for a case and %2 has %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n meeting(s) with a guide, then on its own.</source>
        <translation>
            <numerusform>The first meeting with a guide, then on its own.</numerusform>
            <numerusform>The first %n meetings with a guide, then on its own.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the agenda needs at least %1 minutes and the meeting has %2 (%3–%4): %n minute(s) short</source>
        <translation>
            <numerusform>the agenda needs at least %1 minutes and the meeting has %2 (%3–%4): %n minute short</numerusform>
            <numerusform>the agenda needs at least %1 minutes and the meeting has %2 (%3–%4): %n minutes short</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) present; intervision works best with %1 to %2</source>
        <translation>
            <numerusform>%n member present; intervision works best with %1 to %2</numerusform>
            <numerusform>%n members present; intervision works best with %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) not treated this time; &apos;palet case list %1&apos; shows which and why.
</source>
        <translation>
            <numerusform>%n case not treated this time; &apos;palet case list %1&apos; shows which and why.
</numerusform>
            <numerusform>%n cases not treated this time; &apos;palet case list %1&apos; shows which and why.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Built %1: %2 %3 by %4, %n file(s) with their SHA-256.
Sign it with: palet pack sign %1 --key KEY
</source>
        <translation>
            <numerusform>Built %1: %2 %3 by %4, %n file with its SHA-256.
Sign it with: palet pack sign %1 --key KEY
</numerusform>
            <numerusform>Built %1: %2 %3 by %4, %n files with their SHA-256.
Sign it with: palet pack sign %1 --key KEY
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n method(s)</source>
        <translation>
            <numerusform>  %n method</numerusform>
            <numerusform>  %n methods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n plugin(s) for %1</source>
        <translation>
            <numerusform>, %n plugin for %1</numerusform>
            <numerusform>, %n plugins for %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Installed %1 %2 (&quot;%3&quot; by %4) in %5: %n method(s)</source>
        <translation>
            <numerusform>Installed %1 %2 (&quot;%3&quot; by %4) in %5: %n method</numerusform>
            <numerusform>Installed %1 %2 (&quot;%3&quot; by %4) in %5: %n methods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Methods (%n):
</source>
        <translation>
            <numerusform>Methods (%n):
</numerusform>
            <numerusform>Methods (%n):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n session journal(s) in %1, their name is replaced by &quot;erased member&quot; and the texts of their cases by &quot;erased&quot;.
</source>
        <translation>
            <numerusform>In %n session journal in %1, their name is replaced by &quot;erased member&quot; and the texts of their cases by &quot;erased&quot;.
</numerusform>
            <numerusform>In %n session journals in %1, their name is replaced by &quot;erased member&quot; and the texts of their cases by &quot;erased&quot;.
</numerusform>
        </translation>
    </message>
</context>
</TS>
