<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Gebruik: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opties:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumenten:</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[opties]</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Onbekende optie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Onbekende opties: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Waarde ontbreekt na &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Onverwachte waarde na &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>palet</name>
    <message>
        <source>
  help [COMMAND]  Show this text or a command&apos;s help.
  --version       Print the version.

Run &apos;palet COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
  help [COMMAND]  Toon deze tekst of de hulp bij een commando.
  --version       Toon het versienummer.

Voer &apos;palet COMMAND --help&apos; uit voor de opties van een commando.
</translation>
    </message>
    <message>
        <source>
No method fits. See what was left out and why.
</source>
        <translation>
Geen enkele werkvorm past. Zie wat er is afgevallen en waarom.
</translation>
    </message>
    <message>
        <source>
Run &apos;%1 SUBCOMMAND --help&apos; for a subcommand&apos;s options.
</source>
        <translation>
Voer &apos;%1 SUBCOMMAND --help&apos; uit voor de opties van een subcommando.
</translation>
    </message>
    <message>
        <source>  none yet; add them with: palet group add-member &quot;%1&quot; NAME...
</source>
        <translation>  nog geen; voeg ze toe met: palet group add-member &quot;%1&quot; NAME...
</translation>
    </message>
    <message>
        <source>  none yet; plan one with: palet meeting new &quot;%1&quot; --date YYYY-MM-DD --start HH:MM --end HH:MM
</source>
        <translation>  nog geen; plan er een met: palet meeting new &quot;%1&quot; --date YYYY-MM-DD --start HH:MM --end HH:MM
</translation>
    </message>
    <message>
        <source> %1 of %2 min · meeting clock %3</source>
        <translation> %1 van %2 min · klok van de bijeenkomst %3</translation>
    </message>
    <message>
        <source>Follow-up of last time&apos;s case %1 (%2): %3</source>
        <translation>Vervolg van casus %1 van de vorige keer (%2): %3</translation>
    </message>
    <message>
        <source>Last time, case %1 &apos;%2&apos; (%3)</source>
        <translation>Vorige keer, casus %1 &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <source>Materials: %1</source>
        <translation>Materialen: %1</translation>
    </message>
    <message>
        <source>Part %1 of %2</source>
        <translation>Deel %1 van %2</translation>
    </message>
    <message>
        <source>%1 over time in %2</source>
        <translation>%1 over tijd bij %2</translation>
    </message>
    <message>
        <source>(%1 over time)</source>
        <translation>(%1 over tijd)</translation>
    </message>
    <message>
        <source>A minute added to %1, %2 over time</source>
        <translation>Een minuut extra voor %1, %2 over tijd</translation>
    </message>
    <message>
        <source>Paused, %1 over time in %2</source>
        <translation>Gepauzeerd, %1 over tijd bij %2</translation>
    </message>
    <message>
        <source>Phase %1 of %2: %3 (%4 min)</source>
        <translation>Fase %1 van %2: %3 (%4 min)</translation>
    </message>
    <message>
        <source>Resumed after a pause of %1, %2 over time in %3</source>
        <translation>Hervat na een pauze van %1, %2 over tijd bij %3</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Rollen: %1</translation>
    </message>
    <message>
        <source>Takeaway of case %1 (%2): %3</source>
        <translation>Opbrengst casus %1 (%2): %3</translation>
    </message>
    <message>
        <source>The method&apos;s plugin failed: %1</source>
        <translation>De plugin van de werkvorm gaf een fout: %1</translation>
    </message>
    <message>
        <source>Who speaks: %1</source>
        <translation>Aan het woord: %1</translation>
    </message>
    <message>
        <source>Who speaks: everyone</source>
        <translation>Aan het woord: iedereen</translation>
    </message>
    <message>
        <source>this session looks back on no cases of a previous meeting, so it takes no follow-up</source>
        <translation>deze sessie blikt niet terug op casussen van een vorige bijeenkomst, dus een vervolg past hier niet</translation>
    </message>
    <message>
        <source>case %1 of last time is not one this session looks back on (%2)</source>
        <translation>casus %1 van de vorige keer hoort niet bij de casussen waarop deze sessie terugblikt (%2)</translation>
    </message>
    <message>
        <source>a follow-up is &apos;follow-up: N text&apos;, N the number of last time&apos;s case</source>
        <translation>een vervolg is &apos;follow-up: N tekst&apos;, met N het nummer van de casus van de vorige keer</translation>
    </message>
    <message>
        <source>space pause · n next · f follow-up · b back · + minute · q quit</source>
        <translation>spatie pauze · n volgende · f vervolg · b terug · + minuut · q stoppen</translation>
    </message>
    <message>
        <source> (known keys: %1)</source>
        <translation> (bekende sleutels: %1)</translation>
    </message>
    <message>
        <source> (one of: %1)</source>
        <translation> (kies uit: %1)</translation>
    </message>
    <message>
        <source> (our judgement)</source>
        <translation> (ons oordeel)</translation>
    </message>
    <message>
        <source> (the method&apos;s roles: %1)</source>
        <translation> (de rollen van de werkvorm: %1)</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> in %1</translation>
    </message>
    <message>
        <source> during %1</source>
        <translation> tijdens %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> of </translation>
    </message>
    <message>
        <source>%1 (left %2)</source>
        <translation>%1 (vertrokken op %2)</translation>
    </message>
    <message>
        <source>%1 already meets on %2 from %3 to %4; meetings of one group cannot overlap</source>
        <translation>%1 komt al bijeen op %2 van %3 tot %4; bijeenkomsten van één groep mogen niet overlappen</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 om %2</translation>
    </message>
    <message>
        <source>%1 cases were asked for; %2 can be treated</source>
        <translation>er zijn %1 casussen gevraagd; er kunnen er %2 behandeld worden</translation>
    </message>
    <message>
        <source>%1 comes before the time of the line above; times never go back</source>
        <translation>%1 ligt vóór de tijd van de regel erboven; tijden gaan nooit terug</translation>
    </message>
    <message>
        <source>%1 ended after %2 (planned %3)</source>
        <translation>%1 afgelopen na %2 (gepland %3)</translation>
    </message>
    <message>
        <source>%1 for %2: %3 phases, %4 minutes (seed %5). Roles: %6.</source>
        <translation>%1 voor %2: %3 fasen, %4 minuten (seed %5). Rollen: %6.</translation>
    </message>
    <message>
        <source>%1 has no meeting on %2</source>
        <translation>%1 heeft geen bijeenkomst op %2</translation>
    </message>
    <message>
        <source>%1 has no meetings yet</source>
        <translation>%1 heeft nog geen bijeenkomsten</translation>
    </message>
    <message>
        <source>%1 has no meetings yet. Plan one: palet meeting new &quot;%1&quot; --date YYYY-MM-DD --start HH:MM --end HH:MM
</source>
        <translation>%1 heeft nog geen bijeenkomsten. Plan er een: palet meeting new &quot;%1&quot; --date YYYY-MM-DD --start HH:MM --end HH:MM
</translation>
    </message>
    <message>
        <source>%1 has no member &apos;%2&apos;%3</source>
        <translation>%1 heeft geen lid &apos;%2&apos;%3</translation>
    </message>
    <message>
        <source>%1 has no members yet</source>
        <translation>%1 heeft nog geen leden</translation>
    </message>
    <message>
        <source>%1 has no phases to run</source>
        <translation>%1 heeft geen fasen om uit te voeren</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Palet store</source>
        <translation>%1 is een map, geen Palet-opslag</translation>
    </message>
    <message>
        <source>%1 is already a member of %2</source>
        <translation>%1 is al lid van %2</translation>
    </message>
    <message>
        <source>%1 is made for %2–%3 members; %4 are present</source>
        <translation>%1 is bedoeld voor %2–%3 leden; er zijn er %4 aanwezig</translation>
    </message>
    <message>
        <source>%1 is meant for %2 to %3 members; this session has %4</source>
        <translation>%1 is bedoeld voor %2 tot %3 leden; deze sessie heeft er %4</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database, so not a Palet store</source>
        <translation>%1 is geen SQLite-database, dus geen Palet-opslag</translation>
    </message>
    <message>
        <source>%1 is not a valid id: use lowercase letters, digits and dashes (e.g. case-owner)</source>
        <translation>%1 is geen geldig id: gebruik kleine letters, cijfers en streepjes (bijv. case-owner)</translation>
    </message>
    <message>
        <source>%1 is not a valid id: use lowercase letters, digits and dashes, optionally namespaced with dots (e.g. acme.peer-review)</source>
        <translation>%1 is geen geldig id: gebruik kleine letters, cijfers en streepjes, eventueel met punten voor een naamruimte (bijv. acme.peer-review)</translation>
    </message>
    <message>
        <source>%1 is not a version of the form major.minor.patch (e.g. 1.0.0)</source>
        <translation>%1 is geen versie in de vorm major.minor.patch (bijv. 1.0.0)</translation>
    </message>
    <message>
        <source>%1 is not triaged yet; counted as suited to intervision</source>
        <translation>%1 heeft nog geen triage; geldt als geschikt voor intervisie</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>nog %1</translation>
    </message>
    <message>
        <source>%1 left %2 on %3</source>
        <translation>%1 heeft %2 verlaten op %3</translation>
    </message>
    <message>
        <source>%1 left %2. Their cases and attendance stay in the group&apos;s history;
to remove their personal data and case texts for good: palet member erase &quot;%1&quot; --group &quot;%2&quot;
</source>
        <translation>%1 heeft %2 verlaten. De casussen en aanwezigheid blijven in de geschiedenis van de groep;
om de persoonsgegevens en casusteksten van dit lid definitief te verwijderen: palet member erase &quot;%1&quot; --group &quot;%2&quot;
</translation>
    </message>
    <message>
        <source>%1 left of %2</source>
        <translation>nog %1 voor %2</translation>
    </message>
    <message>
        <source>%1 left of %2 (%3 %)</source>
        <translation>Nog %1 voor %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1 meets more than once on %2; name the meeting with its start time: %3</source>
        <translation>%1 komt op %2 meer dan eens bijeen; noem de bijeenkomst met de begintijd erbij: %3</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 minutes for %2 members in %3 available
</source>
        <translation>%1 minuten voor %2 leden bij %3 beschikbare minuten
</translation>
    </message>
    <message>
        <source>%1 minutes: fits your %2 if kept short</source>
        <translation>%1 minuten: past in jullie %2 als je het kort houdt</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, found %4</source>
        <translation>%1 moet een geheel getal van %2 tot en met %3 zijn, gevonden: %4</translation>
    </message>
    <message>
        <source>%1 needs at least %2 members, one for each role; %3 given</source>
        <translation>%1 heeft minstens %2 leden nodig, één voor elke rol; er zijn er %3 opgegeven</translation>
    </message>
    <message>
        <source>%1 of your %2 minutes</source>
        <translation>%1 van jullie %2 minuten</translation>
    </message>
    <message>
        <source>%1 with %2 takes %3</source>
        <translation>%1 met %2 duurt %3</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1: %2
</translation>
    </message>
    <message>
        <source>%1: %2
See &apos;%1 --help&apos;.
</source>
        <translation>%1: %2
Zie &apos;%1 --help&apos;.
</translation>
    </message>
    <message>
        <source>%1: %2: %3
</source>
        <translation>%1: %2: %3
</translation>
    </message>
    <message>
        <source>%1: cannot make the folder</source>
        <translation>%1: kan de map niet aanmaken</translation>
    </message>
    <message>
        <source>%1: cannot read the journal: %2</source>
        <translation>%1: kan het logboek niet lezen: %2</translation>
    </message>
    <message>
        <source>%1: case %2 &apos;%3&apos; (%4)</source>
        <translation>%1: casus %2 &apos;%3&apos; (%4)</translation>
    </message>
    <message>
        <source>%1: no such file or folder
</source>
        <translation>%1: bestand of map bestaat niet
</translation>
    </message>
    <message>
        <source>%1: note: %2
</source>
        <translation>%1: let op: %2
</translation>
    </message>
    <message>
        <source>%1: SQLite could not switch to write-ahead logging (journal mode &apos;%2&apos;); Palet needs it to keep the records safe. Is the folder on a network file system?</source>
        <translation>%1: SQLite kon niet overschakelen op write-ahead logging (journal mode &apos;%2&apos;); Palet heeft dat nodig om de gegevens veilig te bewaren. Staat de map op een netwerkbestandssysteem?</translation>
    </message>
    <message>
        <source>%1: the journal already exists; &apos;palet resume %1&apos; continues that session</source>
        <translation>%1: het logboek bestaat al; &apos;palet resume %1&apos; zet die sessie voort</translation>
    </message>
    <message>
        <source>%1: the journal holds no event; the session never started</source>
        <translation>%1: het logboek bevat geen gebeurtenis; de sessie is nooit begonnen</translation>
    </message>
    <message>
        <source>%1: the plugin computed an invalid method: %2</source>
        <translation>%1: de plugin berekende een ongeldige werkvorm: %2</translation>
    </message>
    <message>
        <source>%1: the plugin computed method &apos;%2&apos; %3 but its manifest describes &apos;%4&apos; %5; keep the manifest in step with the library</source>
        <translation>%1: de plugin berekende werkvorm &apos;%2&apos; %3, maar het manifest beschrijft &apos;%4&apos; %5; houd het manifest gelijk met de bibliotheek</translation>
    </message>
    <message>
        <source>the plugin failed on a session event: %1</source>
        <translation>de plugin faalde bij een sessiegebeurtenis: %1</translation>
    </message>
    <message>
        <source>the plugin failed to compute its method: %1</source>
        <translation>de plugin kon zijn werkvorm niet berekenen: %1</translation>
    </message>
    <message>
        <source>%1: unknown subcommand &apos;%2&apos;%3
Run &apos;%1 --help&apos; for the list.
</source>
        <translation>%1: onbekend subcommando &apos;%2&apos;%3
Voer &apos;%1 --help&apos; uit voor de lijst.
</translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <translation>%1–%2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n bestand gecontroleerd</numerusform>
            <numerusform>%n bestanden gecontroleerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped because of errors (listed on standard error).
</source>
        <translation>
            <numerusform>%n bestand overgeslagen wegens fouten (zie standaardfout).
</numerusform>
            <numerusform>%n bestanden overgeslagen wegens fouten (zie standaardfout).
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s), </source>
        <translation>
            <numerusform>%n fase, </numerusform>
            <numerusform>%n fasen, </numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not name a meeting; write GROUP@YYYY-MM-DD, e.g. Zorgteam@2025-03-12 (and @HH:MM after it when the group meets twice that day)</source>
        <translation>&apos;%1&apos; is geen bijeenkomst; schrijf GROUP@YYYY-MM-DD, bijv. Zorgteam@2025-03-12 (met @HH:MM erachter als de groep die dag twee keer bijeenkomt)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is named more than once</source>
        <translation>&apos;%1&apos; wordt meer dan één keer genoemd</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of store Palet knows; give a file path, sqlite:PATH or postgresql://…</source>
        <translation>&apos;%1&apos; is geen soort opslag die Palet kent; geef een bestandspad, sqlite:PATH of postgresql://…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role id (lower-case letters, digits and &apos;-&apos;)</source>
        <translation>&apos;%1&apos; is geen rol-id (kleine letters, cijfers en &apos;-&apos;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time: give seconds (75.5), m:ss (1:15) or h:mm:ss</source>
        <translation>&apos;%1&apos; is geen tijd: geef seconden (75.5), m:ss (1:15) of h:mm:ss</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid PostgreSQL URL: %2</source>
        <translation>&apos;%1&apos; is geen geldige PostgreSQL-URL: %2</translation>
    </message>
    <message>
        <source>(%1 left)</source>
        <translation>(nog %1)</translation>
    </message>
    <message>
        <source>(chair: %1, timekeeper: %2)</source>
        <translation>(procesbegeleider: %1, tijdbewaker: %2)</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(niets vastgelegd)</translation>
    </message>
    <message>
        <source>(the method&apos;s plugin failed: %1)</source>
        <translation>(de plugin van de werkvorm gaf een fout: %1)</translation>
    </message>
    <message numerus="yes">
        <source>, %n with errors
</source>
        <translation>
            <numerusform>, %n met fouten
</numerusform>
            <numerusform>, %n met fouten
</numerusform>
        </translation>
    </message>
    <message>
        <source>, guided by %1</source>
        <translation>, begeleid door %1</translation>
    </message>
    <message>
        <source>, with %1</source>
        <translation>, met %1</translation>
    </message>
    <message>
        <source>--%1 must be a date as YYYY-MM-DD, e.g. 2025-03-12, not &apos;%2&apos;</source>
        <translation>--%1 moet een datum zijn als YYYY-MM-DD, bijv. 2025-03-12, niet &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--%1 must be a time as HH:MM (24 hours), e.g. 09:30, not &apos;%2&apos;</source>
        <translation>--%1 moet een tijd zijn als HH:MM (24 uur), bijv. 09:30, niet &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--date, --start and --end are required</source>
        <translation>--date, --start en --end zijn verplicht</translation>
    </message>
    <message>
        <source>--format must be text, md, html or json, not &apos;%1&apos;</source>
        <translation>--format moet text, md, html of json zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--format must be text, md, html, ics or json, not &apos;%1&apos;</source>
        <translation>--format moet text, md, html, ics of json zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--method is required</source>
        <translation>--method is verplicht</translation>
    </message>
    <message>
        <source>--method names case %1, but the meeting&apos;s cases are numbered 1 to %2</source>
        <translation>--method noemt casus %1, maar de casussen van de bijeenkomst zijn genummerd van 1 tot en met %2</translation>
    </message>
    <message>
        <source>--method takes N=ID, the case&apos;s number and a method id, not &apos;%1&apos;</source>
        <translation>--method verwacht N=ID, het nummer van de casus en het id van een werkvorm, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--owner and --label are required</source>
        <translation>--owner en --label zijn verplicht</translation>
    </message>
    <message>
        <source>--style and --pe-register are for one member at a time</source>
        <translation>--style en --pe-register gelden voor één lid tegelijk</translation>
    </message>
    <message>
        <source>--votes is required</source>
        <translation>--votes is verplicht</translation>
    </message>
    <message numerus="yes">
        <source>%n attendance record(s)</source>
        <translation>
            <numerusform>%n aanwezigheidsregistratie</numerusform>
            <numerusform>%n aanwezigheidsregistraties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n casus</numerusform>
            <numerusform>%n casussen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) with their texts</source>
        <translation>
            <numerusform>%n casus met bijbehorende teksten</numerusform>
            <numerusform>%n casussen met bijbehorende teksten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n rol</numerusform>
            <numerusform>%n rollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n stem</numerusform>
            <numerusform>%n stemmen</numerusform>
        </translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation>; bedoel je %1?</translation>
    </message>
    <message>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation>; bedoel je &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>[has text]</source>
        <translation>[met tekst]</translation>
    </message>
    <message>
        <source>a case needs a short label</source>
        <translation>een casus heeft een kort label nodig</translation>
    </message>
    <message>
        <source>a case&apos;s label can have at most %1 characters (this one has %2); the longer text goes in its text</source>
        <translation>het label van een casus mag hoogstens %1 tekens hebben (dit heeft er %2); de langere tekst hoort in de tekst van de casus</translation>
    </message>
    <message>
        <source>a case&apos;s label is one line; the longer text goes in its text</source>
        <translation>het label van een casus is één regel; de langere tekst hoort in de tekst van de casus</translation>
    </message>
    <message>
        <source>a group meets from 1 to 52 times a year, not %1</source>
        <translation>een groep komt 1 tot 52 keer per jaar bijeen, niet %1</translation>
    </message>
    <message>
        <source>a group name can have at most %1 characters</source>
        <translation>een groepsnaam kan hoogstens %1 tekens hebben</translation>
    </message>
    <message>
        <source>a group name cannot contain &apos;@&apos;, which separates the group from the date in GROUP@YYYY-MM-DD</source>
        <translation>een groepsnaam mag geen &apos;@&apos; bevatten: die scheidt de groep van de datum in GROUP@YYYY-MM-DD</translation>
    </message>
    <message>
        <source>a group needs a name</source>
        <translation>een groep heeft een naam nodig</translation>
    </message>
    <message>
        <source>a guided meeting</source>
        <translation>een begeleide bijeenkomst</translation>
    </message>
    <message>
        <source>a key in %1 must be a plain word</source>
        <translation>een sleutel in %1 moet een gewoon woord zijn</translation>
    </message>
    <message>
        <source>a later end: %1 instead of %2</source>
        <translation>een latere eindtijd: %1 in plaats van %2</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>een mapping (sleutels met waarden)</translation>
    </message>
    <message>
        <source>a meeting ends after it starts (%1 is not after %2)</source>
        <translation>een bijeenkomst eindigt na het begin (%1 is niet later dan %2)</translation>
    </message>
    <message>
        <source>a meeting goes ahead with at least %1 members present; %2 are</source>
        <translation>een bijeenkomst gaat door met minstens %1 aanwezige leden; er zijn er %2</translation>
    </message>
    <message>
        <source>a meeting needs a date, a start and an end</source>
        <translation>een bijeenkomst heeft een datum, een begintijd en een eindtijd nodig</translation>
    </message>
    <message>
        <source>A member leaves the group; the history stays.</source>
        <translation>Een lid verlaat de groep; de geschiedenis blijft bewaard.</translation>
    </message>
    <message>
        <source>A member leaves the group; their history stays (see &apos;palet member erase&apos;).</source>
        <translation>Een lid verlaat de groep; de geschiedenis van het lid blijft bewaard (zie &apos;palet member erase&apos;).</translation>
    </message>
    <message>
        <source>a member needs a name</source>
        <translation>een lid heeft een naam nodig</translation>
    </message>
    <message>
        <source>a member&apos;s name can have at most %1 characters</source>
        <translation>de naam van een lid kan hoogstens %1 tekens hebben</translation>
    </message>
    <message>
        <source>a member&apos;s name is empty</source>
        <translation>de naam van een lid is leeg</translation>
    </message>
    <message>
        <source>a method needs at least one phase</source>
        <translation>een werkvorm heeft ten minste één fase nodig</translation>
    </message>
    <message>
        <source>a method needs at least one role</source>
        <translation>een werkvorm heeft ten minste één rol nodig</translation>
    </message>
    <message>
        <source>a method was chosen for a case that is not to be treated at this meeting</source>
        <translation>er is een werkvorm gekozen voor een casus die in deze bijeenkomst niet behandeld wordt</translation>
    </message>
    <message>
        <source>A minute added to %1, %2 left</source>
        <translation>Een minuut extra voor %1, nog %2</translation>
    </message>
    <message>
        <source>a plugin library without a manifest: put a method script with &apos;plugin: {library: %1}&apos; beside it</source>
        <translation>een pluginbibliotheek zonder manifest: zet er een werkvormscript met &apos;plugin: {library: %1}&apos; naast</translation>
    </message>
    <message>
        <source>a second document starts here; a file holds one method</source>
        <translation>hier begint een tweede document; een bestand bevat één werkvorm</translation>
    </message>
    <message>
        <source>A short label, at most 80 characters (required).</source>
        <translation>Een kort label, hoogstens 80 tekens (verplicht).</translation>
    </message>
    <message>
        <source>a shorter method for %1: %2 (%3) instead of %4 (%5)</source>
        <translation>een kortere werkvorm voor %1: %2 (%3) in plaats van %4 (%5)</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>één waarde</translation>
    </message>
    <message>
        <source>a source needs at least an author, a title or a url</source>
        <translation>een bron heeft ten minste een auteur, een titel of een url nodig</translation>
    </message>
    <message>
        <source>A stored meeting, as GROUP@YYYY-MM-DD: its whole agenda as one session (else give --method and --members).</source>
        <translation>Een opgeslagen bijeenkomst, als GROUP@YYYY-MM-DD: de hele agenda als één sessie (geef anders --method en --members).</translation>
    </message>
    <message>
        <source>a text needs at least one of &apos;nl&apos; and &apos;en&apos;</source>
        <translation>een tekst heeft ten minste &apos;nl&apos; of &apos;en&apos; nodig</translation>
    </message>
    <message>
        <source>A trained facilitator is present.</source>
        <translation>Er is een getrainde procesbegeleider aanwezig.</translation>
    </message>
    <message>
        <source>Absent (%1): %2</source>
        <translation>Afwezig (%1): %2</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>werkelijk</translation>
    </message>
    <message>
        <source>Add members to a group.</source>
        <translation>Voeg leden toe aan een groep.</translation>
    </message>
    <message>
        <source>Added %1 to %2; %3.
</source>
        <translation>%1 toegevoegd aan %2; %3.
</translation>
    </message>
    <message>
        <source>Added case %1 to %2: &apos;%3&apos; (%4).
</source>
        <translation>Casus %1 toegevoegd aan %2: &apos;%3&apos; (%4).
</translation>
    </message>
    <message>
        <source>Agenda of %1, %2–%3</source>
        <translation>Agenda van %1, %2–%3</translation>
    </message>
    <message>
        <source>Also print each case&apos;s text and takeaway (they are confidential).</source>
        <translation>Toon ook de tekst en opbrengst van elke casus (die zijn vertrouwelijk).</translation>
    </message>
    <message>
        <source>Also read methods from DIR (may be repeated; later ones win).</source>
        <translation>Lees ook werkvormen uit DIR (mag vaker; latere gaan voor).</translation>
    </message>
    <message>
        <source>Also the takeaways (they are confidential).</source>
        <translation>Ook de opbrengsten (die zijn vertrouwelijk).</translation>
    </message>
    <message>
        <source>an alias refers to an anchor that is not complete yet</source>
        <translation>een alias verwijst naar een anker dat nog niet compleet is</translation>
    </message>
    <message>
        <source>Ask the plugins for a group of N (default: each method&apos;s ideal).</source>
        <translation>Vraag de plugins uit te gaan van een groep van N (standaard: de ideale grootte voor elke werkvorm).</translation>
    </message>
    <message>
        <source>Ask the plugins to fit M minutes (default: 60).</source>
        <translation>Vraag de plugins binnen M minuten te passen (standaard: 60).</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>Bring a case in to a meeting.</source>
        <translation>Breng een casus in bij een bijeenkomst.</translation>
    </message>
    <message>
        <source>Bring a case in to a meeting. Only its owner and a short label are needed.</source>
        <translation>Breng een casus in bij een bijeenkomst. Alleen de inbrenger en een kort label zijn nodig.</translation>
    </message>
    <message>
        <source>Bring in and list the cases of a meeting.</source>
        <translation>Breng casussen voor een bijeenkomst in en toon ze.</translation>
    </message>
    <message>
        <source>Bring in cases with: palet case add &quot;%1&quot; --owner NAME --label TEXT
</source>
        <translation>Breng casussen in met: palet case add &quot;%1&quot; --owner NAME --label TEXT
</translation>
    </message>
    <message>
        <source>brought-in (default), chosen, treated or looked-back.</source>
        <translation>ingebracht (standaard), gekozen, behandeld of teruggeblikt; Engels mag ook.</translation>
    </message>
    <message>
        <source>built for another kind of machine than this one</source>
        <translation>gebouwd voor een ander soort machine dan deze</translation>
    </message>
    <message>
        <source>built for Palet SDK %1.%2 while this host speaks SDK %3.%4; %5</source>
        <translation>gebouwd voor Palet SDK %1.%2, terwijl deze host SDK %3.%4 spreekt; %5</translation>
    </message>
    <message>
        <source>built for the C++ ABI &apos;%1&apos; while this host uses &apos;%2&apos;; rebuild it with the same compiler and standard library</source>
        <translation>gebouwd voor de C++-ABI &apos;%1&apos;, terwijl deze host &apos;%2&apos; gebruikt; bouw de plugin opnieuw met dezelfde compiler en standaardbibliotheek</translation>
    </message>
    <message>
        <source>cannot be loaded as a shared library: %1</source>
        <translation>kan niet als gedeelde bibliotheek worden geladen: %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the store</source>
        <translation>kan de map %1 voor de opslag niet maken</translation>
    </message>
    <message>
        <source>cannot create the journal</source>
        <translation>kan het logboek niet aanmaken</translation>
    </message>
    <message>
        <source>cannot create the store %1: %2</source>
        <translation>kan de opslag %1 niet maken: %2</translation>
    </message>
    <message>
        <source>cannot cut off the journal&apos;s partial last line</source>
        <translation>kan de onvolledige laatste regel van het logboek niet afknippen</translation>
    </message>
    <message>
        <source>cannot force the journal to disk</source>
        <translation>kan het logboek niet definitief naar schijf wegschrijven</translation>
    </message>
    <message>
        <source>cannot import &apos;%1&apos;: %2</source>
        <translation>kan &apos;%1&apos; niet importeren: %2</translation>
    </message>
    <message>
        <source>cannot open the journal</source>
        <translation>kan het logboek niet openen</translation>
    </message>
    <message>
        <source>cannot open the store %1: %2</source>
        <translation>kan de opslag %1 niet openen: %2</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>kan het bestand niet lezen: %1</translation>
    </message>
    <message>
        <source>cannot read the script: %1</source>
        <translation>kan het script niet lezen: %1</translation>
    </message>
    <message>
        <source>cannot write the journal</source>
        <translation>kan niet naar het logboek schrijven</translation>
    </message>
    <message>
        <source>case %1 &apos;%2&apos; (%3)</source>
        <translation>casus %1 &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <source>Case %1 &apos;%2&apos; (%3): %4</source>
        <translation>Casus %1 &apos;%2&apos; (%3): %4</translation>
    </message>
    <message>
        <source>case %1 &apos;%2&apos; (%3): %4%5</source>
        <translation>casus %1 &apos;%2&apos; (%3): %4%5</translation>
    </message>
    <message>
        <source>Case %1 &apos;%2&apos; (%3): %4.
</source>
        <translation>Casus %1 &apos;%2&apos; (%3): %4.
</translation>
    </message>
    <message>
        <source>CASES</source>
        <translation>CASUSSEN</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>Cases (%1):</source>
        <translation>Casussen (%1):</translation>
    </message>
    <message>
        <source>Cases (leervragen) brought in to a meeting, named GROUP@YYYY-MM-DD.</source>
        <translation>Casussen (leervragen) die in een bijeenkomst worden ingebracht, aangeduid als GROUP@YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Cases of %1 (%2, %3–%4): %5
</source>
        <translation>Casussen van %1 (%2, %3–%4): %5
</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Procesbegeleider</translation>
    </message>
    <message>
        <source>chair: %1</source>
        <translation>procesbegeleider: %1</translation>
    </message>
    <message>
        <source>Check method scripts and report every error.</source>
        <translation>Controleer werkvormscripts en meld elke fout.</translation>
    </message>
    <message>
        <source>Choose the method a case is treated with.</source>
        <translation>Kies de werkvorm waarmee een casus wordt behandeld.</translation>
    </message>
    <message>
        <source>considering manifest %1: method &apos;%2&apos;, library %3</source>
        <translation>manifest %1 wordt bekeken: werkvorm &apos;%2&apos;, bibliotheek %3</translation>
    </message>
    <message>
        <source>Continue a session from its journal after palet stopped.</source>
        <translation>Zet een sessie voort vanuit het logboek nadat palet gestopt is.</translation>
    </message>
    <message>
        <source>Continue a session from its journal at the phase it was in, with the time it had left. Speed, script and --auto are as the session was started unless given.</source>
        <translation>Zet een sessie voort vanuit het logboek, in de fase waarin ze was en met de tijd die nog over was. Snelheid, script en --auto blijven zoals bij de start van de sessie, tenzij je ze opgeeft.</translation>
    </message>
    <message>
        <source>Continued from the journal after %1 without palet, %2</source>
        <translation>Verder vanuit het logboek na %1 zonder palet, %2</translation>
    </message>
    <message>
        <source>could not write the cache %1</source>
        <translation>kon de cache %1 niet schrijven</translation>
    </message>
    <message>
        <source>counted as a pause</source>
        <translation>meegeteld als pauze</translation>
    </message>
    <message>
        <source>counted as meeting time</source>
        <translation>meegeteld als tijd van de bijeenkomst</translation>
    </message>
    <message>
        <source>Create a group.</source>
        <translation>Maak een groep aan.</translation>
    </message>
    <message>
        <source>Create an intervision group.</source>
        <translation>Maak een intervisiegroep aan.</translation>
    </message>
    <message>
        <source>Create, show and list groups; add and remove members.</source>
        <translation>Maak groepen aan en bekijk ze; voeg leden toe en verwijder ze.</translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation>Past niet</translation>
    </message>
    <message>
        <source>duplicate key %1 (first given at line %2)</source>
        <translation>sleutel %1 komt dubbel voor (eerst gegeven op regel %2)</translation>
    </message>
    <message>
        <source>duplicate phase id %1 (first at line %2)</source>
        <translation>fase-id %1 komt dubbel voor (eerst op regel %2)</translation>
    </message>
    <message>
        <source>duplicate role id %1 (first at line %2)</source>
        <translation>rol-id %1 komt dubbel voor (eerst op regel %2)</translation>
    </message>
    <message>
        <source>en</source>
        <translation>nl</translation>
    </message>
    <message>
        <source>End each phase by itself when its time is up.</source>
        <translation>Sluit elke fase vanzelf af zodra de tijd om is.</translation>
    </message>
    <message>
        <source>Erase a member&apos;s personal data and case texts for good.</source>
        <translation>Wis de persoonsgegevens en casusteksten van een lid definitief.</translation>
    </message>
    <message>
        <source>Erase a member&apos;s personal data and the texts of their cases for good (the GDPR&apos;s right to erasure). This cannot be undone.</source>
        <translation>Wis de persoonsgegevens van een lid en de teksten van diens casussen definitief (het recht op vergetelheid uit de AVG). Dit kun je niet ongedaan maken.</translation>
    </message>
    <message>
        <source>Erase them from this group (may be repeated); needed when more than one group has a member of that name.</source>
        <translation>Wis het lid uit deze groep (mag vaker); nodig als meer dan één groep een lid met die naam heeft.</translation>
    </message>
    <message>
        <source>Erased %1 from %2: %3.
</source>
        <translation>Van %1 gewist uit %2: %3.
</translation>
    </message>
    <message>
        <source>event %1 names phase %2, which the plan does not have</source>
        <translation>gebeurtenis %1 noemt fase %2, die de planning niet heeft</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>verwacht: %1, gevonden: %2</translation>
    </message>
    <message>
        <source>expected a text, found nothing</source>
        <translation>verwacht: een tekst, gevonden: niets</translation>
    </message>
    <message>
        <source>expected a time and a key, as in &apos;0:30 n&apos;</source>
        <translation>verwacht een tijd en een toets, zoals in &apos;0:30 n&apos;</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>klaar</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>fits %1 people (%2–%3, ideal %4)</source>
        <translation>past bij %1 mensen (%2–%3, ideaal %4)</translation>
    </message>
    <message>
        <source>Former members: %1</source>
        <translation>Oud-leden: %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>uit %1</translation>
    </message>
    <message>
        <source>give %1</source>
        <translation>vermeld %1</translation>
    </message>
    <message>
        <source>Give the minutes for N members (default: the method&apos;s ideal).</source>
        <translation>Geef de minuten voor N leden (standaard: de ideale groepsgrootte van de werkvorm).</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GROEP</translation>
    </message>
    <message>
        <source>group size ideal (%1) lies outside min..max (%2..%3)</source>
        <translation>groepsgrootte ideal (%1) ligt buiten min..max (%2..%3)</translation>
    </message>
    <message>
        <source>group size min (%1) is larger than max (%2)</source>
        <translation>groepsgrootte min (%1) is groter dan max (%2)</translation>
    </message>
    <message>
        <source>has no Dutch text</source>
        <translation>heeft geen Nederlandse tekst</translation>
    </message>
    <message>
        <source>has no English text</source>
        <translation>heeft geen Engelse tekst</translation>
    </message>
    <message>
        <source>How many members find the case current and appealing.</source>
        <translation>Hoeveel leden de casus actueel en aansprekend vinden.</translation>
    </message>
    <message>
        <source>How often the group meets (default: 4).</source>
        <translation>Hoe vaak per jaar de groep bijeenkomt (standaard: 4).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Intervision %1</source>
        <translation>Intervisie %1</translation>
    </message>
    <message>
        <source>Intervision groups and their members.</source>
        <translation>Intervisiegroepen en hun leden.</translation>
    </message>
    <message numerus="yes">
        <source>it has %n member(s) now</source>
        <translation>
            <numerusform>de groep heeft nu %n lid</numerusform>
            <numerusform>de groep heeft nu %n leden</numerusform>
        </translation>
    </message>
    <message>
        <source>it has a descriptor but no &apos;%1&apos; (build it with PALET_EXPORT_METHOD)</source>
        <translation>er is een descriptor maar geen &apos;%1&apos; (bouw de plugin met PALET_EXPORT_METHOD)</translation>
    </message>
    <message>
        <source>it has no phases</source>
        <translation>de werkvorm heeft geen fasen</translation>
    </message>
    <message>
        <source>it has no roles</source>
        <translation>de werkvorm heeft geen rollen</translation>
    </message>
    <message>
        <source>It is guided meeting %1 of %2.
</source>
        <translation>Dit is begeleide bijeenkomst %1 van %2.
</translation>
    </message>
    <message>
        <source>its descriptor is %1 bytes, smaller than the %2 of SDK 1.0</source>
        <translation>de descriptor is %1 bytes, kleiner dan de %2 van SDK 1.0</translation>
    </message>
    <message>
        <source>its descriptor&apos;s texts cannot be found in the file</source>
        <translation>de teksten van de descriptor zijn niet te vinden in het bestand</translation>
    </message>
    <message>
        <source>its function table is smaller than SDK 1.0&apos;s</source>
        <translation>de functietabel is kleiner dan die van SDK 1.0</translation>
    </message>
    <message>
        <source>its group size is impossible</source>
        <translation>de groepsgrootte is onmogelijk</translation>
    </message>
    <message>
        <source>its loaded descriptor differs from the one in its file</source>
        <translation>de geladen descriptor verschilt van die in het bestand</translation>
    </message>
    <message>
        <source>Journal: %1
</source>
        <translation>Logboek: %1
</translation>
    </message>
    <message>
        <source>Keep the journal in FILE (default: a new file in $XDG_STATE_HOME/palet/sessions).</source>
        <translation>Houd het logboek bij in FILE (standaard: een nieuw bestand in $XDG_STATE_HOME/palet/sessions).</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LABEL</translation>
    </message>
    <message>
        <source>Language of the texts: nl or en (default: from the locale).</source>
        <translation>Taal van de teksten: nl of en (standaard: volgens de taalinstelling van het systeem).</translation>
    </message>
    <message>
        <source>Learning styles present, e.g. dromer=3,denker=2.</source>
        <translation>Aanwezige leerstijlen, bijv. dromer=3,denker=2.</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Afgevallen:</translation>
    </message>
    <message>
        <source>library %1 belongs to a manifest</source>
        <translation>bibliotheek %1 hoort bij een manifest</translation>
    </message>
    <message>
        <source>library %1 is a helper: %2 links against it</source>
        <translation>bibliotheek %1 is een hulpbibliotheek: %2 linkt ertegen</translation>
    </message>
    <message>
        <source>List a group&apos;s meetings.</source>
        <translation>Toon de bijeenkomsten van een groep.</translation>
    </message>
    <message>
        <source>List the cases of a meeting.</source>
        <translation>Toon de casussen van een bijeenkomst.</translation>
    </message>
    <message>
        <source>List the groups.</source>
        <translation>Toon de groepen.</translation>
    </message>
    <message>
        <source>List the meeting building blocks (opening, break, closing...) instead of methods.</source>
        <translation>Toon de bouwstenen van een bijeenkomst (opening, pauze, afsluiting...) in plaats van werkvormen.</translation>
    </message>
    <message>
        <source>List the methods Palet can find, with filters.</source>
        <translation>Toon de werkvormen die Palet kan vinden, met filters.</translation>
    </message>
    <message>
        <source>List the methods Palet can find.</source>
        <translation>Toon de werkvormen die Palet kan vinden.</translation>
    </message>
    <message>
        <source>Load plugin libraries, check them, and show what they compute.</source>
        <translation>Laad pluginbibliotheken, controleer ze en toon wat ze berekenen.</translation>
    </message>
    <message>
        <source>Load plugins and check that they work.</source>
        <translation>Laad plugins en controleer of ze werken.</translation>
    </message>
    <message>
        <source>loading %1 for method &apos;%2&apos;</source>
        <translation>%1 laden voor werkvorm &apos;%2&apos;</translation>
    </message>
    <message>
        <source>made for %1 problems</source>
        <translation>past bij het thema %1</translation>
    </message>
    <message>
        <source>made for %1–%2 people; you are %3</source>
        <translation>gemaakt voor %1–%2 mensen; jullie zijn met %3</translation>
    </message>
    <message>
        <source>MEETING</source>
        <translation>BIJEENKOMST</translation>
    </message>
    <message>
        <source>Meeting %1</source>
        <translation>Bijeenkomst %1</translation>
    </message>
    <message>
        <source>MEETINGS</source>
        <translation>BIJEENKOMSTEN</translation>
    </message>
    <message>
        <source>Meetings (%1):</source>
        <translation>Bijeenkomsten (%1):</translation>
    </message>
    <message>
        <source>Meetings of a group. A meeting is named GROUP@YYYY-MM-DD, e.g. Zorgteam@2025-03-12.</source>
        <translation>Bijeenkomsten van een groep. Een bijeenkomst heet GROUP@YYYY-MM-DD, bijv. Zorgteam@2025-03-12.</translation>
    </message>
    <message>
        <source>Meetings with a guide before the group runs on its own (default: 4).</source>
        <translation>Begeleide bijeenkomsten voordat de groep zelfstandig verdergaat (standaard: 4).</translation>
    </message>
    <message>
        <source>member %1 is not in the group of meeting %2</source>
        <translation>lid %1 zit niet in de groep van bijeenkomst %2</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>LEDEN</translation>
    </message>
    <message>
        <source>Members (%1):</source>
        <translation>Leden (%1):</translation>
    </message>
    <message>
        <source>Members needed present for a meeting to go ahead (default: 3).</source>
        <translation>Aantal leden dat aanwezig moet zijn om een bijeenkomst door te laten gaan (standaard: 3).</translation>
    </message>
    <message>
        <source>Members present (required).</source>
        <translation>Aantal aanwezige leden (verplicht).</translation>
    </message>
    <message>
        <source>Members who sent apologies, e.g. Anna,Bram.</source>
        <translation>Leden die zich hebben afgemeld, bijv. Anna,Bram.</translation>
    </message>
    <message>
        <source>Members&apos; personal data.</source>
        <translation>Persoonsgegevens van leden.</translation>
    </message>
    <message>
        <source>Message for %1: %2</source>
        <translation>Bericht voor %1: %2</translation>
    </message>
    <message>
        <source>Method files, or folders to search for *.yaml and *.yml.</source>
        <translation>Werkvormscripts, of mappen waarin naar *.yaml en *.yml wordt gezocht.</translation>
    </message>
    <message>
        <source>Method ids, manifests or libraries (default: every plugin found).</source>
        <translation>Id&apos;s van werkvormen, manifesten of bibliotheken (standaard: elke gevonden plugin).</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTEN</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Minutes available for the case (required).</source>
        <translation>Beschikbare minuten voor de casus (verplicht).</translation>
    </message>
    <message>
        <source>minutes min (%1) is larger than max (%2)</source>
        <translation>minutes min (%1) is groter dan max (%2)</translation>
    </message>
    <message>
        <source>minutes must be a whole number, a range {min, max} or {per_participant, min, max}</source>
        <translation>minutes moet een geheel getal zijn, een bereik {min, max} of {per_participant, min, max}</translation>
    </message>
    <message>
        <source>missing required key %1 in %2</source>
        <translation>verplichte sleutel %1 ontbreekt in %2</translation>
    </message>
    <message>
        <source>more than one group has a member &apos;%1&apos; (%2); say which with %3, or give them all if it is the same person</source>
        <translation>meer dan één groep heeft een lid &apos;%1&apos; (%2); geef met %3 aan welke, of geef ze allemaal als het om dezelfde persoon gaat</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>name the groups to erase %1 from</source>
        <translation>noem de groepen waaruit %1 gewist moet worden</translation>
    </message>
    <message>
        <source>needs a group that already feels safe — yours is new</source>
        <translation>vraagt een groep die zich al veilig voelt — jullie groep is nieuw</translation>
    </message>
    <message>
        <source>needs a trained facilitator — none is present</source>
        <translation>vraagt een getrainde procesbegeleider — er is er geen aanwezig</translation>
    </message>
    <message>
        <source>needs an experienced group — yours is new</source>
        <translation>vraagt een ervaren groep — jullie groep is nieuw</translation>
    </message>
    <message>
        <source>needs at least %1 minutes; you have %2</source>
        <translation>vraagt minstens %1 minuten; jullie hebben er %2</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>dieper genest dan %1 niveaus</translation>
    </message>
    <message>
        <source>NEXT MEETING</source>
        <translation>VOLGENDE BIJEENKOMST</translation>
    </message>
    <message>
        <source>Next: %1 (%2 min)</source>
        <translation>Hierna: %1 (%2 min)</translation>
    </message>
    <message>
        <source>Next: the end</source>
        <translation>Hierna: het einde</translation>
    </message>
    <message>
        <source>no cases were treated at the previous meeting: the opening has no look-back</source>
        <translation>bij de vorige bijeenkomst is geen casus behandeld: de opening heeft geen terugblik</translation>
    </message>
    <message>
        <source>no group &apos;%1&apos;%2</source>
        <translation>geen groep &apos;%1&apos;%2</translation>
    </message>
    <message>
        <source>no group &apos;%1&apos;; there are no groups yet</source>
        <translation>geen groep &apos;%1&apos;; er zijn nog geen groepen</translation>
    </message>
    <message>
        <source>no group has a member &apos;%1&apos;%2</source>
        <translation>geen enkele groep heeft een lid &apos;%1&apos;%2</translation>
    </message>
    <message>
        <source>No groups yet. Create one: palet group create NAME
</source>
        <translation>Nog geen groepen. Maak er een aan: palet group create NAME
</translation>
    </message>
    <message>
        <source>no id came back for the new case</source>
        <translation>geen id teruggekregen voor de nieuwe casus</translation>
    </message>
    <message>
        <source>no id came back for the new group</source>
        <translation>er kwam geen id terug voor de nieuwe groep</translation>
    </message>
    <message>
        <source>no id came back for the new meeting</source>
        <translation>geen id teruggekregen voor de nieuwe bijeenkomst</translation>
    </message>
    <message>
        <source>no id came back for the new member</source>
        <translation>er kwam geen id terug voor het nieuwe lid</translation>
    </message>
    <message>
        <source>no members given</source>
        <translation>geen leden opgegeven</translation>
    </message>
    <message>
        <source>no method fits the time left for %1</source>
        <translation>geen enkele werkvorm past in de tijd die overblijft voor %1</translation>
    </message>
    <message>
        <source>no method for %1</source>
        <translation>geen werkvorm voor %1</translation>
    </message>
    <message>
        <source>No method matches these filters.
</source>
        <translation>Geen werkvorm past bij deze filters.
</translation>
    </message>
    <message>
        <source>No methods found.
</source>
        <translation>Geen werkvormen gevonden.
</translation>
    </message>
    <message>
        <source>No plugins found.
</source>
        <translation>Geen plugins gevonden.
</translation>
    </message>
    <message>
        <source>no role is active in phase &apos;%1&apos;</source>
        <translation>geen enkele rol is actief in fase &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no role is active in this phase: give at least one role an instruction</source>
        <translation>geen enkele rol is actief in deze fase: geef ten minste één rol een instructie</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>bestand bestaat niet</translation>
    </message>
    <message>
        <source>no time left in this meeting</source>
        <translation>geen tijd meer over in deze bijeenkomst</translation>
    </message>
    <message>
        <source>no trained facilitator</source>
        <translation>zonder getrainde procesbegeleider</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>geen bestand</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>geen JSON-object</translation>
    </message>
    <message>
        <source>not a Palet plugin: it exports no &apos;%1&apos; (build it with PALET_EXPORT_METHOD)</source>
        <translation>geen Palet-plugin: hij exporteert geen &apos;%1&apos; (bouw hem met PALET_EXPORT_METHOD)</translation>
    </message>
    <message>
        <source>not a shared library (not an ELF shared object)</source>
        <translation>geen gedeelde bibliotheek (geen ELF shared object)</translation>
    </message>
    <message>
        <source>not made for %1 problems</source>
        <translation>past niet bij het thema %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Er is niets veranderd.</translation>
    </message>
    <message>
        <source>ok: %1 %2 from %3: </source>
        <translation>ok: %1 %2 uit %3: </translation>
    </message>
    <message>
        <source>ok: %1 (%2 %3)
</source>
        <translation>ok: %1 (%2 %3)
</translation>
    </message>
    <message>
        <source>ok: %1 is a YAML method; nothing to load
</source>
        <translation>ok: %1 is een YAML-werkvorm; er valt niets te laden
</translation>
    </message>
    <message>
        <source>one case fewer: leave out %1 (then at least %2 minutes)</source>
        <translation>één casus minder: laat %1 weg (dan minstens %2 minuten)</translation>
    </message>
    <message>
        <source>Only methods that can be done in M minutes.</source>
        <translation>Alleen werkvormen die in M minuten kunnen.</translation>
    </message>
    <message>
        <source>Only methods that suit learning style S (doener, dromer, denker, beslisser).</source>
        <translation>Alleen werkvormen die passen bij leerstijl S (doener, dromer, denker, beslisser).</translation>
    </message>
    <message>
        <source>Only methods that work with N members; minutes are given for N.</source>
        <translation>Alleen werkvormen die werken met N leden; de minuten gelden voor N.</translation>
    </message>
    <message>
        <source>Only methods with texts in language L (nl or en).</source>
        <translation>Alleen werkvormen met teksten in taal L (nl of en).</translation>
    </message>
    <message>
        <source>only one role can be held by everyone else (already role at line %1)</source>
        <translation>maar één rol kan door alle anderen worden vervuld (dat doet de rol op regel %1 al)</translation>
    </message>
    <message>
        <source>over</source>
        <translation>uitloop</translation>
    </message>
    <message>
        <source>over time</source>
        <translation>over tijd</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>INBRENGER</translation>
    </message>
    <message>
        <source>palet check: %1: no plugin found by that id, manifest or library; a manifest must lie in a method folder or one given with --methods (see &apos;palet list --verbose&apos;)
</source>
        <translation>palet check: %1: geen plugin gevonden met die id, dat manifest of die bibliotheek; een manifest moet in een werkvormmap staan of in een map die je met --methods opgeeft (zie &apos;palet list --verbose&apos;)
</translation>
    </message>
    <message>
        <source>palet list: unexpected argument &apos;%1&apos;
</source>
        <translation>palet list: onverwacht argument &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>palet recommend: --experience must be new or experienced, not &apos;%1&apos;
</source>
        <translation>palet recommend: --experience moet new of experienced zijn, niet &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>palet recommend: --group-size and --minutes are required
See &apos;palet recommend --help&apos;.
</source>
        <translation>palet recommend: --group-size en --minutes zijn verplicht
Zie &apos;palet recommend --help&apos;.
</translation>
    </message>
    <message>
        <source>palet recommend: --styles: &apos;%1&apos; is not STYLE or STYLE=COUNT (styles: doener, dromer, denker, beslisser)
</source>
        <translation>palet recommend: --styles: &apos;%1&apos; is geen STYLE of STYLE=COUNT (stijlen: doener, dromer, denker, beslisser)
</translation>
    </message>
    <message>
        <source>palet recommend: unexpected argument &apos;%1&apos;
</source>
        <translation>palet recommend: onverwacht argument &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>palet resume: %1
</source>
        <translation>palet resume: %1
</translation>
    </message>
    <message>
        <source>%1: cannot continue: %2</source>
        <translation>%1: kan niet verder: %2</translation>
    </message>
    <message>
        <source>palet resume: %1: no such journal file, nor a session by that id in %2
</source>
        <translation>palet resume: %1: geen logboekbestand met die naam en ook geen sessie met die id in %2
</translation>
    </message>
    <message>
        <source>%1: %2: this session has finished already
</source>
        <translation>%1: %2: deze sessie is al afgelopen
</translation>
    </message>
    <message>
        <source>palet resume: --gap must be pause or count, not &apos;%1&apos;
</source>
        <translation>palet resume: --gap moet pause of count zijn, niet &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>palet resume: give one journal
See &apos;palet resume --help&apos;.
</source>
        <translation>palet resume: geef één logboek op
Zie &apos;palet resume --help&apos;.
</translation>
    </message>
    <message>
        <source>palet resume: no unfinished session in %1
</source>
        <translation>palet resume: geen onafgemaakte sessie in %1
</translation>
    </message>
    <message>
        <source>%1: the session ran %2, which Palet no longer finds
</source>
        <translation>%1: de sessie liep met werkvorm %2, maar Palet vindt die niet meer
</translation>
    </message>
    <message>
        <source>palet run: %1
</source>
        <translation>palet run: %1
</translation>
    </message>
    <message>
        <source>%1: --absent goes with a meeting; --members names who is there
</source>
        <translation>%1: --absent hoort bij een bijeenkomst; met --members noem je wie er is
</translation>
    </message>
    <message>
        <source>%1: --seed must be a whole number from 0 to %2, not &apos;%3&apos;
</source>
        <translation>%1: --seed moet een geheel getal van 0 tot en met %2 zijn, niet &apos;%3&apos;
</translation>
    </message>
    <message>
        <source>%1: give --method ID and --members &quot;Ann,Bo,Cas&quot;
See &apos;%1 --help&apos;.
</source>
        <translation>%1: geef --method ID en --members &quot;Ann,Bo,Cas&quot;
Zie &apos;%1 --help&apos;.
</translation>
    </message>
    <message>
        <source>%1: give a meeting, or --method and --members, not both
See &apos;%1 --help&apos;.
</source>
        <translation>%1: geef een bijeenkomst, of --method en --members, niet allebei
Zie &apos;%1 --help&apos;.
</translation>
    </message>
    <message>
        <source>%1: no method with id &apos;%2&apos;%3 (&apos;palet list&apos; shows them all)
</source>
        <translation>%1: geen werkvorm met id &apos;%2&apos;%3 (&apos;palet list&apos; toont ze allemaal)
</translation>
    </message>
    <message>
        <source>palet show: --format must be text, md or html, not &apos;%1&apos;
</source>
        <translation>palet show: --format moet text, md of html zijn, niet &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>palet show: give exactly one method id
See &apos;palet show --help&apos;.
</source>
        <translation>palet show: geef precies één werkvorm-id op
Zie &apos;palet show --help&apos;.
</translation>
    </message>
    <message>
        <source>palet show: no method with id &apos;%1&apos;%2 (&apos;palet list&apos; shows them all)
</source>
        <translation>palet show: geen werkvorm met id &apos;%1&apos;%2 (&apos;palet list&apos; toont ze allemaal)
</translation>
    </message>
    <message>
        <source>palet show: note: %1 is meant for %2 members; minutes are given for %3
</source>
        <translation>palet show: let op: %1 is bedoeld voor %2 leden; de minuten gelden voor %3
</translation>
    </message>
    <message>
        <source>palet validate: give at least one file or folder
See &apos;palet validate --help&apos;.
</source>
        <translation>palet validate: geef ten minste één bestand of map op
Zie &apos;palet validate --help&apos;.
</translation>
    </message>
    <message>
        <source>Palet was not running for %1%2. Count that time as a pause (p) or as meeting time (m)? [P/m] </source>
        <translation>Palet lag %1 stil%2. Tel je die tijd als pauze (p) of als tijd van de bijeenkomst (m)? [P/m] </translation>
    </message>
    <message>
        <source>palet: %1
</source>
        <translation>palet: %1
</translation>
    </message>
    <message>
        <source>palet: %1
See &apos;%2 --help&apos;.
</source>
        <translation>palet: %1
Zie &apos;%2 --help&apos;.
</translation>
    </message>
    <message>
        <source>palet: %1
The session stopped; the journal %2 holds it up to the last event shown.
</source>
        <translation>palet: %1
De sessie is gestopt; het logboek %2 bevat haar tot en met de laatst getoonde gebeurtenis.
</translation>
    </message>
    <message>
        <source>palet: --%1 must be a whole number from %2 to %3, not &apos;%4&apos;
</source>
        <translation>palet: --%1 moet een geheel getal van %2 tot en met %3 zijn, niet &apos;%4&apos;
</translation>
    </message>
    <message>
        <source>palet: --available-in must be nl or en, not &apos;%1&apos;
</source>
        <translation>palet: --available-in moet nl of en zijn, niet &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>palet: --events takes only &apos;json&apos;, not &apos;%1&apos;
</source>
        <translation>palet: --events accepteert alleen &apos;json&apos;, niet &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>palet: --lang must be nl or en, not &apos;%1&apos;
</source>
        <translation>palet: --lang moet nl of en zijn, niet &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>palet: --methods %1: no such folder
</source>
        <translation>palet: --methods %1: die map bestaat niet
</translation>
    </message>
    <message>
        <source>palet: --speed must be a number from 0.01 to 100000, not &apos;%1&apos;
</source>
        <translation>palet: --speed moet een getal van 0.01 tot en met 100000 zijn, niet &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>palet: skipped: %1
</source>
        <translation>palet: overgeslagen: %1
</translation>
    </message>
    <message>
        <source>palet: unknown command &apos;%1&apos;
</source>
        <translation>palet: onbekend commando &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>palet: unknown command &apos;%1&apos;%2
Run &apos;palet help&apos; for the list.
</source>
        <translation>palet: onbekend commando &apos;%1&apos;%2
Voer &apos;palet help&apos; uit voor de lijst.
</translation>
    </message>
    <message>
        <source>palet: unknown learning style &apos;%1&apos;%2 (one of: doener, dromer, denker, beslisser)
</source>
        <translation>palet: onbekende leerstijl &apos;%1&apos;%2 (een van: doener, dromer, denker, beslisser)
</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>GEPAUZEERD</translation>
    </message>
    <message>
        <source>Paused, %1 left of %2</source>
        <translation>Gepauzeerd, nog %1 voor %2</translation>
    </message>
    <message>
        <source>PE register %1</source>
        <translation>PE-register %1</translation>
    </message>
    <message>
        <source>phase %1 was &apos;%2&apos; of %3 minutes, the method now makes it &apos;%4&apos; of %5</source>
        <translation>fase %1 was &apos;%2&apos; van %3 minuten, in de werkvorm is die nu &apos;%4&apos; van %5</translation>
    </message>
    <message>
        <source>Phase %1/%2: %3 (%4 min)</source>
        <translation>Fase %1/%2: %3 (%4 min)</translation>
    </message>
    <message>
        <source>phase &apos;%1&apos; has a time outside 1 second to 240 minutes</source>
        <translation>fase &apos;%1&apos; heeft een tijd buiten 1 seconde tot 240 minuten</translation>
    </message>
    <message>
        <source>phase &apos;%1&apos; instructs unknown role &apos;%2&apos;</source>
        <translation>fase &apos;%1&apos; geeft instructies aan onbekende rol &apos;%2&apos;</translation>
    </message>
    <message>
        <source>phase &apos;%1&apos; lets unknown role &apos;%2&apos; speak</source>
        <translation>fase &apos;%1&apos; laat onbekende rol &apos;%2&apos; spreken</translation>
    </message>
    <message>
        <source>phase id &apos;%1&apos; appears twice</source>
        <translation>fase-id &apos;%1&apos; komt twee keer voor</translation>
    </message>
    <message>
        <source>PLACE (GUIDE)</source>
        <translation>PLAATS (BEGELEIDER)</translation>
    </message>
    <message>
        <source>Plan a meeting of a group.</source>
        <translation>Plan een bijeenkomst van een groep.</translation>
    </message>
    <message>
        <source>Plan a meeting: agenda, chosen cases, methods and roles.</source>
        <translation>Plan een bijeenkomst: agenda, gekozen casussen, werkvormen en rollen.</translation>
    </message>
    <message>
        <source>Plan a meeting: the agenda with clock times, the cases chosen with their methods, and who chairs and keeps time.</source>
        <translation>Plan een bijeenkomst: de agenda met kloktijden, de gekozen casussen met hun werkvormen, en wie het proces begeleidt en de tijd bewaakt.</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>Planned %1, %2</source>
        <translation>Gepland: %1, %2</translation>
    </message>
    <message>
        <source>planned (default), held or cancelled, to record past meetings.</source>
        <translation>gepland (standaard), gehouden of afgelast, om eerdere bijeenkomsten vast te leggen; Engels mag ook.</translation>
    </message>
    <message>
        <source>Play the timed key presses in FILE (see docs/running.md).</source>
        <translation>Speel de getimede toetsaanslagen uit FILE af (zie docs/running.md).</translation>
    </message>
    <message>
        <source>Present (%1): %2</source>
        <translation>Aanwezig (%1): %2</translation>
    </message>
    <message>
        <source>Print a JSON array (see docs/json-output.md).</source>
        <translation>Geef de uitvoer als JSON-array (zie docs/json-output.md).</translation>
    </message>
    <message>
        <source>Print a JSON object (see docs/json-output.md).</source>
        <translation>Geef de uitvoer als JSON-object (zie docs/json-output.md).</translation>
    </message>
    <message>
        <source>Print a JSON object (see docs/recommend.md).</source>
        <translation>Geef de uitvoer als JSON-object (zie docs/recommend.md).</translation>
    </message>
    <message>
        <source>Print JSON (see docs/records.md).</source>
        <translation>Geef de uitvoer als JSON (zie docs/records.md).</translation>
    </message>
    <message>
        <source>Print only the errors.</source>
        <translation>Toon alleen de fouten.</translation>
    </message>
    <message>
        <source>Profession: %1
</source>
        <translation>Beroep: %1
</translation>
    </message>
    <message>
        <source>Qt&apos;s %1 database driver is not installed (Debian package %2)</source>
        <translation>Qt-databasedriver %1 is niet geïnstalleerd (Debian-pakket %2)</translation>
    </message>
    <message>
        <source>Quit the session? y/n</source>
        <translation>Sessie stoppen? j = ja, n = nee</translation>
    </message>
    <message>
        <source>Rank the methods for a group, a case and the time.</source>
        <translation>Rangschik de werkvormen voor een groep, een casus en de beschikbare tijd.</translation>
    </message>
    <message>
        <source>Rank the methods for this group, case and time, with the reasons.</source>
        <translation>Rangschik de werkvormen voor deze groep, casus en tijd, met de redenen.</translation>
    </message>
    <message>
        <source>rebuild it against SDK %1.x</source>
        <translation>bouw de plugin opnieuw tegen SDK %1.x</translation>
    </message>
    <message>
        <source>Record how many members find a case current and appealing.</source>
        <translation>Leg vast hoeveel leden een casus actueel en aansprekend vinden.</translation>
    </message>
    <message>
        <source>Record how many members find a case current and appealing; the most votes go first.</source>
        <translation>Leg vast hoeveel leden een casus actueel en aansprekend vinden; de meeste stemmen gaan voor.</translation>
    </message>
    <message>
        <source>Record the chosen cases, their methods, the chair and the timekeeper.</source>
        <translation>Leg de gekozen casussen vast, met hun werkvormen, de procesbegeleider en de tijdbewaker.</translation>
    </message>
    <message>
        <source>Recorded %1 as held: %2 present, %3 treated, the time of each part.
</source>
        <translation>Bijeenkomst %1 vastgelegd als gehouden: %2 aanwezig, %3 behandeld, de tijd van elk onderdeel.
</translation>
    </message>
    <message>
        <source>Recorded %1, %2 (%3)</source>
        <translation>Vastgelegd: %1, %2 (%3)</translation>
    </message>
    <message>
        <source>refused %1</source>
        <translation>geweigerd: %1</translation>
    </message>
    <message>
        <source>refused library %1: no manifest names it</source>
        <translation>bibliotheek %1 geweigerd: geen enkel manifest verwijst ernaar</translation>
    </message>
    <message>
        <source>refused manifest %1: it has errors</source>
        <translation>manifest %1 geweigerd: het bevat fouten</translation>
    </message>
    <message>
        <source>refused manifest %1: its library is missing</source>
        <translation>manifest %1 geweigerd: de bibliotheek ontbreekt</translation>
    </message>
    <message>
        <source>Report of %1, %2–%3 (%4)</source>
        <translation>Verslag van %1, %2–%3 (%4)</translation>
    </message>
    <message>
        <source>Report on a meeting run: time per part, cases, takeaways, attendance.</source>
        <translation>Maak een verslag van een gehouden bijeenkomst: tijd per onderdeel, casussen, opbrengsten, aanwezigheid.</translation>
    </message>
    <message>
        <source>Report on a meeting: each part planned against actual, the overruns, the cases treated and who was there.</source>
        <translation>Verslag van een bijeenkomst: per onderdeel de geplande en de werkelijke tijd, de uitloop, de behandelde casussen en wie er waren.</translation>
    </message>
    <message>
        <source>Resumed after a pause of %1, %2 left of %3</source>
        <translation>Hervat na een pauze van %1, nog %2 voor %3</translation>
    </message>
    <message>
        <source>Run a meeting live: phases, time, roles and a journal.</source>
        <translation>Voer een bijeenkomst live uit: fasen, tijd, rollen en een logboek.</translation>
    </message>
    <message>
        <source>Run a meeting live: the phases with their time, who does what, and a journal from which &apos;palet resume&apos; continues after a crash. Keys: space pause, n next, b back, + a minute more, q quit.</source>
        <translation>Laat een bijeenkomst live lopen: de fasen met hun tijd, wie wat doet, en een logboek waarmee &apos;palet resume&apos; na een crash verdergaat. Toetsen: spatie pauze, n volgende, b terug, + een minuut erbij, q stoppen.</translation>
    </message>
    <message>
        <source>Run the clock X times as fast (for demos and tests; default 1).</source>
        <translation>Laat de klok X keer zo snel lopen (voor demo&apos;s en tests; standaard 1).</translation>
    </message>
    <message>
        <source>running</source>
        <translation>loopt</translation>
    </message>
    <message>
        <source>Saved: %1 chosen, with the chair and timekeeper of each part.
</source>
        <translation>Opgeslagen: %1 gekozen, met de procesbegeleider en tijdbewaker van elk onderdeel.
</translation>
    </message>
    <message>
        <source>Say where every method came from and which ones were shadowed.</source>
        <translation>Vermeld waar elke werkvorm vandaan komt en welke overschaduwd zijn.</translation>
    </message>
    <message>
        <source>Say whether a case suits intervision, or is better served by individual coaching or a work meeting.</source>
        <translation>Geef aan of een casus geschikt is voor intervisie, of beter past bij individuele coaching of een werkoverleg.</translation>
    </message>
    <message>
        <source>Say whether a case suits intervision.</source>
        <translation>Geef aan of een casus geschikt is voor intervisie.</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <source>session-started does not describe the plan (method, members, language, phases)</source>
        <translation>session-started beschrijft de planning niet (werkvorm, leden, taal, fasen)</translation>
    </message>
    <message>
        <source>shadowed: %1 %2 from %3, by %4
</source>
        <translation>overschaduwd: %1 %2 uit %3, door %4
</translation>
    </message>
    <message>
        <source>Show a group: its members and meetings.</source>
        <translation>Toon een groep: de leden en bijeenkomsten.</translation>
    </message>
    <message>
        <source>Show one method as a one-page handout: phases, roles and minutes.</source>
        <translation>Toon één werkvorm als hand-out van één pagina: fasen, rollen en minuten.</translation>
    </message>
    <message>
        <source>Show one method: phases, roles and minutes.</source>
        <translation>Toon één werkvorm: fasen, rollen en minuten.</translation>
    </message>
    <message>
        <source>Show only the first K (the JSON always holds all).</source>
        <translation>Toon alleen de eerste K (de JSON bevat altijd alles).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Toon deze hulp.</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <source>Skipped phase %1/%2: %3</source>
        <translation>Fase %1/%2 overgeslagen: %3</translation>
    </message>
    <message>
        <source>space pause · n next · b back · + minute · q quit</source>
        <translation>spatie pauze · n volgende · b terug · + minuut · q stoppen</translation>
    </message>
    <message>
        <source>spc n b + q</source>
        <translation>spc n b + q</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Stopped before the end</source>
        <translation>Gestopt voor het einde</translation>
    </message>
    <message>
        <source>suits %1 of your %2 members with a known style: %3</source>
        <translation>past bij %1 van jullie %2 leden met een bekende leerstijl: %3</translation>
    </message>
    <message>
        <source>suits none of the learning styles present</source>
        <translation>past bij geen van de aanwezige leerstijlen</translation>
    </message>
    <message>
        <source>Summary of %1</source>
        <translation>Samenvatting van %1</translation>
    </message>
    <message>
        <source>Takeaway of %1: </source>
        <translation>Opbrengst van %1: </translation>
    </message>
    <message>
        <source>Takeaway: </source>
        <translation>Opbrengst: </translation>
    </message>
    <message>
        <source>Takeaway: %1</source>
        <translation>Opbrengst: %1</translation>
    </message>
    <message>
        <source>text (default), md, html or json.</source>
        <translation>text (standaard), md, html of json.</translation>
    </message>
    <message>
        <source>text (default), md, html, ics or json.</source>
        <translation>text (standaard), md, html, ics of json.</translation>
    </message>
    <message>
        <source>the agenda ends at %1, %2 minutes before the meeting&apos;s end</source>
        <translation>de agenda eindigt om %1, %2 minuten voor het einde van de bijeenkomst</translation>
    </message>
    <message>
        <source>the case is given by its number (see &apos;palet case list&apos;), not &apos;%1&apos;</source>
        <translation>een casus geef je aan met zijn nummer (zie &apos;palet case list&apos;), niet met &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the case owner &apos;%1&apos; is not one of the members</source>
        <translation>de inbrenger &apos;%1&apos; hoort niet bij de leden</translation>
    </message>
    <message>
        <source>The case owner (default: the first member; the next one facilitates).</source>
        <translation>De inbrenger (standaard: het eerste lid; het volgende lid is procesbegeleider).</translation>
    </message>
    <message>
        <source>The case&apos;s number, as &apos;palet case list&apos; shows it.</source>
        <translation>Het nummer van de casus, zoals &apos;palet case list&apos; het toont.</translation>
    </message>
    <message>
        <source>the data is deleted, but the tables could not be rewritten (%1); until they are, the bytes may stay in the server&apos;s files</source>
        <translation>de gegevens zijn verwijderd, maar de tabellen konden niet opnieuw worden geschreven (%1); tot dat lukt, kunnen de bytes in de bestanden van de server blijven staan</translation>
    </message>
    <message>
        <source>The day, as YYYY-MM-DD (required).</source>
        <translation>De dag, als YYYY-MM-DD (verplicht).</translation>
    </message>
    <message>
        <source>the document has more than %1 nodes (aliases count as copies)</source>
        <translation>het document heeft meer dan %1 knooppunten (aliassen tellen als kopieën)</translation>
    </message>
    <message>
        <source>The end, as HH:MM, on the same day (required).</source>
        <translation>De eindtijd, als HH:MM, op dezelfde dag (verplicht).</translation>
    </message>
    <message>
        <source>the event has no sequence number &apos;seq&apos;</source>
        <translation>de gebeurtenis heeft geen volgnummer &apos;seq&apos;</translation>
    </message>
    <message>
        <source>the event has no time &apos;t&apos;</source>
        <translation>de gebeurtenis heeft geen tijd &apos;t&apos;</translation>
    </message>
    <message>
        <source>the file holds no document</source>
        <translation>het bestand bevat geen document</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes</source>
        <translation>het bestand is groter dan %1 bytes</translation>
    </message>
    <message>
        <source>the group</source>
        <translation>de groep</translation>
    </message>
    <message>
        <source>the group and at least one name</source>
        <translation>de groep en minstens één naam</translation>
    </message>
    <message>
        <source>the group and the member&apos;s name</source>
        <translation>de groep en de naam van het lid</translation>
    </message>
    <message>
        <source>The group is new (default) or experienced.</source>
        <translation>De groep is new (nieuw, standaard) of experienced (ervaren).</translation>
    </message>
    <message>
        <source>The group that meets.</source>
        <translation>De groep die bijeenkomt.</translation>
    </message>
    <message>
        <source>the group&apos;s first meeting: no look-back; agree the rules on confidentiality together instead</source>
        <translation>de eerste bijeenkomst van de groep: geen terugblik; maak in plaats daarvan samen afspraken over vertrouwelijkheid</translation>
    </message>
    <message>
        <source>the group&apos;s name</source>
        <translation>de naam van de groep</translation>
    </message>
    <message>
        <source>The group&apos;s name, e.g. Zorgteam Noord.</source>
        <translation>De naam van de groep, bijv. Zorgteam Noord.</translation>
    </message>
    <message>
        <source>The group.</source>
        <translation>De groep.</translation>
    </message>
    <message>
        <source>the guide</source>
        <translation>de begeleider</translation>
    </message>
    <message>
        <source>the guided meetings must be from 0 to 52, not %1</source>
        <translation>het aantal begeleide bijeenkomsten moet 0 tot en met 52 zijn, niet %1</translation>
    </message>
    <message>
        <source>The handout as text (default), md (Markdown) or html.</source>
        <translation>De hand-out als text (platte tekst, standaard), md (Markdown) of html.</translation>
    </message>
    <message>
        <source>the journal does not begin with session-started</source>
        <translation>het logboek begint niet met session-started</translation>
    </message>
    <message>
        <source>the journal goes from event %1 to event %2</source>
        <translation>het logboek springt van gebeurtenis %1 naar gebeurtenis %2</translation>
    </message>
    <message>
        <source>the journal holds no event</source>
        <translation>het logboek bevat geen gebeurtenis</translation>
    </message>
    <message>
        <source>The kind of problem, e.g. dilemma, communication.</source>
        <translation>Het soort vraag (thema), bijv. dilemma, communicatie.</translation>
    </message>
    <message>
        <source>the library implements method &apos;%1&apos; but its manifest says &apos;%2&apos;</source>
        <translation>de bibliotheek implementeert werkvorm &apos;%1&apos;, maar het manifest zegt &apos;%2&apos;</translation>
    </message>
    <message>
        <source>The longer description, optional; &apos;-&apos; reads it from standard input.</source>
        <translation>De langere beschrijving, optioneel; met &apos;-&apos; wordt die van standaardinvoer gelezen.</translation>
    </message>
    <message>
        <source>the manifest names the library &apos;%1&apos;, which does not exist</source>
        <translation>het manifest noemt de bibliotheek &apos;%1&apos;, maar die bestaat niet</translation>
    </message>
    <message>
        <source>the meeting building block %1 is not in the catalog</source>
        <translation>de bouwsteen %1 van een bijeenkomst staat niet in de catalogus</translation>
    </message>
    <message>
        <source>the meeting has no case %1; its cases are numbered 1 to %2</source>
        <translation>de bijeenkomst heeft geen casus %1; de casussen hebben de nummers 1 tot en met %2</translation>
    </message>
    <message>
        <source>the meeting has no cases yet; add one with &apos;palet case add&apos;</source>
        <translation>de bijeenkomst heeft nog geen casussen; voeg er een toe met &apos;palet case add&apos;</translation>
    </message>
    <message>
        <source>The meeting has not been run with &apos;palet run&apos;; there is no time to report.</source>
        <translation>De bijeenkomst is niet met &apos;palet run&apos; gehouden; er zijn geen tijden om te rapporteren.</translation>
    </message>
    <message>
        <source>the meeting is %1 already; its outcome was not recorded again</source>
        <translation>de bijeenkomst heeft al de status %1; de uitkomst is niet opnieuw vastgelegd</translation>
    </message>
    <message>
        <source>the meeting is %1; only a planned meeting can be run</source>
        <translation>de bijeenkomst heeft status %1; alleen een geplande bijeenkomst kun je starten</translation>
    </message>
    <message>
        <source>the meeting is %1; only a planned meeting&apos;s plan can be saved</source>
        <translation>de bijeenkomst heeft status %1; alleen de planning van een geplande bijeenkomst kan worden opgeslagen</translation>
    </message>
    <message>
        <source>the meeting must end after it starts (--end %1 is not after --start %2)</source>
        <translation>de bijeenkomst moet eindigen nadat ze begint (--end %1 ligt niet na --start %2)</translation>
    </message>
    <message>
        <source>the meeting needs a start before its end</source>
        <translation>de begintijd van de bijeenkomst moet vóór de eindtijd liggen</translation>
    </message>
    <message>
        <source>the meeting&apos;s agenda is empty</source>
        <translation>de agenda van de bijeenkomst is leeg</translation>
    </message>
    <message>
        <source>the meeting&apos;s plan does not fit; see &apos;palet plan %1&apos;</source>
        <translation>de planning van de bijeenkomst past niet; zie &apos;palet plan %1&apos;</translation>
    </message>
    <message>
        <source>the meeting, as GROUP@YYYY-MM-DD</source>
        <translation>de bijeenkomst, als GROUP@YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the meeting, as GROUP@YYYY-MM-DD, and the case&apos;s number</source>
        <translation>de bijeenkomst, als GROUP@YYYY-MM-DD, en het nummer van de casus</translation>
    </message>
    <message>
        <source>The meeting, as GROUP@YYYY-MM-DD.</source>
        <translation>De bijeenkomst, als GROUP@YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>the member &apos;%1&apos; is named twice</source>
        <translation>het lid &apos;%1&apos; wordt twee keer genoemd</translation>
    </message>
    <message>
        <source>The member who brings the case in (required).</source>
        <translation>Het lid dat de casus inbrengt (verplicht).</translation>
    </message>
    <message>
        <source>The member who leaves.</source>
        <translation>Het lid dat vertrekt.</translation>
    </message>
    <message>
        <source>The member whose data is to be erased.</source>
        <translation>Het lid van wie je de gegevens wist.</translation>
    </message>
    <message>
        <source>The member&apos;s learning style: doener, dromer, denker or beslisser.</source>
        <translation>De leerstijl van het lid: doener, dromer, denker of beslisser.</translation>
    </message>
    <message>
        <source>the member&apos;s name</source>
        <translation>de naam van het lid</translation>
    </message>
    <message>
        <source>The member&apos;s registration for PE points.</source>
        <translation>Het registratienummer van het lid voor PE-punten.</translation>
    </message>
    <message>
        <source>the members needed present must be from 2 to 52, not %1</source>
        <translation>het aantal leden dat minstens aanwezig moet zijn, moet 2 tot en met 52 zijn, niet %1</translation>
    </message>
    <message>
        <source>The members present, in order, separated by commas: &quot;Ann,Bo,Cas&quot;.</source>
        <translation>De aanwezige leden, op volgorde, gescheiden door komma&apos;s: &quot;Ann,Bo,Cas&quot;.</translation>
    </message>
    <message>
        <source>The members&apos; profession, e.g. wijkverpleegkundigen.</source>
        <translation>Het beroep van de leden, bijv. wijkverpleegkundigen.</translation>
    </message>
    <message>
        <source>the method %1 chosen for %2 is not in the catalog</source>
        <translation>de werkvorm %1, gekozen voor %2, staat niet in de catalogus</translation>
    </message>
    <message>
        <source>the method has no name</source>
        <translation>de werkvorm heeft geen naam</translation>
    </message>
    <message>
        <source>The method to run.</source>
        <translation>De werkvorm die je wilt gebruiken.</translation>
    </message>
    <message>
        <source>The method to show.</source>
        <translation>De werkvorm die je wilt tonen.</translation>
    </message>
    <message>
        <source>The method&apos;s id; empty: let the plan recommend one.</source>
        <translation>Het id van de werkvorm; leeg: laat de planning er een voorstellen.</translation>
    </message>
    <message>
        <source>The minutes available (default: the method&apos;s minutes for the group).</source>
        <translation>De beschikbare minuten (standaard: de minuten van de werkvorm voor deze groep).</translation>
    </message>
    <message>
        <source>The new members&apos; names.</source>
        <translation>De namen van de nieuwe leden.</translation>
    </message>
    <message>
        <source>the phases of %1 take %2 minutes, not the %3 available</source>
        <translation>de fasen van %1 duren %2 minuten, niet de %3 die beschikbaar zijn</translation>
    </message>
    <message>
        <source>the plan does not fit; nothing was saved</source>
        <translation>de planning past niet; er is niets opgeslagen</translation>
    </message>
    <message>
        <source>the plan recommends its method</source>
        <translation>de planning stelt de werkvorm voor</translation>
    </message>
    <message>
        <source>the plugin&apos;s factory failed: %1</source>
        <translation>de factory van de plugin faalde: %1</translation>
    </message>
    <message>
        <source>the port in the PostgreSQL URL must be from 1 to 65535</source>
        <translation>de poort in de PostgreSQL-URL moet van 1 tot 65535 zijn</translation>
    </message>
    <message>
        <source>the roles are handed out differently now</source>
        <translation>de rollen worden nu anders verdeeld</translation>
    </message>
    <message>
        <source>the script is larger than 1 MiB</source>
        <translation>het script is groter dan 1 MiB</translation>
    </message>
    <message>
        <source>The seed for anything random, to replay a session (default: a random one).</source>
        <translation>De seed voor alles wat willekeurig is, om een sessie opnieuw af te spelen (standaard: een willekeurige).</translation>
    </message>
    <message>
        <source>the session had %1 phases, the method now makes %2</source>
        <translation>de sessie had %1 fasen, de werkvorm heeft er nu %2</translation>
    </message>
    <message>
        <source>the session ran %1 %2, but %3 is installed now</source>
        <translation>de sessie liep met %1 %2, maar nu is %3 geïnstalleerd</translation>
    </message>
    <message>
        <source>The session&apos;s journal file or id, or a meeting as GROUP@YYYY-MM-DD (default: the newest unfinished session).</source>
        <translation>Het logboekbestand of de id van de sessie, of een bijeenkomst als GROUP@YYYY-MM-DD (standaard: de nieuwste onafgemaakte sessie).</translation>
    </message>
    <message>
        <source>the setting &apos;%1&apos; in the PostgreSQL URL is not a libpq keyword with a value without &apos;;&apos;</source>
        <translation>de instelling &apos;%1&apos; in de PostgreSQL-URL is geen libpq-sleutelwoord met een waarde zonder &apos;;&apos;</translation>
    </message>
    <message>
        <source>the SQLite store needs a file path</source>
        <translation>de SQLite-opslag heeft een bestandspad nodig</translation>
    </message>
    <message>
        <source>The start, as HH:MM (required).</source>
        <translation>De begintijd, als HH:MM (verplicht).</translation>
    </message>
    <message>
        <source>the store %1 failed: %2</source>
        <translation>de opslag %1 gaf een fout: %2</translation>
    </message>
    <message>
        <source>the store %1 was written by a newer Palet (schema version %2; this Palet knows up to %3); update Palet to use it</source>
        <translation>de opslag %1 is geschreven door een nieuwere versie van Palet (schemaversie %2; deze versie kent tot en met %3); werk Palet bij om de opslag te gebruiken</translation>
    </message>
    <message>
        <source>the store location is empty</source>
        <translation>de locatie van de opslag is leeg</translation>
    </message>
    <message>
        <source>The store: a file path or postgresql://USER@HOST/DATABASE (default: $PALET_DB, else $XDG_DATA_HOME/palet/palet.db).</source>
        <translation>De opslag: een bestandspad of postgresql://USER@HOST/DATABASE (standaard: $PALET_DB, anders $XDG_DATA_HOME/palet/palet.db).</translation>
    </message>
    <message>
        <source>the takeaway is empty</source>
        <translation>de opbrengst is leeg</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (or contains a NUL byte)</source>
        <translation>de tekst is geen geldige UTF-8 (of bevat een NUL-byte)</translation>
    </message>
    <message>
        <source>The time palet was not running counts as a &apos;pause&apos; or as meeting time (&apos;count&apos;); asked when on a terminal, else a pause.</source>
        <translation>De tijd dat palet niet draaide telt als pauze (&apos;pause&apos;) of als tijd van de bijeenkomst (&apos;count&apos;); op een terminal wordt het je gevraagd, anders geldt het als pauze.</translation>
    </message>
    <message>
        <source>their name, learning style and PE register</source>
        <translation>de naam, de leerstijl en het PE-register</translation>
    </message>
    <message>
        <source>there is already a group &apos;%1&apos;</source>
        <translation>er is al een groep &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no meeting %1</source>
        <translation>er is geen bijeenkomst %1</translation>
    </message>
    <message>
        <source>rounded down to a multiple of %1</source>
        <translation>naar beneden afgerond op een veelvoud van %1</translation>
    </message>
    <message>
        <source>rounded to the nearest multiple of %1</source>
        <translation>afgerond op het dichtstbijzijnde veelvoud van %1</translation>
    </message>
    <message>
        <source>not rounded</source>
        <translation>niet afgerond</translation>
    </message>
    <message>
        <source>The registers whose PE points rules Palet knows, with the rules, their sources and the files they were read from.</source>
        <translation>De registers waarvan Palet de regels voor PE-punten kent, met de regels, hun bronnen en de bestanden waaruit ze gelezen zijn.</translation>
    </message>
    <message>
        <source>  a member&apos;s PE register begins with: %1
</source>
        <translation>  het PE-register van een lid begint met: %1
</translation>
    </message>
    <message>
        <source>  points per hour: %1, %2; at least %3 minutes; breaks %4
</source>
        <translation>  punten per uur: %1, %2; minstens %3 minuten; pauzes %4
</translation>
    </message>
    <message>
        <source>count</source>
        <translation>tellen mee</translation>
    </message>
    <message>
        <source>do not count</source>
        <translation>tellen niet mee</translation>
    </message>
    <message>
        <source>  at most %1 points a meeting
</source>
        <translation>  hoogstens %1 punten per bijeenkomst
</translation>
    </message>
    <message>
        <source>  booked as: %1
</source>
        <translation>  geboekt als: %1
</translation>
    </message>
    <message>
        <source>  source: %1 %2 (checked %3)
</source>
        <translation>  bron: %1 %2 (gecontroleerd %3)
</translation>
    </message>
    <message>
        <source>  from %1
</source>
        <translation>  uit %1
</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A held meeting&apos;s invoices, one per participant; credit them.</source>
        <translation>De facturen van een gehouden bijeenkomst, één per deelnemer; crediteer ze.</translation>
    </message>
    <message>
        <source>A member&apos;s year of meetings and PE points, invoice address, erasure.</source>
        <translation>Het jaar van een lid in bijeenkomsten en PE-punten, factuuradres, wissen.</translation>
    </message>
    <message>
        <source>Certificates of participation with PE points; verify one.</source>
        <translation>Bewijzen van deelname met PE-punten; controleer er een.</translation>
    </message>
    <message>
        <source>Plan and list a group&apos;s meetings; record their costs.</source>
        <translation>Plan en toon de bijeenkomsten van een groep; leg hun kosten vast.</translation>
    </message>
    <message>
        <source>The firm&apos;s details for invoices and certificates.</source>
        <translation>De gegevens van het bureau voor facturen en bewijzen van deelname.</translation>
    </message>
    <message>
        <source>%1 must be a mapping, not %2</source>
        <translation>%1 moet een mapping zijn, geen %2</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2%3</source>
        <translation>onbekende sleutel &apos;%1&apos; in %2%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is given twice in %2</source>
        <translation>&apos;%1&apos; staat twee keer in %2</translation>
    </message>
    <message>
        <source>%1 needs &apos;%2&apos;</source>
        <translation>%1 heeft &apos;%2&apos; nodig</translation>
    </message>
    <message>
        <source>%1 must be a text</source>
        <translation>%1 moet een tekst zijn</translation>
    </message>
    <message>
        <source>%1 must be a number with at most two decimals, such as 1 or 0.5, not &apos;%2&apos;</source>
        <translation>%1 moet een getal zijn met hoogstens twee decimalen, zoals 1 of 0.5, niet &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 must be from %2 to %3, not %4</source>
        <translation>%1 moet van %2 tot %3 zijn, niet %4</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 moet een geheel getal van %2 tot %3 zijn</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 moet true of false zijn</translation>
    </message>
    <message>
        <source>a register</source>
        <translation>een register</translation>
    </message>
    <message>
        <source>id must be lower-case letters, digits and &apos;-&apos;, not &apos;%1&apos;</source>
        <translation>id bestaat uit kleine letters, cijfers en &apos;-&apos;, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <source>prefixes must be a list of texts, such as [MfN]</source>
        <translation>prefixes moet een lijst teksten zijn, zoals [MfN]</translation>
    </message>
    <message>
        <source>rounding must be down, nearest or none, not &apos;%1&apos;</source>
        <translation>rounding moet down, nearest of none zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <source>sources must be a list: where the rule comes from</source>
        <translation>sources moet een lijst zijn: waar de regel vandaan komt</translation>
    </message>
    <message>
        <source>a source</source>
        <translation>een bron</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>het bestand</translation>
    </message>
    <message>
        <source>format %1 is not one this Palet reads (it reads %2)</source>
        <translation>formaat %1 kan deze versie van Palet niet lezen (ze leest %2)</translation>
    </message>
    <message>
        <source>registers must be a list</source>
        <translation>registers moet een lijst zijn</translation>
    </message>
    <message>
        <source>register &apos;%1&apos; is given twice</source>
        <translation>register &apos;%1&apos; staat er twee keer in</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kan niet gelezen worden: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IBAN (two letters for the country, two check digits, then the account)</source>
        <translation>&apos;%1&apos; is geen IBAN (twee letters voor het land, twee controlecijfers, dan de rekening)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Dutch IBAN: it has %2 characters instead of 18</source>
        <translation>&apos;%1&apos; is geen Nederlandse IBAN: hij heeft %2 tekens in plaats van 18</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IBAN: its check digits do not match (a typing error?)</source>
        <translation>&apos;%1&apos; is geen geldige IBAN: de controlecijfers kloppen niet (een tikfout?)</translation>
    </message>
    <message>
        <source>the address &apos;%1&apos; needs a street and a line with postcode and city, such as &quot;Stationsweg 1, 3511 AB Utrecht&quot;; an e-invoice cannot do without them</source>
        <translation>het adres &apos;%1&apos; heeft een straat nodig en een regel met postcode en plaats, zoals &quot;Stationsweg 1, 3511 AB Utrecht&quot;; een e-factuur kan niet zonder</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Chamber of Commerce (KvK) number: it has eight digits</source>
        <translation>&apos;%1&apos; is geen KvK-nummer: dat heeft acht cijfers</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a VAT identification number (a Dutch one is written NL123456789B01)</source>
        <translation>&apos;%1&apos; is geen btw-identificatienummer (een Nederlands nummer schrijf je als NL123456789B01)</translation>
    </message>
    <message>
        <source>the invoice number format &apos;%1&apos; has no {number} (or {number:4} for at least four digits)</source>
        <translation>de vorm van factuurnummers &apos;%1&apos; heeft geen {number} (of {number:4} voor minstens vier cijfers)</translation>
    </message>
    <message>
        <source>the invoice number format &apos;%1&apos; has %2; it knows only {year} and {number}</source>
        <translation>de vorm van factuurnummers &apos;%1&apos; heeft %2; alleen {year} en {number} zijn bekend</translation>
    </message>
    <message>
        <source>the invoice number format &apos;%1&apos; may hold only letters, digits, &apos;-&apos;, &apos;/&apos;, &apos;.&apos;, &apos;_&apos; and the placeholders</source>
        <translation>de vorm van factuurnummers &apos;%1&apos; mag alleen letters, cijfers, &apos;-&apos;, &apos;/&apos;, &apos;.&apos;, &apos;_&apos; en de plaatshouders bevatten</translation>
    </message>
    <message>
        <source>Guiding the meeting</source>
        <translation>Begeleiding van de bijeenkomst</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Voorbereiding</translation>
    </message>
    <message>
        <source>Travel time</source>
        <translation>Reistijd</translation>
    </message>
    <message>
        <source>Travel costs</source>
        <translation>Reiskosten</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Voorzieningen</translation>
    </message>
    <message>
        <source> (%1 × %2 an hour)</source>
        <translation> (%1 × %2 per uur)</translation>
    </message>
    <message numerus="yes">
        <source>; a share of %1 split over %n participant(s)</source>
        <translation>
            <numerusform>; een deel van %1, verdeeld over %n deelnemer</numerusform>
            <numerusform>; een deel van %1, verdeeld over %n deelnemers</numerusform>
        </translation>
    </message>
    <message>
        <source>Credit invoice %1</source>
        <translation>Creditfactuur %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Factuur %1</translation>
    </message>
    <message>
        <source>KvK %1</source>
        <translation>KvK %1</translation>
    </message>
    <message>
        <source>VAT number %1</source>
        <translation>Btw-nummer %1</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Factuurdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Corrects invoice</source>
        <translation>Corrigeert factuur</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>the intervision meeting of %1 on %2</source>
        <translation>de intervisiebijeenkomst van %1 op %2</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>VAT %1 %</source>
        <translation>Btw %1 %</translation>
    </message>
    <message>
        <source>Total excluding VAT</source>
        <translation>Totaal exclusief btw</translation>
    </message>
    <message>
        <source>Total including VAT</source>
        <translation>Totaal inclusief btw</translation>
    </message>
    <message>
        <source>This credit invoice cancels invoice %1; the amount is settled with it.</source>
        <translation>Deze creditfactuur crediteert factuur %1; het bedrag wordt ermee verrekend.</translation>
    </message>
    <message>
        <source>Please pay %1 by %2 to %3 in the name of %4, quoting %5.</source>
        <translation>Graag %1 betalen vóór %2 op %3 ten name van %4, onder vermelding van %5.</translation>
    </message>
    <message>
        <source>Exempt from VAT</source>
        <translation>Vrijgesteld van btw</translation>
    </message>
    <message>
        <source>Intervision meeting of %1 on %2</source>
        <translation>Intervisiebijeenkomst van %1 op %2</translation>
    </message>
    <message numerus="yes">
        <source>Payment within %n day(s)</source>
        <translation>
            <numerusform>Betaling binnen %n dag</numerusform>
            <numerusform>Betaling binnen %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate of participation</source>
        <translation>Bewijs van deelname</translation>
    </message>
    <message>
        <source>%1 took part in an intervision meeting of %2, guided by %3.</source>
        <translation>%1 heeft deelgenomen aan een intervisiebijeenkomst van %2, begeleid door %3.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Hours that count</source>
        <translation>Uren die meetellen</translation>
    </message>
    <message>
        <source>PE points</source>
        <translation>PE-punten</translation>
    </message>
    <message>
        <source>none: no rules are known for this register</source>
        <translation>geen: voor dit register zijn geen regels bekend</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Uitgegeven door</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Uitgegeven op</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Verification code (Ed25519 signature of the firm, key %1):</source>
        <translation>Verificatiecode (Ed25519-handtekening van het bureau, sleutel %1):</translation>
    </message>
    <message>
        <source>Check this certificate with: palet certificates verify FILE</source>
        <translation>Controleer dit bewijs met: palet certificates verify FILE</translation>
    </message>
    <message>
        <source>it holds no certificate of Palet&apos;s (no signed facts in its metadata)</source>
        <translation>het bevat geen bewijs van deelname van Palet (geen ondertekende gegevens in de metadata)</translation>
    </message>
    <message>
        <source>the firm&apos;s name cannot be empty</source>
        <translation>de naam van het bureau mag niet leeg zijn</translation>
    </message>
    <message>
        <source>the firm&apos;s name is longer than 120 characters</source>
        <translation>de naam van het bureau is langer dan 120 tekens</translation>
    </message>
    <message>
        <source>the firm&apos;s address cannot be empty</source>
        <translation>het adres van het bureau mag niet leeg zijn</translation>
    </message>
    <message>
        <source>the firm&apos;s address is longer than 400 characters</source>
        <translation>het adres van het bureau is langer dan 400 tekens</translation>
    </message>
    <message>
        <source>the hourly rate must be from € 0.00 to € 10,000.00</source>
        <translation>het uurtarief moet van € 0,00 tot € 10.000,00 zijn</translation>
    </message>
    <message>
        <source>the VAT rate must be a whole percentage from 0 to 100</source>
        <translation>het btw-tarief moet een heel percentage van 0 tot 100 zijn</translation>
    </message>
    <message>
        <source>the payment term must be from 0 to 365 days</source>
        <translation>de betalingstermijn moet van 0 tot 365 dagen zijn</translation>
    </message>
    <message>
        <source>the firm&apos;s details are set for the first time, so these are needed too: %1</source>
        <translation>de gegevens van het bureau worden voor het eerst vastgelegd, dus deze zijn ook nodig: %1</translation>
    </message>
    <message>
        <source>the firm&apos;s details are missing; set them once with: palet firm set --name TEXT --address TEXT --kvk NUMBER --vat-number NUMBER --iban IBAN</source>
        <translation>de gegevens van het bureau ontbreken; leg ze eenmalig vast met: palet firm set --name TEXT --address TEXT --kvk NUMBER --vat-number NUMBER --iban IBAN</translation>
    </message>
    <message>
        <source>an invoice in the store cannot be read; it was changed outside Palet</source>
        <translation>een factuur in de opslag is onleesbaar; ze is buiten Palet om gewijzigd</translation>
    </message>
    <message>
        <source>the meeting of %1 on %2 was cancelled; it has no costs</source>
        <translation>de bijeenkomst van %1 op %2 is afgelast; ze heeft geen kosten</translation>
    </message>
    <message>
        <source>costs cannot be negative</source>
        <translation>kosten kunnen niet negatief zijn</translation>
    </message>
    <message>
        <source>the meeting&apos;s invoices were issued (%1 and more); they never change. Credit them first with: palet invoices MEETING --credit</source>
        <translation>de facturen van de bijeenkomst zijn al opgemaakt (%1 en verder); die veranderen nooit. Crediteer ze eerst met: palet invoices MEETING --credit</translation>
    </message>
    <message>
        <source>%1 is %2, not held; invoices are sent once the meeting has been held</source>
        <translation>%1 is %2, niet gehouden; facturen gaan de deur uit zodra de bijeenkomst gehouden is</translation>
    </message>
    <message>
        <source>%1 has no costs recorded; record them first with: palet meeting costs %1 --prep-hours H --travel-hours H --travel-costs EUR --location EUR</source>
        <translation>voor %1 zijn geen kosten vastgelegd; leg ze eerst vast met: palet meeting costs %1 --prep-hours H --travel-hours H --travel-costs EUR --location EUR</translation>
    </message>
    <message>
        <source>%1 has no members recorded as present, so there is no one to invoice</source>
        <translation>bij %1 is niemand als aanwezig vastgelegd, dus er is niemand om te factureren</translation>
    </message>
    <message>
        <source>%1 had no members, so there is no one to invoice</source>
        <translation>%1 had geen leden, dus er is niemand om te factureren</translation>
    </message>
    <message>
        <source>the costs of %1 come to € 0.00; there is nothing to invoice</source>
        <translation>de kosten van %1 komen op € 0,00; er valt niets te factureren</translation>
    </message>
    <message>
        <source>the meeting has no invoices that stand; there is nothing to credit</source>
        <translation>de bijeenkomst heeft geen facturen die nog gelden; er valt niets te crediteren</translation>
    </message>
    <message>
        <source>a certificate in the store cannot be read; it was changed outside Palet</source>
        <translation>een bewijs van deelname in de opslag is onleesbaar; het is buiten Palet om gewijzigd</translation>
    </message>
    <message>
        <source>no one is recorded as present at %1, so there is no one to certify</source>
        <translation>bij %1 is niemand als aanwezig vastgelegd, dus er is niemand om een bewijs van deelname te geven</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Uurtarief</translation>
    </message>
    <message>
        <source>%1 excluding VAT</source>
        <translation>%1 exclusief btw</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Btw</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Payment term</source>
        <translation>Betalingstermijn</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>Factuurnummers</translation>
    </message>
    <message>
        <source>%1, such as %2</source>
        <translation>%1, zoals %2</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Gefactureerd</translation>
    </message>
    <message>
        <source>the members present</source>
        <translation>de aanwezige leden</translation>
    </message>
    <message>
        <source>all members</source>
        <translation>alle leden</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Ondertekeningssleutel</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Publieke sleutel</translation>
    </message>
    <message>
        <source>The firm&apos;s name.</source>
        <translation>De naam van het bureau.</translation>
    </message>
    <message>
        <source>Street and number, then postcode and city, e.g. &quot;Stationsweg 1, 3511 AB Utrecht&quot;.</source>
        <translation>Straat en huisnummer, dan postcode en plaats, bijvoorbeeld &quot;Stationsweg 1, 3511 AB Utrecht&quot;.</translation>
    </message>
    <message>
        <source>The Chamber of Commerce (KvK) number: eight digits.</source>
        <translation>Het KvK-nummer: acht cijfers.</translation>
    </message>
    <message>
        <source>The VAT identification number, e.g. NL123456789B01.</source>
        <translation>Het btw-identificatienummer, bijvoorbeeld NL123456789B01.</translation>
    </message>
    <message>
        <source>The account invoices are paid to; its check digits are checked.</source>
        <translation>De rekening waarop facturen betaald worden; de controlecijfers worden gecontroleerd.</translation>
    </message>
    <message>
        <source>The default hourly rate excluding VAT, e.g. 125 or 125.50 (default 125).</source>
        <translation>Het standaarduurtarief exclusief btw, bijvoorbeeld 125 of 125.50 (standaard 125).</translation>
    </message>
    <message>
        <source>The VAT rate in whole percent (default 21).</source>
        <translation>Het btw-tarief in hele procenten (standaard 21).</translation>
    </message>
    <message>
        <source>The payment term in days (default 30).</source>
        <translation>De betalingstermijn in dagen (standaard 30).</translation>
    </message>
    <message>
        <source>How invoice numbers look: {year} and {number}, or {number:4} for at least four digits (default {year}-{number:4}).</source>
        <translation>Hoe factuurnummers eruitzien: {year} en {number}, of {number:4} voor minstens vier cijfers (standaard {year}-{number:4}).</translation>
    </message>
    <message>
        <source>Who gets a meeting&apos;s invoices: present (default) or members (all members).</source>
        <translation>Wie de facturen van een bijeenkomst krijgt: present (de aanwezigen, standaard) of members (alle leden).</translation>
    </message>
    <message>
        <source>Set the firm&apos;s details, once; later, change any of them. The first time also makes the firm&apos;s key that signs certificates.</source>
        <translation>Leg de gegevens van het bureau eenmalig vast; wijzig er later wat je wilt. De eerste keer wordt ook de sleutel van het bureau gemaakt die bewijzen van deelname ondertekent.</translation>
    </message>
    <message>
        <source>--rate must be an amount in euros such as 125 or 125.50, not &apos;%1&apos;</source>
        <translation>--rate moet een bedrag in euro&apos;s zijn, zoals 125 of 125.50, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--vat must be a whole percentage from 0 to 100, not &apos;%1&apos;</source>
        <translation>--vat moet een heel percentage van 0 tot 100 zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--payment-days must be a whole number of days from 0 to 365, not &apos;%1&apos;</source>
        <translation>--payment-days moet een heel aantal dagen van 0 tot 365 zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--invoice must be present or members, not &apos;%1&apos;</source>
        <translation>--invoice moet present of members zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The firm&apos;s details are kept in the store.
</source>
        <translation>De gegevens van het bureau staan in de opslag.
</translation>
    </message>
    <message>
        <source>Show the firm&apos;s details and its public key.</source>
        <translation>Toon de gegevens van het bureau en zijn publieke sleutel.</translation>
    </message>
    <message>
        <source>Set or change the firm&apos;s details.</source>
        <translation>Leg de gegevens van het bureau vast of wijzig ze.</translation>
    </message>
    <message>
        <source>The firm that guides groups: its details on invoices and certificates, kept in the store.</source>
        <translation>Het bureau dat groepen begeleidt: zijn gegevens op facturen en bewijzen van deelname, bewaard in de opslag.</translation>
    </message>
    <message>
        <source>credit-invoice</source>
        <translation>creditfactuur</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>factuur</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>PARTICIPANT</source>
        <translation>DEELNEMER</translation>
    </message>
    <message>
        <source>EXCL. VAT</source>
        <translation>EXCL. BTW</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAAL</translation>
    </message>
    <message>
        <source> (credits %1)</source>
        <translation> (crediteert %1)</translation>
    </message>
    <message>
        <source>Write a PDF and a UBL e-invoice (XML) of each invoice into DIR.</source>
        <translation>Schrijf van elke factuur een pdf en een UBL-e-factuur (XML) in DIR.</translation>
    </message>
    <message>
        <source>Correct the meeting&apos;s invoices: a credit invoice for each. Then the costs can be changed and new invoices issued.</source>
        <translation>Corrigeer de facturen van de bijeenkomst: voor elke factuur een creditfactuur. Daarna kun je de kosten wijzigen en nieuwe facturen versturen.</translation>
    </message>
    <message>
        <source>Issue a held meeting&apos;s invoices, one per participant, the costs split equally (palet meeting costs records them); shows them when they were issued before. Issued invoices never change.</source>
        <translation>Maak de facturen op van een gehouden bijeenkomst, één per deelnemer, met de kosten gelijk verdeeld (palet meeting costs legt ze vast); toont ze als ze al eerder zijn opgemaakt. Opgemaakte facturen veranderen nooit.</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>kan de map %1 niet maken</translation>
    </message>
    <message numerus="yes">
        <source>Issued %n credit invoice(s) for %1; the costs can be changed now.
</source>
        <translation>
            <numerusform>%n creditfactuur voor %1 opgemaakt; je kunt de kosten nu wijzigen.
</numerusform>
            <numerusform>%n creditfacturen voor %1 opgemaakt; je kunt de kosten nu wijzigen.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issued %n invoice(s) for %1.
</source>
        <translation>
            <numerusform>%n factuur voor %1 opgemaakt.
</numerusform>
            <numerusform>%n facturen voor %1 opgemaakt.
</numerusform>
        </translation>
    </message>
    <message>
        <source>The invoices of %1 were issued before; they never change.
</source>
        <translation>De facturen van %1 zijn al eerder opgemaakt; ze veranderen nooit.
</translation>
    </message>
    <message>
        <source>Wrote a PDF and a UBL e-invoice of each to %1.
</source>
        <translation>Van elke factuur staan een pdf en een UBL-e-factuur in %1.
</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificaat</translation>
    </message>
    <message>
        <source>A certificate&apos;s PDF.</source>
        <translation>De pdf van een bewijs van deelname.</translation>
    </message>
    <message>
        <source>The firm&apos;s public key (as palet firm show prints it); default: the key of the firm in the store.</source>
        <translation>De publieke sleutel van het bureau (zoals palet firm show hem toont); standaard de sleutel van het bureau in de opslag.</translation>
    </message>
    <message>
        <source>Check that a certificate is genuine (signed with the firm&apos;s key) and unchanged. Exit status 0: it is; 1: it is not.</source>
        <translation>Controleer of een bewijs van deelname echt is (ondertekend met de sleutel van het bureau) en ongewijzigd. Afsluitstatus 0: dat is het; 1: dat is het niet.</translation>
    </message>
    <message>
        <source>the certificate&apos;s file</source>
        <translation>het bestand van het bewijs</translation>
    </message>
    <message>
        <source>--key is not a public key as palet firm show prints it</source>
        <translation>--key is geen publieke sleutel zoals palet firm show die toont</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>certificate %1 for %2 (%3, %4, %5 PE points)</source>
        <translation>bewijs %1 voor %2 (%3, %4, %5 PE-punten)</translation>
    </message>
    <message>
        <source>Genuine and unchanged: %1, issued by %2 on %3 and signed with key %4.
</source>
        <translation>Echt en ongewijzigd: %1, uitgegeven door %2 op %3 en ondertekend met sleutel %4.
</translation>
    </message>
    <message>
        <source>NOT genuine: %1 does not carry the signature of key %2; its facts may have been altered</source>
        <translation>NIET echt: %1 draagt niet de handtekening van sleutel %2; de gegevens kunnen veranderd zijn</translation>
    </message>
    <message>
        <source>NOT unchanged: the facts of %1 are signed, but the file was changed after it was issued; ask the firm for the original</source>
        <translation>NIET ongewijzigd: de gegevens van %1 zijn ondertekend, maar het bestand is na uitgifte gewijzigd; vraag het bureau om het origineel</translation>
    </message>
    <message>
        <source>Write each certificate as a PDF into DIR.</source>
        <translation>Schrijf elk bewijs als pdf in DIR.</translation>
    </message>
    <message>
        <source>Also read PE points rules from FILE (may be repeated; see docs/papers.md).</source>
        <translation>Lees ook regels voor PE-punten uit FILE (mag vaker; zie docs/papers.md).</translation>
    </message>
    <message>
        <source>Certificates of participation for the present members of a held meeting, with the PE points of each member&apos;s register, signed with the firm&apos;s key. Issued once; later runs give the same certificates.
Check one with: palet certificates verify FILE
The registers and their rules: palet certificates registers</source>
        <translation>Bewijzen van deelname voor de aanwezige leden van een gehouden bijeenkomst, met de PE-punten van ieders register, ondertekend met de sleutel van het bureau. Eenmalig uitgegeven; later geeft dit dezelfde bewijzen.
Controleer er een met: palet certificates verify FILE
De registers en hun regels: palet certificates registers</translation>
    </message>
    <message>
        <source>give --out DIR for the PDFs, or --json</source>
        <translation>geef --out DIR voor de pdf&apos;s, of --json</translation>
    </message>
    <message>
        <source>Certificate of participation %1</source>
        <translation>Bewijs van deelname %1</translation>
    </message>
    <message>
        <source>MEMBER</source>
        <translation>LID</translation>
    </message>
    <message>
        <source>REGISTER</source>
        <translation>REGISTER</translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation>UREN</translation>
    </message>
    <message>
        <source>POINTS</source>
        <translation>PUNTEN</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n certificate(s) to %1.
</source>
        <translation>
            <numerusform>%n bewijs van deelname staat in %1.
</numerusform>
            <numerusform>%n bewijzen van deelname staan in %1.
</numerusform>
        </translation>
    </message>
    <message>
        <source>COST</source>
        <translation>KOSTEN</translation>
    </message>
    <message>
        <source>Costs of %1, at %2 an hour:
</source>
        <translation>Kosten van %1, tegen %2 per uur:
</translation>
    </message>
    <message>
        <source>The hourly rate excluding VAT (default: the firm&apos;s).</source>
        <translation>Het uurtarief exclusief btw (standaard dat van het bureau).</translation>
    </message>
    <message>
        <source>Hours of preparation, e.g. 1 or 1.5.</source>
        <translation>Uren voorbereiding, bijvoorbeeld 1 of 1.5.</translation>
    </message>
    <message>
        <source>Hours of travel, charged at the rate.</source>
        <translation>Uren reistijd, tegen het uurtarief.</translation>
    </message>
    <message>
        <source>Travel costs excluding VAT.</source>
        <translation>Reiskosten exclusief btw.</translation>
    </message>
    <message>
        <source>The location&apos;s costs excluding VAT.</source>
        <translation>De kosten van de locatie exclusief btw.</translation>
    </message>
    <message>
        <source>Any facilities&apos; costs excluding VAT (default 0).</source>
        <translation>De kosten van eventuele voorzieningen exclusief btw (standaard 0).</translation>
    </message>
    <message>
        <source>Record what a meeting costs: guiding (its scheduled length) and preparation at the hourly rate, travel time and costs, the location and facilities. Without options, show them.</source>
        <translation>Leg vast wat een bijeenkomst kost: begeleiding (de geplande duur) en voorbereiding tegen het uurtarief, reistijd en reiskosten, de locatie en voorzieningen. Zonder opties: toon ze.</translation>
    </message>
    <message>
        <source>these are needed too: %1 (give 0 for none)</source>
        <translation>deze zijn ook nodig: %1 (geef 0 voor geen)</translation>
    </message>
    <message>
        <source>--%1 must be hours such as 1, 1.5 or 0.25, not &apos;%2&apos;</source>
        <translation>--%1 moet een aantal uren zijn, zoals 1, 1.5 of 0.25, niet &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--%1 must be an amount in euros such as 40 or 12.50, not &apos;%2&apos;</source>
        <translation>--%1 moet een bedrag in euro&apos;s zijn, zoals 40 of 12.50, niet &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 has no costs recorded yet</source>
        <translation>voor %1 zijn nog geen kosten vastgelegd</translation>
    </message>
    <message>
        <source>no --rate given, and %1</source>
        <translation>geen --rate gegeven, en %1</translation>
    </message>
    <message>
        <source>Record or show what a meeting costs, for its invoices.</source>
        <translation>Leg vast of toon wat een bijeenkomst kost, voor de facturen.</translation>
    </message>
    <message>
        <source>The member.</source>
        <translation>Het lid.</translation>
    </message>
    <message>
        <source>The year (default: this year).</source>
        <translation>Het jaar (standaard dit jaar).</translation>
    </message>
    <message>
        <source>The meetings a member attended in a year, with the hours and the PE points of their register.</source>
        <translation>De bijeenkomsten die een lid in een jaar bijwoonde, met de uren en de PE-punten van het eigen register.</translation>
    </message>
    <message>
        <source>--year must be a year such as 2027, not &apos;%1&apos;</source>
        <translation>--year moet een jaartal zijn, zoals 2027, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 in %2, %3</source>
        <translation>%1 in %2, %3</translation>
    </message>
    <message>
        <source> (PE register %1)</source>
        <translation> (PE-register %1)</translation>
    </message>
    <message>
        <source>  no meetings attended
</source>
        <translation>  geen bijeenkomsten bijgewoond
</translation>
    </message>
    <message>
        <source>HELD</source>
        <translation>GEHOUDEN</translation>
    </message>
    <message>
        <source>COUNTS</source>
        <translation>TELT MEE</translation>
    </message>
    <message numerus="yes">
        <source>Total (%n meeting(s))</source>
        <translation>
            <numerusform>Totaal (%n bijeenkomst)</numerusform>
            <numerusform>Totaal (%n bijeenkomsten)</numerusform>
        </translation>
    </message>
    <message>
        <source>  No PE points rules are known for %1; see docs/papers.md to add them.
</source>
        <translation>  Voor %1 zijn geen regels voor PE-punten bekend; zie docs/papers.md om ze toe te voegen.
</translation>
    </message>
    <message>
        <source>The meetings a member attended in a year, with hours and PE points.</source>
        <translation>De bijeenkomsten die een lid in een jaar bijwoonde, met uren en PE-punten.</translation>
    </message>
    <message>
        <source>an invoice names the customer&apos;s address, and there is none for %1; give each with: palet member address NAME &quot;Street 1, 1234 AB City&quot; --group &quot;%2&quot;</source>
        <translation>op een factuur staat het adres van de klant, en voor %1 is er geen; geef het per lid met: palet member address NAME &quot;Straat 1, 1234 AB Plaats&quot; --group &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an address with a street and a line with postcode and city, such as &quot;Dorpsstraat 5, 1234 AB Ergens&quot;</source>
        <translation>&apos;%1&apos; is geen adres met een straat en een regel met postcode en plaats, zoals &quot;Dorpsstraat 5, 1234 AB Ergens&quot;</translation>
    </message>
    <message>
        <source>Street and number, then postcode and city, e.g. &quot;Dorpsstraat 5, 1234 AB Ergens&quot;.</source>
        <translation>Straat en huisnummer, dan postcode en plaats, bijvoorbeeld &quot;Dorpsstraat 5, 1234 AB Ergens&quot;.</translation>
    </message>
    <message>
        <source>The member&apos;s group; needed when more than one group has a member of that name.</source>
        <translation>De groep van het lid; nodig als meer dan één groep een lid met die naam heeft.</translation>
    </message>
    <message>
        <source>Set the address a member&apos;s invoices are sent to.</source>
        <translation>Leg vast naar welk adres de facturen van een lid gaan.</translation>
    </message>
    <message>
        <source>the member&apos;s name and the address</source>
        <translation>de naam van het lid en het adres</translation>
    </message>
    <message>
        <source>more than one group has a member &apos;%1&apos; (%2); say which with --group</source>
        <translation>meer dan één groep heeft een lid &apos;%1&apos; (%2); zeg welke met --group</translation>
    </message>
    <message>
        <source>Invoices to %1 go to %2.
</source>
        <translation>Facturen voor %1 gaan naar %2.
</translation>
    </message>
    <message>
        <source>Proof of attendance: %1</source>
        <translation>Presentielijst: %1</translation>
    </message>
    <message>
        <source>confirmed in the room at %1</source>
        <translation>bevestigd in de ruimte om %1</translation>
    </message>
    <message>
        <source>confirmed at %1</source>
        <translation>bevestigd om %1</translation>
    </message>
    <message>
        <source>%1, as recorded by the run</source>
        <translation>%1, zoals vastgelegd bij het uitvoeren</translation>
    </message>
    <message>
        <source>%1, as scheduled (the meeting was not run with Palet)</source>
        <translation>%1, volgens planning (de bijeenkomst is niet met Palet uitgevoerd)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Beroep</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Hours held</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 u</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <source>%1 is %2, not held; the proof of attendance is made once the meeting has been held (palet run records it, or palet meeting new --status held for one held without Palet)</source>
        <translation>%1 is %2, niet gehouden; de presentielijst wordt gemaakt zodra de bijeenkomst gehouden is (palet run legt dat vast, of palet meeting new --status held voor een bijeenkomst die zonder Palet is gehouden)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>PE register</source>
        <translation>PE-register</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Present (%1)</source>
        <translation>Aanwezig (%1)</translation>
    </message>
    <message>
        <source>Attendance not recorded: sign if present</source>
        <translation>Aanwezigheid niet vastgelegd: teken als je er was</translation>
    </message>
    <message>
        <source>Absent (%1)</source>
        <translation>Afwezig (%1)</translation>
    </message>
    <message>
        <source>Signed by the guide: %1</source>
        <translation>Voor gezien, de begeleider: %1</translation>
    </message>
    <message>
        <source>writing a PDF needs Qt&apos;s GUI library to be started (this is a fault in Palet)</source>
        <translation>voor het schrijven van een pdf moet Qt&apos;s grafische bibliotheek gestart zijn (dit is een fout in Palet)</translation>
    </message>
    <message>
        <source>Qt wrote no PDF</source>
        <translation>Qt heeft geen pdf geschreven</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>md (default), html, json or pdf.</source>
        <translation>md (standaard), html, json of pdf.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Schrijf naar FILE in plaats van naar standaarduitvoer.</translation>
    </message>
    <message>
        <source>The proof of attendance of a held meeting, for the group to sign: the hours held, the guide, the present members with their PE register, the absent ones, and who confirmed digitally.
Members confirm with: palet attendance confirm MEETING --member NAME</source>
        <translation>De presentielijst van een gehouden bijeenkomst, om door de groep te laten tekenen: de gehouden uren, de begeleider, de aanwezige leden met hun PE-register, de afwezigen, en wie digitaal bevestigde.
Leden bevestigen met: palet attendance confirm MEETING --member NAME</translation>
    </message>
    <message>
        <source>--format must be md, html, json or pdf, not &apos;%1&apos;</source>
        <translation>--format moet md, html, json of pdf zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a PDF is not for the terminal; give --out FILE</source>
        <translation>een pdf is niet voor de terminal; geef --out FILE</translation>
    </message>
    <message>
        <source>Wrote the proof of attendance of %1 to %2.
</source>
        <translation>De presentielijst van %1 staat in %2.
</translation>
    </message>
    <message>
        <source>A held meeting&apos;s proof of attendance; members confirm their presence.</source>
        <translation>De presentielijst van een gehouden bijeenkomst; leden bevestigen hun aanwezigheid.</translation>
    </message>
    <message>
        <source>the meeting of %1 on %2 at %3</source>
        <translation>de bijeenkomst van %1 op %2 om %3</translation>
    </message>
    <message>
        <source>%1 was cancelled; there is no presence to confirm</source>
        <translation>%1 is afgelast; er valt geen aanwezigheid te bevestigen</translation>
    </message>
    <message>
        <source>%1 has not started yet; presence is confirmed once it runs or has been held</source>
        <translation>%1 is nog niet begonnen; je bevestigt je aanwezigheid zodra ze loopt of gehouden is</translation>
    </message>
    <message>
        <source>%1 is not recorded as held; presence is confirmed while it runs or once it has been held</source>
        <translation>%1 staat niet als gehouden vastgelegd; je bevestigt je aanwezigheid terwijl ze loopt of zodra ze gehouden is</translation>
    </message>
    <message>
        <source>%1 had left %2 on %3, before %4</source>
        <translation>%1 was op %3 al uit %2 vertrokken, vóór %4</translation>
    </message>
    <message>
        <source>%1 is recorded as absent from %2, so cannot confirm being there</source>
        <translation>%1 staat als afwezig vastgelegd bij %2 en kan dus niet bevestigen dat die er was</translation>
    </message>
    <message>
        <source>the confirmation was not found after it was recorded</source>
        <translation>de bevestiging is na het vastleggen niet teruggevonden</translation>
    </message>
    <message>
        <source>The member who confirms (required).</source>
        <translation>Het lid dat bevestigt (verplicht).</translation>
    </message>
    <message>
        <source>Confirm a member&apos;s presence at a meeting that runs or was held, with the time; the attendance list shows who confirmed.</source>
        <translation>Bevestig de aanwezigheid van een lid bij een bijeenkomst die loopt of gehouden is, met het tijdstip; de presentielijst laat zien wie bevestigde.</translation>
    </message>
    <message>
        <source>--member is required: the member who confirms</source>
        <translation>--member is verplicht: het lid dat bevestigt</translation>
    </message>
    <message>
        <source>%1 had already confirmed being at %2, at %3; nothing changed.
</source>
        <translation>%1 had al bevestigd aanwezig te zijn bij %2, om %3; er is niets veranderd.
</translation>
    </message>
    <message>
        <source>%1 confirmed being at %2, at %3.
</source>
        <translation>%1 heeft bevestigd aanwezig te zijn bij %2, om %3.
</translation>
    </message>
    <message>
        <source>Confirm a member&apos;s presence at a meeting, with the time.</source>
        <translation>Bevestig de aanwezigheid van een lid bij een bijeenkomst, met het tijdstip.</translation>
    </message>
    <message>
        <source>there is no method &apos;%1&apos;</source>
        <translation>er is geen werkvorm &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no method &apos;%1&apos; to treat a case with</source>
        <translation>er is geen werkvorm &apos;%1&apos; om een casus mee te behandelen</translation>
    </message>
    <message>
        <source>there is no method &apos;%1&apos;; see &apos;palet list&apos;</source>
        <translation>er is geen werkvorm &apos;%1&apos;; zie &apos;palet list&apos;</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIJD</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Time is up for %1</source>
        <translation>De tijd voor %1 is om</translation>
    </message>
    <message>
        <source>Timekeeper</source>
        <translation>Tijdbewaker</translation>
    </message>
    <message>
        <source>timekeeper: %1</source>
        <translation>tijdbewaker: %1</translation>
    </message>
    <message>
        <source>too much about content: better served by a work meeting</source>
        <translation>te inhoudelijk: beter geschikt voor een werkoverleg</translation>
    </message>
    <message>
        <source>too personal: better served by individual coaching</source>
        <translation>te persoonlijk: beter geschikt voor individuele coaching</translation>
    </message>
    <message>
        <source>took %1: method &apos;%2&apos;, SDK %3.%4.%5</source>
        <translation>%1 geaccepteerd: werkvorm &apos;%2&apos;, SDK %3.%4.%5</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Treat case N with this method, e.g. 2=incident-method (repeatable).</source>
        <translation>Behandel casus N met deze werkvorm, bijv. 2=incident-method (herhaalbaar).</translation>
    </message>
    <message>
        <source>Treat this many cases (default: as many as fit).</source>
        <translation>Behandel zoveel casussen (standaard: zoveel als er passen).</translation>
    </message>
    <message>
        <source>treated with %1</source>
        <translation>behandeld met %1</translation>
    </message>
    <message>
        <source>triaged as %1</source>
        <translation>bij triage ingedeeld als %1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>onverwacht argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown %1 %2</source>
        <translation>onbekende waarde %2 voor %1</translation>
    </message>
    <message>
        <source>unknown event &apos;%1&apos;</source>
        <translation>onbekende gebeurtenis &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown key %1 in %2</source>
        <translation>onbekende sleutel %1 in %2</translation>
    </message>
    <message>
        <source>unknown learning style &apos;%1&apos;%2 (one of: doener, dromer, denker, beslisser)</source>
        <translation>onbekende leerstijl &apos;%1&apos;%2 (kies uit: doener, dromer, denker, beslisser)</translation>
    </message>
    <message>
        <source>unknown reason &apos;%1&apos;</source>
        <translation>onbekende reden &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown role %1</source>
        <translation>onbekende rol %1</translation>
    </message>
    <message>
        <source>update Palet or rebuild the plugin against SDK %1.%2</source>
        <translation>werk Palet bij of bouw de plugin opnieuw tegen SDK %1.%2</translation>
    </message>
    <message>
        <source>Usage: %1 SUBCOMMAND [OPTIONS]

%2

Subcommands:
</source>
        <translation>Gebruik: %1 SUBCOMMAND [OPTIONS]

%2

Subcommando&apos;s:
</translation>
    </message>
    <message>
        <source>Usage: palet COMMAND [OPTIONS]

Commands:
</source>
        <translation>Gebruik: palet COMMAND [OPTIONS]

Commando&apos;s:
</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSIE</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <source>What the owner takes away from it.</source>
        <translation>Wat de inbrenger eruit meeneemt.</translation>
    </message>
    <message>
        <source>Where the group meets.</source>
        <translation>Waar de groep bijeenkomt.</translation>
    </message>
    <message>
        <source>With &apos;json&apos;, print every event as one JSON line on standard output.</source>
        <translation>Met &apos;json&apos;: schrijf elke gebeurtenis als één JSON-regel naar standaarduitvoer.</translation>
    </message>
    <message>
        <source>With --format ics: also one event for each part of the agenda.</source>
        <translation>Met --format ics: ook een afspraak voor elk onderdeel van de agenda.</translation>
    </message>
    <message>
        <source>With a meeting: members who sent apologies, e.g. Anna,Bram.</source>
        <translation>Bij een bijeenkomst: leden die zich hebben afgemeld, bijv. Anna,Bram.</translation>
    </message>
    <message>
        <source>with a trained facilitator</source>
        <translation>met een getrainde procesbegeleider</translation>
    </message>
    <message>
        <source>Would fit</source>
        <translation>Zou passen</translation>
    </message>
    <message>
        <source>Write a meeting&apos;s agenda as text, Markdown, HTML, iCalendar or JSON.</source>
        <translation>Schrijf de agenda van een bijeenkomst als tekst, Markdown, HTML, iCalendar of JSON.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>— going back</source>
        <translation>— terug naar de vorige fase</translation>
    </message>
    <message>
        <source>intervision, coaching (too personal) or work-meeting (too much about content); in Dutch too.</source>
        <translation>intervisie, coaching (te persoonlijk) of werkoverleg (te inhoudelijk); Engels mag ook.</translation>
    </message>
    <message>
        <source>scribe: %1</source>
        <translation>notulist: %1</translation>
    </message>
    <message>
        <source>positive experience</source>
        <translation>positieve ervaring</translation>
    </message>
    <message>
        <source>Who guides the meeting: a person of the firm, not a member (default: the group&apos;s guide while it is guided).</source>
        <translation>Wie de bijeenkomst begeleidt: iemand van het bureau, geen lid (standaard: de begeleider van de groep, zolang die begeleid wordt).</translation>
    </message>
    <message>
        <source>case status</source>
        <translation>status van een casus</translation>
    </message>
    <message>
        <source>METHODS</source>
        <translation>WERKVORMEN</translation>
    </message>
    <message>
        <source>behaviour patterns</source>
        <translation>gedragspatronen</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>strategie</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos;</source>
        <translation>onbekende %1 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Who guides the group&apos;s guided meetings: a person of the firm, not a member.</source>
        <translation>Wie de begeleide bijeenkomsten van de groep begeleidt: iemand van het bureau, geen lid.</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Vervolg: %1</translation>
    </message>
    <message>
        <source>collaboration</source>
        <translation>samenwerking</translation>
    </message>
    <message>
        <source>not made for %1 problems, but the best that fits</source>
        <translation>past niet bij het thema %1, maar past het best van wat er is</translation>
    </message>
    <message>
        <source>work meeting</source>
        <translation>werkoverleg</translation>
    </message>
    <message>
        <source>a guide&apos;s name is at most %1 characters</source>
        <translation>de naam van een begeleider heeft hooguit %1 tekens</translation>
    </message>
    <message>
        <source>ethics</source>
        <translation>ethiek</translation>
    </message>
    <message>
        <source>a meeting of %1 minutes is too short: the opening, the inventory, one case and the closing round need at least %2</source>
        <translation>een bijeenkomst van %1 minuten is te kort: de opening, de inventarisatie, één casus en de slotronde hebben minstens %2 minuten nodig</translation>
    </message>
    <message>
        <source>TRIAGE</source>
        <translation>TRIAGE</translation>
    </message>
    <message>
        <source>Name who guides the group&apos;s guided meetings.</source>
        <translation>Noem wie de begeleide bijeenkomsten van de groep begeleidt.</translation>
    </message>
    <message>
        <source>the meeting lasts %1; intervision meetings usually take 2.5 to 3 hours</source>
        <translation>de bijeenkomst duurt %1; een intervisiebijeenkomst duurt meestal 2,5 tot 3 uur</translation>
    </message>
    <message>
        <source>Say what kind of problem a case is, so the plan can match a method to it.</source>
        <translation>Geef aan wat voor vraag een casus is, zodat de planning er een passende werkvorm bij kan kiezen.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>WERKVORM</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>gekozen</translation>
    </message>
    <message>
        <source>the group&apos;s choice</source>
        <translation>de keuze van de groep</translation>
    </message>
    <message>
        <source>Why these methods</source>
        <translation>Waarom deze werkvormen</translation>
    </message>
    <message>
        <source>no takeaway recorded</source>
        <translation>geen opbrengst vastgelegd</translation>
    </message>
    <message>
        <source>Name the group&apos;s guide; &apos;&apos; for none.</source>
        <translation>Noem de begeleider van de groep; &apos;&apos; voor geen.</translation>
    </message>
    <message>
        <source>takeaway: %1</source>
        <translation>opbrengst: %1</translation>
    </message>
    <message>
        <source>List the themes of the methods found, and how many suit each.</source>
        <translation>Toon de thema’s van de gevonden werkvormen, en hoeveel werkvormen bij elk passen.</translation>
    </message>
    <message>
        <source>Use the theme or its id: palet list --theme T, palet case theme, palet recommend --problem T.
</source>
        <translation>Gebruik het thema of zijn id: palet list --theme T, palet case theme, palet recommend --problem T.
</translation>
    </message>
    <message numerus="yes">
        <source>%1 votes for one case, but each member votes once for a case and %2 has %n member(s)</source>
        <translation>
            <numerusform>%1 stemmen voor één casus, maar elk lid stemt één keer per casus en %2 heeft %n lid</numerusform>
            <numerusform>%1 stemmen voor één casus, maar elk lid stemt één keer per casus en %2 heeft %n leden</numerusform>
        </translation>
    </message>
    <message>
        <source>(one of: %1)</source>
        <translation>(een van: %1)</translation>
    </message>
    <message>
        <source>%1 (%2) scores close, but suits the case owner less</source>
        <translation>%1 (%2) scoort bijna even hoog, maar past minder bij de inbrenger</translation>
    </message>
    <message numerus="yes">
        <source>The first %n meeting(s) with a guide, then on its own.</source>
        <translation>
            <numerusform>De eerste bijeenkomst met begeleiding, daarna zelfstandig.</numerusform>
            <numerusform>De eerste %n bijeenkomsten met begeleiding, daarna zelfstandig.</numerusform>
        </translation>
    </message>
    <message>
        <source>palet list: %1
</source>
        <translation>palet list: %1
</translation>
    </message>
    <message>
        <source>Meets %1 times a year.
</source>
        <translation>Komt %1 keer per jaar bijeen.
</translation>
    </message>
    <message>
        <source>Say what kind of problem a case is.</source>
        <translation>Geef aan wat voor vraag een casus is.</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>the group and the guide</source>
        <translation>de groep en de begeleider</translation>
    </message>
    <message>
        <source>Created group %1%2: %3 meetings a year.
</source>
        <translation>Groep %1%2 aangemaakt: %3 bijeenkomsten per jaar.
</translation>
    </message>
    <message>
        <source>The kind of problem, in English or Dutch (see &apos;palet list --themes&apos;); &apos;&apos; for none.</source>
        <translation>Het soort vraag, in het Nederlands of het Engels (zie &apos;palet list --themes&apos;); &apos;&apos; voor geen.</translation>
    </message>
    <message>
        <source>triage</source>
        <translation>triage</translation>
    </message>
    <message>
        <source>feelings</source>
        <translation>gevoelens</translation>
    </message>
    <message>
        <source>a meeting of %1 is longer than a working day (%2); plan two meetings instead</source>
        <translation>een bijeenkomst van %1 is langer dan een werkdag (%2); plan liever twee bijeenkomsten</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>besluit</translation>
    </message>
    <message numerus="yes">
        <source>the agenda needs at least %1 minutes and the meeting has %2 (%3–%4): %n minute(s) short</source>
        <translation>
            <numerusform>de agenda heeft minstens %1 minuten nodig en de bijeenkomst duurt %2 minuten (%3–%4): %n minuut te kort</numerusform>
            <numerusform>de agenda heeft minstens %1 minuten nodig en de bijeenkomst duurt %2 minuten (%3–%4): %n minuten te kort</numerusform>
        </translation>
    </message>
    <message>
        <source>For %1 people and %2 minutes; %3, %4:
</source>
        <translation>Voor %1 personen en %2 minuten; %3, %4:
</translation>
    </message>
    <message>
        <source>The guide: a person of the firm, not a member; &apos;&apos; for none.</source>
        <translation>De begeleider: iemand van het bureau, geen lid; &apos;&apos; voor geen.</translation>
    </message>
    <message>
        <source>theme %1</source>
        <translation>thema %1</translation>
    </message>
    <message>
        <source>It runs on its own from the first meeting.
</source>
        <translation>De groep werkt vanaf de eerste bijeenkomst zelfstandig.
</translation>
    </message>
    <message>
        <source>Add its members: palet group add-member &quot;%1&quot; NAME...
</source>
        <translation>Voeg de leden toe met: palet group add-member &quot;%1&quot; NAAM...
</translation>
    </message>
    <message>
        <source>brought in</source>
        <translation>ingebracht</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) present; intervision works best with %1 to %2</source>
        <translation>
            <numerusform>%n lid aanwezig; intervisie werkt het best met %1 tot %2</numerusform>
            <numerusform>%n leden aanwezig; intervisie werkt het best met %1 tot %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The kind of problem, for choosing its method (see &apos;palet list --themes&apos;).</source>
        <translation>Het soort vraag, om er een werkvorm bij te kiezen (zie &apos;palet list --themes&apos;).</translation>
    </message>
    <message>
        <source>--theme is required</source>
        <translation>--theme is verplicht</translation>
    </message>
    <message>
        <source>a guided meeting: the guide chairs; name them with &apos;palet meeting new --guide&apos; or &apos;palet group set-guide&apos;</source>
        <translation>een begeleide bijeenkomst: de begeleider leidt het proces; geef de naam op met &apos;palet meeting new --guide&apos; of &apos;palet group set-guide&apos;</translation>
    </message>
    <message>
        <source>Only methods that suit theme T, in English or Dutch (see --themes).</source>
        <translation>Alleen werkvormen die bij thema T passen, in het Nederlands of het Engels (zie --themes).</translation>
    </message>
    <message>
        <source>advice</source>
        <translation>advies</translation>
    </message>
    <message>
        <source>follow-up: %1</source>
        <translation>vervolg: %1</translation>
    </message>
    <message>
        <source>suits %1&apos;s learning style (%2)</source>
        <translation>past bij de leerstijl van %1 (%2)</translation>
    </message>
    <message>
        <source>Scribe</source>
        <translation>Notulist</translation>
    </message>
    <message>
        <source>%1 is guided by %2 from now on; a meeting that names its own guide keeps theirs.
</source>
        <translation>%1 wordt voortaan begeleid door %2; een bijeenkomst met een eigen begeleider houdt die.
</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>work problem</source>
        <translation>werkprobleem</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>afgelast</translation>
    </message>
    <message>
        <source>%1 (%2) scores close but treats case %3 already: the methods vary over the meeting</source>
        <translation>%1 (%2) scoort bijna even hoog, maar is al de werkvorm voor casus %3: de werkvormen wisselen af in een bijeenkomst</translation>
    </message>
    <message>
        <source>scores %1 of 100 for this group and %2 minutes</source>
        <translation>scoort %1 van 100 voor deze groep en %2 minuten</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>THEMA</translation>
    </message>
    <message>
        <source>boundaries</source>
        <translation>grenzen</translation>
    </message>
    <message>
        <source>an experienced group</source>
        <translation>een ervaren groep</translation>
    </message>
    <message>
        <source>held</source>
        <translation>gehouden</translation>
    </message>
    <message>
        <source>looked back on</source>
        <translation>teruggeblikt</translation>
    </message>
    <message>
        <source>communication</source>
        <translation>communicatie</translation>
    </message>
    <message>
        <source>palet recommend: --problem: %1
</source>
        <translation>palet recommend: --problem: %1
</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>thema</translation>
    </message>
    <message>
        <source>--as is required</source>
        <translation>--as is verplicht</translation>
    </message>
    <message>
        <source>votes cannot be fewer than 0, not %1</source>
        <translation>het aantal stemmen kan niet kleiner zijn dan 0, niet %1</translation>
    </message>
    <message>
        <source>%1 has no guide now.
</source>
        <translation>%1 heeft nu geen begeleider.
</translation>
    </message>
    <message>
        <source>meeting status</source>
        <translation>status van een bijeenkomst</translation>
    </message>
    <message>
        <source>dilemma</source>
        <translation>dilemma</translation>
    </message>
    <message>
        <source>coaching</source>
        <translation>coaching</translation>
    </message>
    <message>
        <source>no theme</source>
        <translation>geen thema</translation>
    </message>
    <message>
        <source>skills</source>
        <translation>vaardigheden</translation>
    </message>
    <message>
        <source>Look back at %1</source>
        <translation>Terugblik op %1</translation>
    </message>
    <message>
        <source>case %1 with %2: %3</source>
        <translation>casus %1 met %2: %3</translation>
    </message>
    <message>
        <source>client contact</source>
        <translation>cliëntcontact</translation>
    </message>
    <message>
        <source>treated</source>
        <translation>behandeld</translation>
    </message>
    <message>
        <source>%1: note: intervision groups usually have %2 to %3 members
</source>
        <translation>%1: let op: een intervisiegroep heeft meestal %2 tot %3 leden
</translation>
    </message>
    <message>
        <source>VOTES</source>
        <translation>STEMMEN</translation>
    </message>
    <message>
        <source>Guide: %1.</source>
        <translation>Begeleider: %1.</translation>
    </message>
    <message>
        <source>intervision</source>
        <translation>intervisie</translation>
    </message>
    <message>
        <source>a new group</source>
        <translation>een nieuwe groep</translation>
    </message>
    <message>
        <source>Palet room</source>
        <translation>Palet-ruimte</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Beamer</translation>
    </message>
    <message>
        <source>Your phone</source>
        <translation>Je telefoon</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>Waiting for the start</source>
        <translation>Wacht op de start</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Loopt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Over tijd</translation>
    </message>
    <message>
        <source>The meeting has ended</source>
        <translation>De bijeenkomst is afgelopen</translation>
    </message>
    <message>
        <source>left</source>
        <translation>over</translation>
    </message>
    <message>
        <source>Phase %1 of %2</source>
        <translation>Fase %1 van %2</translation>
    </message>
    <message>
        <source>First phase</source>
        <translation>Eerste fase</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Hierna</translation>
    </message>
    <message>
        <source>This is the last phase.</source>
        <translation>Dit is de laatste fase.</translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation>Wie doet wat</translation>
    </message>
    <message>
        <source>Agenda: %1 of %2 done · the meeting has run %3</source>
        <translation>Agenda: %1 van %2 gedaan · de bijeenkomst loopt al %3</translation>
    </message>
    <message>
        <source>on: the projector shows the cases' labels; off: only their numbers.</source>
        <translation>on (aan): de beamer toont de labels van de casussen; off (uit): alleen hun nummers.</translation>
    </message>
    <message>
        <source>Whether the room's projector (palet serve) may show the labels of the group's cases. Off by default; case texts are never shown.</source>
        <translation>Of de beamer in de ruimte (palet serve) de labels van de casussen van de groep mag tonen. Standaard uit; de tekst van een casus wordt nooit getoond.</translation>
    </message>
    <message>
        <source>the group and on or off</source>
        <translation>de groep en on of off</translation>
    </message>
    <message>
        <source>say on or off, not '%1'</source>
        <translation>zeg on of off (aan of uit), niet '%1'</translation>
    </message>
    <message>
        <source>The room's projector shows the labels of %1's cases from now on (never their texts).
</source>
        <translation>De beamer in de ruimte toont vanaf nu de labels van de casussen van %1 (nooit hun tekst).
</translation>
    </message>
    <message>
        <source>The room's projector shows %1's cases by their numbers only.
</source>
        <translation>De beamer in de ruimte toont de casussen van %1 alleen met hun nummer.
</translation>
    </message>
    <message>
        <source>Whether the room's projector shows the labels of the group's cases (on or off).</source>
        <translation>Of de beamer in de ruimte de labels van de casussen van de groep toont (on of off).</translation>
    </message>
    <message>
        <source>Waiting for the facilitator to choose the meeting</source>
        <translation>Wacht tot de procesbegeleider de bijeenkomst kiest</translation>
    </message>
    <message>
        <source>Choose what the group does today</source>
        <translation>Kies wat de groep vandaag doet</translation>
    </message>
    <message>
        <source>A planned meeting</source>
        <translation>Een geplande bijeenkomst</translation>
    </message>
    <message>
        <source>No planned meetings in the store.</source>
        <translation>Geen geplande bijeenkomsten in de opslag.</translation>
    </message>
    <message>
        <source>Or one method</source>
        <translation>Of één werkvorm</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Werkvorm</translation>
    </message>
    <message>
        <source>Members present, separated by commas (the first brings in the case, except in a method where the group chooses its case owner)</source>
        <translation>Aanwezige leden, gescheiden door komma's (de eerste brengt de casus in, behalve bij een werkvorm waarin de groep de inbrenger kiest)</translation>
    </message>
    <message>
        <source>Choose this method</source>
        <translation>Kies deze werkvorm</translation>
    </message>
    <message>
        <source>The facilitator has not chosen the meeting yet. Try again in a moment.</source>
        <translation>De procesbegeleider heeft de bijeenkomst nog niet gekozen. Probeer het zo nog eens.</translation>
    </message>
    <message>
        <source>there is no meeting %1 to run</source>
        <translation>er is geen bijeenkomst %1 om te houden</translation>
    </message>
    <message>
        <source>Cases for this meeting</source>
        <translation>Casussen voor deze bijeenkomst</translation>
    </message>
    <message>
        <source>No cases brought in yet.</source>
        <translation>Nog geen casussen ingebracht.</translation>
    </message>
    <message>
        <source>Vote for every case you find current and appealing.</source>
        <translation>Stem op elke casus die je actueel en aansprekend vindt.</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Stem</translation>
    </message>
    <message>
        <source>Take back my vote</source>
        <translation>Trek mijn stem in</translation>
    </message>
    <message>
        <source>votes: %1</source>
        <translation>stemmen: %1</translation>
    </message>
    <message>
        <source>Bring in your case: a few words as its label, no details.</source>
        <translation>Breng je casus in: een paar woorden als label, geen details.</translation>
    </message>
    <message>
        <source>Bring in my case</source>
        <translation>Breng mijn casus in</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Casus %1</translation>
    </message>
    <message>
        <source>At the start the plan is made again with the cases that have the most votes.</source>
        <translation>Bij de start wordt het plan opnieuw gemaakt met de casussen met de meeste stemmen.</translation>
    </message>
    <message>
        <source>%1 is not among the members present</source>
        <translation>%1 hoort niet bij de aanwezige leden</translation>
    </message>
    <message>
        <source>%1 has brought in a case already</source>
        <translation>%1 heeft al een casus ingebracht</translation>
    </message>
    <message>
        <source>there is no case %1 to vote for</source>
        <translation>er is geen casus %1 om op te stemmen</translation>
    </message>
    <message>
        <source>the meeting is %1; votes are cast before it is held</source>
        <translation>de bijeenkomst is %1; er wordt gestemd voordat ze gehouden wordt</translation>
    </message>
    <message>
        <source>case %1 is %2; votes are for cases still to be treated</source>
        <translation>casus %1 is %2; je stemt op casussen die nog behandeld moeten worden</translation>
    </message>
    <message>
        <source>the meeting %1 is not found any more</source>
        <translation>de bijeenkomst %1 is niet meer te vinden</translation>
    </message>
    <message>
        <source>the methods could not be read again; see palet's output</source>
        <translation>de werkvormen konden niet opnieuw worden gelezen; zie de uitvoer van palet</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Join on your phone</source>
        <translation>Doe mee met je telefoon</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Toegangscode</translation>
    </message>
    <message>
        <source>QR code of the join address</source>
        <translation>QR-code van het adres om mee te doen</translation>
    </message>
    <message>
        <source>Type the join code the projector shows.</source>
        <translation>Typ de toegangscode die de beamer laat zien.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Wie ben jij?</translation>
    </message>
    <message>
        <source>Not you? Join again</source>
        <translation>Ben jij dit niet? Meld je opnieuw aan</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Je rol</translation>
    </message>
    <message>
        <source>What you do now</source>
        <translation>Wat je nu doet</translation>
    </message>
    <message>
        <source>Listen, do not respond</source>
        <translation>Luister, reageer niet</translation>
    </message>
    <message>
        <source>Next for you</source>
        <translation>Hierna voor jou</translation>
    </message>
    <message>
        <source>Nothing for your role in this phase.</source>
        <translation>Niets voor jouw rol in deze fase.</translation>
    </message>
    <message>
        <source>Your takeaway: what do you take back to your work?</source>
        <translation>Je opbrengst: wat neem je mee naar je werk?</translation>
    </message>
    <message>
        <source>Save my takeaway</source>
        <translation>Bewaar mijn opbrengst</translation>
    </message>
    <message>
        <source>Your takeaway is saved.</source>
        <translation>Je opbrengst is bewaard.</translation>
    </message>
    <message>
        <source>Were you at this meeting? Confirm it for your proof of attendance.</source>
        <translation>Was je bij deze bijeenkomst? Bevestig het voor de presentielijst.</translation>
    </message>
    <message>
        <source>Confirm my attendance</source>
        <translation>Bevestig mijn aanwezigheid</translation>
    </message>
    <message>
        <source>Attendance confirmed at %1.</source>
        <translation>Aanwezigheid bevestigd om %1.</translation>
    </message>
    <message>
        <source>Connection lost; reconnecting…</source>
        <translation>Verbinding verbroken; opnieuw verbinden…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Pause / resume</source>
        <translation>Pauze / verder</translation>
    </message>
    <message>
        <source>+1 minute</source>
        <translation>+1 minuut</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Volgende fase</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Quit the meeting? The phases not run are marked as skipped.</source>
        <translation>De bijeenkomst stoppen? De fasen die niet aan bod kwamen, worden als overgeslagen genoteerd.</translation>
    </message>
    <message>
        <source>Yes, quit</source>
        <translation>Ja, stoppen</translation>
    </message>
    <message>
        <source>No, go on</source>
        <translation>Nee, ga door</translation>
    </message>
    <message>
        <source>Keys: space pause, n next, b back, + a minute more, q quit.</source>
        <translation>Toetsen: spatie pauze, n volgende, b terug, + een minuut erbij, q stoppen.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>aangemeld</translation>
    </message>
    <message>
        <source>online</source>
        <translation>verbonden</translation>
    </message>
    <message>
        <source>not joined</source>
        <translation>niet aangemeld</translation>
    </message>
    <message>
        <source>Takeaways</source>
        <translation>Opbrengsten</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Nog geen.</translation>
    </message>
    <message>
        <source>Close the room</source>
        <translation>Sluit de ruimte</translation>
    </message>
    <message>
        <source>The room is closed.</source>
        <translation>De ruimte is gesloten.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Er ging iets mis: %1</translation>
    </message>
    <message>
        <source>That join code is not valid (any more). Look at the projector.</source>
        <translation>Die toegangscode klopt niet (meer). Kijk op de beamer.</translation>
    </message>
    <message>
        <source>Too many tries. Wait a minute and try again.</source>
        <translation>Te veel pogingen. Wacht een minuut en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Someone has joined with that name on another device.</source>
        <translation>Iemand heeft zich met die naam al op een ander apparaat aangemeld.</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1: is not a room&apos;s secrets file</source>
        <translation>%1: is geen geheimenbestand van een ruimte</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>no free port from %1 to %2 on %3</source>
        <translation>geen vrije poort van %1 tot en met %2 op %3</translation>
    </message>
    <message>
        <source>Listen on port N, or the next free one after it (default 8080; 0: any free port).</source>
        <translation>Luister op poort N, of de eerstvolgende vrije poort daarna (standaard 8080; 0: een willekeurige vrije poort).</translation>
    </message>
    <message>
        <source>Listen on the local network, so that phones can join (default: this computer only).</source>
        <translation>Luister op het lokale netwerk, zodat telefoons mee kunnen doen (standaard: alleen deze computer).</translation>
    </message>
    <message>
        <source>When the room goes on from a journal: the time palet was not running counts as a &apos;pause&apos; (the default) or as meeting time (&apos;count&apos;).</source>
        <translation>Als de ruimte verdergaat vanuit een logboek: de tijd dat palet niet draaide telt als &apos;pause&apos; (standaard) of als tijd van de bijeenkomst (&apos;count&apos;).</translation>
    </message>
    <message>
        <source>Run a meeting in the room: a web page for the projector, one for every participant&apos;s phone and a console for the facilitator, on the same session as &apos;palet run&apos;, with its journal. Without a meeting or --method, the facilitator picks one in the console. Started again after a crash, it goes on from the journal.</source>
        <translation>Leid een bijeenkomst in de ruimte: een webpagina voor de beamer, een voor de telefoon van elke deelnemer en een console voor de procesbegeleider, met dezelfde sessie als &apos;palet run&apos; en zijn logboek. Zonder bijeenkomst of --method kiest de procesbegeleider er een in de console. Start je het na een crash opnieuw, dan gaat de bijeenkomst verder vanuit het logboek.</translation>
    </message>
    <message>
        <source>--gap must be pause or count, not &apos;%1&apos;</source>
        <translation>--gap moet pause of count zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The room is open.
  Console (yours alone: it holds the key to the meeting): %1
  Projector: %2
  Phones join at: %3
</source>
        <translation>De ruimte is open.
  Console (alleen voor jou: hiermee bedien je de bijeenkomst): %1
  Beamer: %2
  Telefoons doen mee via: %3
</translation>
    </message>
    <message>
        <source>The meeting has ended. The room stays open for the attendance until you close it in the console.
</source>
        <translation>De bijeenkomst is afgelopen. De ruimte blijft open voor de aanwezigheid tot je hem sluit in de console.
</translation>
    </message>
    <message>
        <source>Run a meeting in the room: projector, phones and a console in the browser.</source>
        <translation>Leid een bijeenkomst in de ruimte: beamer, telefoons en een console in de browser.</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>signaal %1</translation>
    </message>
    <message>
        <source>%1: cannot start Palet&apos;s plugin helper %2: %3</source>
        <translation>%1: Palets plugin-helper %2 start niet: %3</translation>
    </message>
    <message>
        <source>started the helper %1 (process %2) for %3</source>
        <translation>helper %1 gestart (proces %2) voor %3</translation>
    </message>
    <message>
        <source>; its last line on standard error: %1</source>
        <translation>; de laatste regel op standaardfout: %1</translation>
    </message>
    <message>
        <source>stopped the helper for %1</source>
        <translation>helper voor %1 gestopt</translation>
    </message>
    <message>
        <source>%1: the plugin&apos;s helper is not running</source>
        <translation>%1: de helper van de plugin draait niet</translation>
    </message>
    <message>
        <source>the plugin&apos;s helper answered with bytes that are not Palet&apos;s plugin protocol while %1, so Palet stopped it (did the plugin write into its pipe?)</source>
        <translation>de helper van de plugin antwoordde met bytes die niet in Palets plugin-protocol zijn terwijl %1, dus Palet heeft hem gestopt (schreef de plugin in zijn pijp?)</translation>
    </message>
    <message>
        <source>the plugin crashed with %1 while %2</source>
        <translation>de plugin crashte met %1 terwijl %2</translation>
    </message>
    <message>
        <source>the plugin ended its helper process (exit status %1) while %2</source>
        <translation>de plugin beëindigde zijn helperproces (afsluitstatus %1) terwijl %2</translation>
    </message>
    <message>
        <source>the plugin did not answer within %1 seconds while %2, so Palet stopped it</source>
        <translation>de plugin antwoordde niet binnen %1 seconden terwijl %2, dus Palet heeft hem gestopt</translation>
    </message>
    <message>
        <source>Palet&apos;s plugin helper did not understand palet: %1; install palet and palet-plugin-host together</source>
        <translation>Palets plugin-helper begreep palet niet: %1; installeer palet en palet-plugin-host samen</translation>
    </message>
    <message>
        <source>it was being loaded</source>
        <translation>hij geladen werd</translation>
    </message>
    <message>
        <source>it computed its method</source>
        <translation>hij zijn werkvorm berekende</translation>
    </message>
    <message>
        <source>it heard that phase &apos;%1&apos; started</source>
        <translation>hij hoorde dat fase &apos;%1&apos; begon</translation>
    </message>
    <message>
        <source>it heard that phase &apos;%1&apos; ended</source>
        <translation>hij hoorde dat fase &apos;%1&apos; eindigde</translation>
    </message>
    <message>
        <source>%1: Palet&apos;s plugin helper sent a method it cannot read</source>
        <translation>%1: Palets plugin-helper stuurde een werkvorm die Palet niet kan lezen</translation>
    </message>
    <message>
        <source>%1: Palet&apos;s plugin helper sent messages it cannot read</source>
        <translation>%1: Palets plugin-helper stuurde berichten die Palet niet kan lezen</translation>
    </message>
    <message>
        <source>The plugin of %1 stopped, and the session goes on without its messages: %2</source>
        <translation>De plugin van %1 is gestopt; de sessie gaat door zonder zijn berichten: %2</translation>
    </message>
    <message>
        <source>The plugin of %1 stopped, and the session goes on without its messages.</source>
        <translation>De plugin van %1 is gestopt; de sessie gaat door zonder zijn berichten.</translation>
    </message>
    <message>
        <source>not loaded: %1, on %2; it is loaded again when its file changes, or with &apos;palet check --retry&apos;</source>
        <translation>niet geladen: %1, op %2; hij wordt weer geladen als zijn bestand verandert, of met &apos;palet check --retry&apos;</translation>
    </message>
    <message>
        <source>%1 runs as its manifest describes it, without its plugin: %2</source>
        <translation>%1 loopt zoals zijn manifest hem beschrijft, zonder zijn plugin: %2</translation>
    </message>
    <message>
        <source>Load plugins that crashed or hung before, though their files have not changed.</source>
        <translation>Laad ook plugins die eerder crashten of bleven hangen, al zijn hun bestanden niet veranderd.</translation>
    </message>
    <message>
        <source>not loaded: %1, on %2; &apos;palet check --retry&apos; tries it again</source>
        <translation>niet geladen: %1, op %2; &apos;palet check --retry&apos; probeert hem opnieuw</translation>
    </message>
    <message>
        <source>the plugin&apos;s helper is not running</source>
        <translation>de helper van de plugin draait niet</translation>
    </message>
    <message>
        <source>not a shared library (cut short: %1 bytes of the %2 its headers describe)</source>
        <translation>geen gedeelde bibliotheek (afgekapt: %1 bytes van de %2 die de headers beschrijven)</translation>
    </message>
    <message>
        <source>palet check: %1: not checked: %2
</source>
        <translation>palet check: %1: niet gecontroleerd: %2
</translation>
    </message>
    <message>
        <source>%1: the manifest names the library &apos;%2&apos;, which does not exist
</source>
        <translation>%1: het manifest noemt de bibliotheek &apos;%2&apos;, maar die bestaat niet
</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>%1 belongs to another user, so Palet loads no plugin from it; fix it with: chown %2 %1</source>
        <translation>%1 is van een andere gebruiker, dus Palet laadt er geen plugin uit; los het op met: chown %2 %1</translation>
    </message>
    <message>
        <source>%1 can have at most %2 KB (64 pages or so), this one has %3 KB</source>
        <translation>%1 mag hoogstens %2 KB zijn (zo&apos;n 64 pagina&apos;s), deze is %3 KB</translation>
    </message>
    <message>
        <source>%1 can have at most %2 characters, this one has %3</source>
        <translation>%1 mag hoogstens %2 tekens hebben, deze heeft er %3</translation>
    </message>
    <message>
        <source>%1 may be changed by other users than its owner (permissions %2), so Palet loads no plugin from it; fix it with: chmod go-w %1</source>
        <translation>%1 kan door andere gebruikers dan de eigenaar worden gewijzigd (rechten %2), dus Palet laadt er geen plugin uit; los het op met: chmod go-w %1</translation>
    </message>
    <message>
        <source>%1: a case of an erased member</source>
        <translation>%1: een casus van een gewist lid</translation>
    </message>
    <message>
        <source>%1: is a symbolic link; Palet writes a journal only to a file of its own, give another path</source>
        <translation>%1: is een symbolische koppeling; Palet schrijft een logboek alleen naar een eigen bestand, geef een ander pad</translation>
    </message>
    <message>
        <source>%1: that is not the name; nothing was erased
</source>
        <translation>%1: dat is niet de naam; er is niets gewist
</translation>
    </message>
    <message>
        <source>%1: warning: other users may read the store %2, which holds a group&apos;s confidential data; make it yours only with: chmod 600 %2
</source>
        <translation>%1: waarschuwing: andere gebruikers kunnen de opslag %2 lezen, met de vertrouwelijke gegevens van een groep; maak hem alleen van jou met: chmod 600 %2
</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) not treated this time; &apos;palet case list %1&apos; shows which and why.
</source>
        <translation>
            <numerusform>%n casus wordt deze keer niet behandeld; &apos;palet case list %1&apos; laat zien welke en waarom.
</numerusform>
            <numerusform>%n casussen worden deze keer niet behandeld; &apos;palet case list %1&apos; laat zien welke en waarom.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Confidential: what is said in the group stays in the group.</source>
        <translation>Vertrouwelijk: wat in de groep gezegd wordt, blijft in de groep.</translation>
    </message>
    <message>
        <source>Erase without asking (for scripts); without it, Palet asks on the terminal.</source>
        <translation>Wis zonder te vragen (voor scripts); zonder deze optie vraagt Palet het in de terminal.</translation>
    </message>
    <message>
        <source>Intervision %1 — %2</source>
        <translation>Intervisie %1 — %2</translation>
    </message>
    <message>
        <source>It is deleted from the database %1.
</source>
        <translation>Het is verwijderd uit de database %1.
</translation>
    </message>
    <message>
        <source>It is gone from the store %1: overwritten, not merely marked as deleted.
</source>
        <translation>Het is weg uit de opslag %1: overschreven, niet alleen als verwijderd gemarkeerd.
</translation>
    </message>
    <message>
        <source>This erases %1 from %2 for good: their name, their cases with texts and takeaways, their attendance and roles. It cannot be undone.
Type the name &apos;%1&apos; to go ahead: </source>
        <translation>Dit wist %1 voorgoed uit %2: de naam, de casussen met teksten en opbrengsten, de aanwezigheid en de rollen. Dit kan niet ongedaan worden gemaakt.
Typ de naam &apos;%1&apos; om door te gaan: </translation>
    </message>
    <message>
        <source>With --format ics: name the members and the cases too (by default a calendar names no one).</source>
        <translation>Met --format ics: noem ook de leden en de casussen (standaard noemt een agenda niemand).</translation>
    </message>
    <message>
        <source>a PE register</source>
        <translation>een PE-register</translation>
    </message>
    <message>
        <source>a case&apos;s text</source>
        <translation>de tekst van een casus</translation>
    </message>
    <message>
        <source>a facilitator&apos;s name</source>
        <translation>de naam van een procesbegeleider</translation>
    </message>
    <message>
        <source>a group name cannot contain control or invisible formatting characters</source>
        <translation>de naam van een groep kan geen stuurtekens of onzichtbare opmaaktekens bevatten</translation>
    </message>
    <message>
        <source>a member&apos;s name cannot begin or end with a space</source>
        <translation>de naam van een lid kan niet met een spatie beginnen of eindigen</translation>
    </message>
    <message>
        <source>a member&apos;s name cannot contain &apos;,&apos;, which separates the names in --members and --absent</source>
        <translation>de naam van een lid kan geen &apos;,&apos; bevatten; die scheidt de namen in --members en --absent</translation>
    </message>
    <message>
        <source>a member&apos;s name cannot contain control or invisible formatting characters</source>
        <translation>de naam van een lid kan geen stuurtekens of onzichtbare opmaaktekens bevatten</translation>
    </message>
    <message>
        <source>a place</source>
        <translation>een plaats</translation>
    </message>
    <message>
        <source>a profession</source>
        <translation>een beroep</translation>
    </message>
    <message>
        <source>a takeaway</source>
        <translation>een opbrengst</translation>
    </message>
    <message>
        <source>cannot make the journal private</source>
        <translation>kan het logboek niet afschermen voor anderen</translation>
    </message>
    <message>
        <source>erasure cannot be undone and there is no terminal to confirm it on; add --yes to erase %1 without asking</source>
        <translation>wissen kan niet ongedaan worden gemaakt en er is geen terminal om het te bevestigen; voeg --yes toe om %1 zonder vragen te wissen</translation>
    </message>
    <message>
        <source>not a regular file (a pipe, a device or a socket); Palet reads methods only from regular files</source>
        <translation>geen gewoon bestand (een pipe, een apparaat of een socket); Palet leest werkvormen alleen uit gewone bestanden</translation>
    </message>
    <message>
        <source>refused manifest %1: %2</source>
        <translation>manifest %1 geweigerd: %2</translation>
    </message>
    <message>
        <source>session-started gives an impossible %1 minutes available</source>
        <translation>session-started geeft een onmogelijke %1 beschikbare minuten</translation>
    </message>
    <message>
        <source>session-started gives phase &apos;%1&apos; an impossible %2 seconds</source>
        <translation>session-started geeft fase &apos;%1&apos; een onmogelijke %2 seconden</translation>
    </message>
    <message>
        <source>the data is deleted, but another program has the store open, so a copy may stay in %1-wal until that program closes it; run the erasure again then to be sure</source>
        <translation>de gegevens zijn verwijderd, maar een ander programma heeft de opslag open, dus er kan een kopie in %1-wal blijven tot dat programma hem sluit; wis dan nog eens om zeker te zijn</translation>
    </message>
    <message>
        <source>the database server keeps older copies in its own logs and backups for a while; its administrator decides how long</source>
        <translation>de databaseserver bewaart oudere kopieën nog een tijd in zijn eigen logbestanden en back-ups; de beheerder bepaalt hoe lang</translation>
    </message>
    <message>
        <source>the folder %1 for the store %2 does not exist; make it first, or check the path</source>
        <translation>de map %1 voor de opslag %2 bestaat niet; maak hem eerst aan, of controleer het pad</translation>
    </message>
    <message>
        <source>the manifest names the library &apos;%1&apos;, outside its own folder; put the library beside the manifest</source>
        <translation>het manifest noemt de bibliotheek &apos;%1&apos;, buiten zijn eigen map; zet de bibliotheek naast het manifest</translation>
    </message>
    <message>
        <source>the speed is impossible; it must be from 0.01 to 100000</source>
        <translation>de snelheid is onmogelijk; die moet van 0,01 tot 100000 zijn</translation>
    </message>
    <message>
        <source>the time &apos;%1&apos; is impossible (%2)</source>
        <translation>de tijd &apos;%1&apos; is onmogelijk (%2)</translation>
    </message>
    <message>
        <source>Build, sign, check, install and remove signed method packs.</source>
        <translation>Bouw, onderteken, controleer, installeer en verwijder ondertekende werkvormpakketten.</translation>
    </message>
    <message>
        <source>Add, list and remove the keys whose packs you trust.</source>
        <translation>Voeg de sleutels toe waarvan je de pakketten vertrouwt, toon ze en verwijder ze.</translation>
    </message>
    <message>
        <source>Build a pack file from a folder.</source>
        <translation>Bouw een pakketbestand uit een map.</translation>
    </message>
    <message>
        <source>Make a key pair for signing packs.</source>
        <translation>Maak een sleutelpaar om pakketten te ondertekenen.</translation>
    </message>
    <message>
        <source>Sign a pack file (FILE.minisig).</source>
        <translation>Onderteken een pakketbestand (BESTAND.minisig).</translation>
    </message>
    <message>
        <source>Check a pack file without installing it.</source>
        <translation>Controleer een pakketbestand zonder het te installeren.</translation>
    </message>
    <message>
        <source>Check a pack file and install it.</source>
        <translation>Controleer een pakketbestand en installeer het.</translation>
    </message>
    <message>
        <source>List the installed packs.</source>
        <translation>Toon de geïnstalleerde pakketten.</translation>
    </message>
    <message>
        <source>Show an installed pack.</source>
        <translation>Toon een geïnstalleerd pakket.</translation>
    </message>
    <message>
        <source>Remove an installed pack.</source>
        <translation>Verwijder een geïnstalleerd pakket.</translation>
    </message>
    <message>
        <source>Trust a publisher&apos;s public key.</source>
        <translation>Vertrouw de publieke sleutel van een uitgever.</translation>
    </message>
    <message>
        <source>List the trusted keys.</source>
        <translation>Toon de vertrouwde sleutels.</translation>
    </message>
    <message>
        <source>Stop trusting a key.</source>
        <translation>Vertrouw een sleutel niet langer.</translation>
    </message>
    <message>
        <source>pack %1 by %2</source>
        <translation>pakket %1 van %2</translation>
    </message>
    <message>
        <source>%1, line %2: not &apos;&lt;64 hex digits&gt;  &lt;path&gt;&apos;</source>
        <translation>%1, regel %2: niet &apos;&lt;64 hexadecimale cijfers&gt;  &lt;pad&gt;&apos;</translation>
    </message>
    <message>
        <source>%1, line %2: &apos;%3&apos; is listed twice</source>
        <translation>%1, regel %2: &apos;%3&apos; staat er twee keer in</translation>
    </message>
    <message>
        <source>not a pack: pack.yaml cannot be read</source>
        <translation>geen pakket: pack.yaml is niet te lezen</translation>
    </message>
    <message>
        <source>the pack in this folder has the id &apos;%1&apos;</source>
        <translation>het pakket in deze map heeft de id &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not a minisign public key (it has a line &apos;untrusted comment: …&apos; and then one of 56 characters that starts with &apos;RW&apos;)</source>
        <translation>geen publieke sleutel van minisign (die heeft een regel &apos;untrusted comment: …&apos; en dan een van 56 tekens die met &apos;RW&apos; begint)</translation>
    </message>
    <message>
        <source>not a minisign secret key</source>
        <translation>geen geheime sleutel van minisign</translation>
    </message>
    <message>
        <source>the secret key is damaged: its checksum does not match</source>
        <translation>de geheime sleutel is beschadigd: de controlesom klopt niet</translation>
    </message>
    <message>
        <source>not a minisign signature (four lines: an untrusted comment, the signature, a trusted comment and the signature of that comment)</source>
        <translation>geen handtekening van minisign (vier regels: een onvertrouwd commentaar, de handtekening, een vertrouwd commentaar en de handtekening daarvan)</translation>
    </message>
    <message>
        <source>the signature uses an algorithm Palet does not know</source>
        <translation>de handtekening gebruikt een algoritme dat Palet niet kent</translation>
    </message>
    <message>
        <source>it was signed with the key %1, not with the key %2</source>
        <translation>het is ondertekend met de sleutel %1, niet met de sleutel %2</translation>
    </message>
    <message>
        <source>its signature does not match its content: the file was changed after it was signed</source>
        <translation>de handtekening past niet bij de inhoud: het bestand is na het ondertekenen veranderd</translation>
    </message>
    <message>
        <source>the trusted comment of its signature was changed</source>
        <translation>het vertrouwde commentaar van de handtekening is veranderd</translation>
    </message>
    <message>
        <source>the archive is damaged or cut short (%1)</source>
        <translation>het archief is beschadigd of afgebroken (%1)</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>zonder opgegeven reden</translation>
    </message>
    <message>
        <source>an entry has no name</source>
        <translation>een onderdeel heeft geen naam</translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; has a name longer than %2 bytes</source>
        <translation>het onderdeel &apos;%1&apos; heeft een naam van meer dan %2 bytes</translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; has a name that is not UTF-8</source>
        <translation>het onderdeel &apos;%1&apos; heeft een naam die geen UTF-8 is</translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; is an absolute path, which would leave the pack&apos;s folder</source>
        <translation>het onderdeel &apos;%1&apos; is een absoluut pad, dat buiten de map van het pakket zou komen</translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; has a control character or a backslash in its name</source>
        <translation>het onderdeel &apos;%1&apos; heeft een stuurteken of een backslash in de naam</translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; climbs out with &apos;..&apos;, which would leave the pack&apos;s folder</source>
        <translation>het onderdeel &apos;%1&apos; klimt omhoog met &apos;..&apos;, en zou zo buiten de map van het pakket komen</translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; has an empty or &apos;.&apos; part in its path</source>
        <translation>het onderdeel &apos;%1&apos; heeft een leeg deel of &apos;.&apos; in het pad</translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; lies deeper than %2 folders</source>
        <translation>het onderdeel &apos;%1&apos; ligt dieper dan %2 mappen</translation>
    </message>
    <message>
        <source>the archive has more than %1 entries</source>
        <translation>het archief heeft meer dan %1 onderdelen</translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; is a link; a pack holds only files and folders</source>
        <translation>het onderdeel &apos;%1&apos; is een link; een pakket bevat alleen bestanden en mappen</translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; is a device file; a pack holds only files and folders</source>
        <translation>het onderdeel &apos;%1&apos; is een apparaatbestand; een pakket bevat alleen bestanden en mappen</translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; is a special file; a pack holds only files and folders</source>
        <translation>het onderdeel &apos;%1&apos; is een speciaal bestand; een pakket bevat alleen bestanden en mappen</translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; appears twice</source>
        <translation>het onderdeel &apos;%1&apos; komt twee keer voor</translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; lies below the file &apos;%2&apos;</source>
        <translation>het onderdeel &apos;%1&apos; ligt onder het bestand &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; does not state its size</source>
        <translation>het onderdeel &apos;%1&apos; vermeldt zijn grootte niet</translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; would unpack to %2 MB, more than the %3 MB a file of a pack may have</source>
        <translation>het onderdeel &apos;%1&apos; zou uitgepakt %2 MB worden, meer dan de %3 MB die een bestand van een pakket mag hebben</translation>
    </message>
    <message>
        <source>the pack would unpack to more than %1 MB</source>
        <translation>het pakket zou uitgepakt meer dan %1 MB worden</translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; holds more bytes than it states</source>
        <translation>het onderdeel &apos;%1&apos; bevat meer bytes dan het vermeldt</translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; is cut short</source>
        <translation>het onderdeel &apos;%1&apos; is afgebroken</translation>
    </message>
    <message>
        <source>not a pack: the archive is empty</source>
        <translation>geen pakket: het archief is leeg</translation>
    </message>
    <message>
        <source>could not start the archive: %1</source>
        <translation>kon het archief niet aanmaken: %1</translation>
    </message>
    <message>
        <source>could not write &apos;%1&apos; into the archive: %2</source>
        <translation>kon &apos;%1&apos; niet in het archief schrijven: %2</translation>
    </message>
    <message>
        <source>could not finish the archive: %1</source>
        <translation>kon het archief niet afmaken: %1</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>die map bestaat niet</translation>
    </message>
    <message>
        <source>a link; a pack holds only files and folders</source>
        <translation>een link; een pakket bevat alleen bestanden en mappen</translation>
    </message>
    <message>
        <source>does not belong in a pack, which holds pack.yaml, methods/, plugins/ and handouts/</source>
        <translation>hoort niet in een pakket, dat pack.yaml, methods/, plugins/ en handouts/ bevat</translation>
    </message>
    <message>
        <source>a special file; a pack holds only files and folders</source>
        <translation>een speciaal bestand; een pakket bevat alleen bestanden en mappen</translation>
    </message>
    <message>
        <source>a plugin manifest belongs below plugins/PLATFORM/</source>
        <translation>een pluginmanifest hoort onder plugins/PLATFORM/</translation>
    </message>
    <message>
        <source>the library &apos;%1&apos; must be a file inside the pack, beside its manifest</source>
        <translation>de bibliotheek &apos;%1&apos; moet een bestand in het pakket zijn, naast het manifest</translation>
    </message>
    <message>
        <source>could not write: %1</source>
        <translation>kon niet schrijven: %1</translation>
    </message>
    <message>
        <source>could not create the folder %1: %2</source>
        <translation>kon de map %1 niet maken: %2</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>kan niet schrijven in %1: %2</translation>
    </message>
    <message>
        <source>could not lock %1: %2</source>
        <translation>kon %1 niet vergrendelen: %2</translation>
    </message>
    <message>
        <source>could not write the installation record: %1</source>
        <translation>kon het installatieverslag niet schrijven: %1</translation>
    </message>
    <message>
        <source>%1 %2 is installed; %3 would be a downgrade (pass --allow-downgrade if you mean it)</source>
        <translation>%1 %2 is geïnstalleerd; %3 zou een oudere versie zijn (geef --allow-downgrade als je dat wilt)</translation>
    </message>
    <message>
        <source>the licence of %1 has not been accepted</source>
        <translation>de licentie van %1 is niet geaccepteerd</translation>
    </message>
    <message>
        <source>could not write the pack to disk: %1</source>
        <translation>kon het pakket niet naar de schijf schrijven: %1</translation>
    </message>
    <message>
        <source>could not put the pack in place in %1: %2</source>
        <translation>kon het pakket niet op zijn plaats zetten in %1: %2</translation>
    </message>
    <message>
        <source>the pack was installed in %1 but cannot be read back</source>
        <translation>het pakket is in %1 geïnstalleerd maar is niet terug te lezen</translation>
    </message>
    <message>
        <source>no pack &apos;%1&apos; is installed in %2</source>
        <translation>er is geen pakket &apos;%1&apos; geïnstalleerd in %2</translation>
    </message>
    <message>
        <source>could not remove %1: %2</source>
        <translation>kon %1 niet verwijderen: %2</translation>
    </message>
    <message>
        <source>a pack manifest must be a mapping with id, name, version and publisher</source>
        <translation>een pakketmanifest moet een mapping zijn met id, name, version en publisher</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;%2</source>
        <translation>onbekende sleutel &apos;%1&apos;%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is given twice</source>
        <translation>&apos;%1&apos; staat er twee keer in</translation>
    </message>
    <message>
        <source>the pack manifest needs &apos;%1&apos;</source>
        <translation>het pakketmanifest heeft &apos;%1&apos; nodig</translation>
    </message>
    <message>
        <source>&apos;id&apos; must be lowercase letters and digits in words joined by &apos;-&apos; or &apos;.&apos;, such as &apos;acme.intervision&apos; (at most 64 characters)</source>
        <translation>&apos;id&apos; moet bestaan uit kleine letters en cijfers in woorden verbonden door &apos;-&apos; of &apos;.&apos;, zoals &apos;acme.intervisie&apos; (hoogstens 64 tekens)</translation>
    </message>
    <message>
        <source>%1 exists already; pass --force to replace it (files signed with the old key can then no longer be checked with the new one)</source>
        <translation>%1 bestaat al; geef --force om het te vervangen (bestanden die met de oude sleutel zijn ondertekend, zijn dan niet meer met de nieuwe te controleren)</translation>
    </message>
    <message>
        <source>could not create the folder %1</source>
        <translation>kon de map %1 niet maken</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>kon %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>%1: larger than %2 MB</source>
        <translation>%1: groter dan %2 MB</translation>
    </message>
    <message>
        <source>%1 is not signed: there is no %2 beside it</source>
        <translation>%1 is niet ondertekend: er staat geen %2 naast</translation>
    </message>
    <message>
        <source>; Palet installs only packs signed by a key you trust (&apos;palet trust add&apos;), unless you pass --allow-unsigned</source>
        <translation>; Palet installeert alleen pakketten die zijn ondertekend met een sleutel die je vertrouwt (&apos;palet trust add&apos;), tenzij je --allow-unsigned geeft</translation>
    </message>
    <message>
        <source>%1 is signed with the key %2, which you do not trust</source>
        <translation>%1 is ondertekend met de sleutel %2, die je niet vertrouwt</translation>
    </message>
    <message>
        <source>; if it is the publisher&apos;s, add it with &apos;palet trust add KEYFILE --name NAME&apos;, or pass --allow-unsigned</source>
        <translation>; is het die van de uitgever, voeg hem dan toe met &apos;palet trust add SLEUTELBESTAND --name NAAM&apos;, of geef --allow-unsigned</translation>
    </message>
    <message>
        <source>%1 is refused: %2 (key &apos;%3&apos;, %4)</source>
        <translation>%1 is geweigerd: %2 (sleutel &apos;%3&apos;, %4)</translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; does not belong in a pack, which holds pack.yaml, SHA256SUMS, methods/, plugins/ and handouts/</source>
        <translation>het onderdeel &apos;%1&apos; hoort niet in een pakket, dat pack.yaml, SHA256SUMS, methods/, plugins/ en handouts/ bevat</translation>
    </message>
    <message>
        <source>the pack&apos;s %1 is larger than 1 MB</source>
        <translation>de %1 van het pakket is groter dan 1 MB</translation>
    </message>
    <message>
        <source>%1: the pack has no SHA256SUMS with the SHA-256 of every file</source>
        <translation>%1: het pakket heeft geen SHA256SUMS met de SHA-256 van elk bestand</translation>
    </message>
    <message>
        <source>%1: the pack has no pack.yaml</source>
        <translation>%1: het pakket heeft geen pack.yaml</translation>
    </message>
    <message>
        <source>%1: the file &apos;%2&apos; is not listed in SHA256SUMS</source>
        <translation>%1: het bestand &apos;%2&apos; staat niet in SHA256SUMS</translation>
    </message>
    <message>
        <source>%1: the file &apos;%2&apos; does not match its SHA-256 in SHA256SUMS: it was changed</source>
        <translation>%1: het bestand &apos;%2&apos; past niet bij zijn SHA-256 in SHA256SUMS: het is veranderd</translation>
    </message>
    <message>
        <source>%1: SHA256SUMS lists &apos;%2&apos;, which the pack does not hold</source>
        <translation>%1: SHA256SUMS noemt &apos;%2&apos;, maar dat zit niet in het pakket</translation>
    </message>
    <message>
        <source>%1: the pack %2 %3 needs Palet %4 or newer; this is Palet %5</source>
        <translation>%1: het pakket %2 %3 heeft Palet %4 of nieuwer nodig; dit is Palet %5</translation>
    </message>
    <message>
        <source>%1 exists already</source>
        <translation>%1 bestaat al</translation>
    </message>
    <message>
        <source>not read: others may write this folder</source>
        <translation>niet gelezen: anderen mogen in deze map schrijven</translation>
    </message>
    <message>
        <source>not trusted: others may write this key file</source>
        <translation>niet vertrouwd: anderen mogen dit sleutelbestand wijzigen</translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation>niet gelezen: %1</translation>
    </message>
    <message>
        <source>the secret key is protected in a way Palet does not know</source>
        <translation>de geheime sleutel is beveiligd op een manier die Palet niet kent</translation>
    </message>
    <message>
        <source>this secret key is protected by a password; give it when asked</source>
        <translation>deze geheime sleutel is met een wachtwoord beveiligd; geef dat als erom gevraagd wordt</translation>
    </message>
    <message>
        <source>the secret key asks for more memory to open than Palet gives (%1 MB)</source>
        <translation>de geheime sleutel vraagt meer geheugen om te openen dan Palet geeft (%1 MB)</translation>
    </message>
    <message>
        <source>not enough memory to open the secret key</source>
        <translation>niet genoeg geheugen om de geheime sleutel te openen</translation>
    </message>
    <message>
        <source>wrong password for this secret key</source>
        <translation>verkeerd wachtwoord voor deze geheime sleutel</translation>
    </message>
    <message>
        <source>%1: the secret key is protected by a password, and none was given</source>
        <translation>%1: de geheime sleutel is met een wachtwoord beveiligd, en er is er geen gegeven</translation>
    </message>
    <message>
        <source>not a pack, or one cut short or damaged: it cannot be read as a tar archive (%1)</source>
        <translation>geen pakket, of een afgebroken of beschadigd pakket: het is niet als tar-archief te lezen (%1)</translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; is a sparse file; a pack holds only plain files and folders</source>
        <translation>het onderdeel &apos;%1&apos; is een sparse bestand; een pakket bevat alleen gewone bestanden en mappen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a text</source>
        <translation>&apos;%1&apos; moet een tekst zijn</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a text or a mapping with &apos;nl&apos; and &apos;en&apos;</source>
        <translation>&apos;%1&apos; moet een tekst zijn of een mapping met &apos;nl&apos; en &apos;en&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes only &apos;nl&apos; and &apos;en&apos;, not &apos;%2&apos;</source>
        <translation>&apos;%1&apos; kent alleen &apos;nl&apos; en &apos;en&apos;, niet &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a text in &apos;nl&apos; or &apos;en&apos;</source>
        <translation>&apos;%1&apos; heeft een tekst in &apos;nl&apos; of &apos;en&apos; nodig</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a version of three numbers, such as 1.0.0</source>
        <translation>&apos;%1&apos; moet een versie van drie getallen zijn, zoals 1.0.0</translation>
    </message>
    <message>
        <source>&apos;languages&apos; must be a list such as [nl, en]</source>
        <translation>&apos;languages&apos; moet een lijst zijn zoals [nl, en]</translation>
    </message>
    <message>
        <source>&apos;languages&apos; takes nl and en, not &apos;%1&apos;</source>
        <translation>&apos;languages&apos; kent nl en en, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; may hold only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, and not start with &apos;.&apos;</source>
        <translation>de naam &apos;%1&apos; mag alleen letters, cijfers, &apos;-&apos;, &apos;_&apos; en &apos;.&apos; bevatten, en niet met &apos;.&apos; beginnen</translation>
    </message>
    <message>
        <source>the key %1 is trusted already, as &apos;%2&apos;</source>
        <translation>de sleutel %1 wordt al vertrouwd, als &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; is taken by the key %2; remove it first with &apos;palet trust remove %1&apos;</source>
        <translation>de naam &apos;%1&apos; is al van de sleutel %2; verwijder die eerst met &apos;palet trust remove %1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is trusted for everyone on this computer (%2); an administrator removes that file</source>
        <translation>&apos;%1&apos; wordt voor iedereen op deze computer vertrouwd (%2); een beheerder verwijdert dat bestand</translation>
    </message>
    <message>
        <source>no trusted key is named &apos;%1&apos; (&apos;palet trust list&apos; shows them)</source>
        <translation>geen vertrouwde sleutel heet &apos;%1&apos; (&apos;palet trust list&apos; toont ze)</translation>
    </message>
    <message>
        <source>could not remove %1</source>
        <translation>kon %1 niet verwijderen</translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; is both a file and a folder</source>
        <translation>het onderdeel &apos;%1&apos; is zowel een bestand als een map</translation>
    </message>
    <message>
        <source>could not create the folder &apos;%1&apos;: %2</source>
        <translation>kon de map &apos;%1&apos; niet maken: %2</translation>
    </message>
    <message>
        <source>could not create &apos;%1&apos;: %2</source>
        <translation>kon &apos;%1&apos; niet maken: %2</translation>
    </message>
    <message>
        <source>could not write &apos;%1&apos;: %2</source>
        <translation>kon &apos;%1&apos; niet schrijven: %2</translation>
    </message>
    <message>
        <source>the file &apos;%1&apos; changed while it was unpacked</source>
        <translation>het bestand &apos;%1&apos; veranderde tijdens het uitpakken</translation>
    </message>
    <message>
        <source>Only methods whose source (author, title, publisher) mentions S, or found through S (built-in, XDG_DATA_HOME, PALET_METHOD_PATH, --methods...), or in pack S or a pack S publishes.</source>
        <translation>Alleen werkvormen waarvan de bron (auteur, titel, uitgever) S noemt, of die via S gevonden zijn (built-in, XDG_DATA_HOME, PALET_METHOD_PATH, --methods...), of die in pakket S zitten of in een pakket dat S uitgeeft.</translation>
    </message>
    <message>
        <source>signed by &apos;%1&apos; (key %2)</source>
        <translation>ondertekend door &apos;%1&apos; (sleutel %2)</translation>
    </message>
    <message>
        <source>installed unsigned: %1</source>
        <translation>zonder handtekening geïnstalleerd: %1</translation>
    </message>
    <message>
        <source>Accept a pack without a signature, or signed by a key you do not trust (warns, and is recorded). A broken signature is never accepted.</source>
        <translation>Accepteer een pakket zonder handtekening, of met een handtekening van een sleutel die je niet vertrouwt (met een waarschuwing, en vastgelegd). Een ongeldige handtekening wordt nooit geaccepteerd.</translation>
    </message>
    <message>
        <source>The folder with pack.yaml, methods/, plugins/ and handouts/.</source>
        <translation>De map met pack.yaml, methods/, plugins/ en handouts/.</translation>
    </message>
    <message>
        <source>The pack file to write (default: ID-VERSION.palet in the current folder).</source>
        <translation>Het pakketbestand dat geschreven wordt (standaard: ID-VERSIE.palet in de huidige map).</translation>
    </message>
    <message>
        <source>the pack&apos;s folder</source>
        <translation>de map van het pakket</translation>
    </message>
    <message>
        <source>%1: no pack written
</source>
        <translation>%1: geen pakket geschreven
</translation>
    </message>
    <message numerus="yes">
        <source>Built %1: %2 %3 by %4, %n file(s) with their SHA-256.
Sign it with: palet pack sign %1 --key KEY
</source>
        <translation>
            <numerusform>%1 gebouwd: %2 %3 van %4, %n bestand met zijn SHA-256.
Onderteken het met: palet pack sign %1 --key SLEUTEL
</numerusform>
            <numerusform>%1 gebouwd: %2 %3 van %4, %n bestanden met hun SHA-256.
Onderteken het met: palet pack sign %1 --key SLEUTEL
</numerusform>
        </translation>
    </message>
    <message>
        <source>Where to write the secret key (default: ~/.minisign/minisign.key, where minisign looks).</source>
        <translation>Waar de geheime sleutel komt (standaard: ~/.minisign/minisign.key, waar minisign hem zoekt).</translation>
    </message>
    <message>
        <source>Where to write the public key (default: minisign.pub in the current folder).</source>
        <translation>Waar de publieke sleutel komt (standaard: minisign.pub in de huidige map).</translation>
    </message>
    <message>
        <source>Replace key files that exist.</source>
        <translation>Vervang bestaande sleutelbestanden.</translation>
    </message>
    <message>
        <source>Make a key pair for signing packs, in minisign&apos;s format.</source>
        <translation>Maak een sleutelpaar om pakketten te ondertekenen, in het formaat van minisign.</translation>
    </message>
    <message>
        <source>The pack file to sign.</source>
        <translation>Het pakketbestand dat ondertekend wordt.</translation>
    </message>
    <message>
        <source>The secret key (default: ~/.minisign/minisign.key).</source>
        <translation>De geheime sleutel (standaard: ~/.minisign/minisign.key).</translation>
    </message>
    <message>
        <source>Sign a pack file; the signature goes beside it as FILE.minisig.</source>
        <translation>Onderteken een pakketbestand; de handtekening komt ernaast als BESTAND.minisig.</translation>
    </message>
    <message>
        <source>the pack file</source>
        <translation>het pakketbestand</translation>
    </message>
    <message>
        <source>Signed with the key %1: %2
</source>
        <translation>Ondertekend met de sleutel %1: %2
</translation>
    </message>
    <message>
        <source>%1: the pack %2 %3, &quot;%4&quot; by %5
</source>
        <translation>%1: het pakket %2 %3, &quot;%4&quot; van %5
</translation>
    </message>
    <message>
        <source>  signed by &apos;%1&apos; (key %2), whom you trust
</source>
        <translation>  ondertekend door &apos;%1&apos; (sleutel %2), die je vertrouwt
</translation>
    </message>
    <message>
        <source>  not signed by a key you trust: %1
</source>
        <translation>  niet ondertekend met een sleutel die je vertrouwt: %1
</translation>
    </message>
    <message numerus="yes">
        <source>  %n method(s)</source>
        <translation>
            <numerusform>  %n werkvorm</numerusform>
            <numerusform>  %n werkvormen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n plugin(s) for %1</source>
        <translation>
            <numerusform>, %n plugin voor %1</numerusform>
            <numerusform>, %n plugins voor %1</numerusform>
        </translation>
    </message>
    <message>
        <source>; every file matches its SHA-256
</source>
        <translation>; elk bestand past bij zijn SHA-256
</translation>
    </message>
    <message>
        <source>  needs Palet %1 or newer
</source>
        <translation>  heeft Palet %1 of nieuwer nodig
</translation>
    </message>
    <message>
        <source>  comes with a licence (see --licence)
</source>
        <translation>  heeft een licentie (zie --licence)
</translation>
    </message>
    <message>
        <source>The pack file to check.</source>
        <translation>Het pakketbestand dat gecontroleerd wordt.</translation>
    </message>
    <message>
        <source>Also print the pack&apos;s licence.</source>
        <translation>Toon ook de licentie van het pakket.</translation>
    </message>
    <message>
        <source>Check a pack file as &apos;install&apos; does, without installing it.</source>
        <translation>Controleer een pakketbestand zoals &apos;install&apos; dat doet, zonder het te installeren.</translation>
    </message>
    <message>
        <source>The pack has no licence.
</source>
        <translation>Het pakket heeft geen licentie.
</translation>
    </message>
    <message>
        <source>%1: %2 %3 comes with a licence you have not accepted yet; read it with &apos;palet pack verify %4 --licence&apos;, then install with --accept-licence
</source>
        <translation>%1: %2 %3 heeft een licentie die je nog niet hebt geaccepteerd; lees die met &apos;palet pack verify %4 --licence&apos; en installeer dan met --accept-licence
</translation>
    </message>
    <message>
        <source>The licence of %1 %2:

%3

</source>
        <translation>De licentie van %1 %2:

%3

</translation>
    </message>
    <message>
        <source>Do you accept this licence? Type &apos;yes&apos; to accept: </source>
        <translation>Accepteer je deze licentie? Typ &apos;ja&apos; om te accepteren: </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>%1: the licence was not accepted; nothing was installed
</source>
        <translation>%1: de licentie is niet geaccepteerd; er is niets geïnstalleerd
</translation>
    </message>
    <message>
        <source>The pack file, with its signature FILE.minisig beside it.</source>
        <translation>Het pakketbestand, met de handtekening BESTAND.minisig ernaast.</translation>
    </message>
    <message>
        <source>Install even when a newer version of the pack is installed.</source>
        <translation>Installeer ook als er een nieuwere versie van het pakket geïnstalleerd is.</translation>
    </message>
    <message>
        <source>Accept the pack&apos;s licence without being asked (for scripts).</source>
        <translation>Accepteer de licentie van het pakket zonder dat ernaar gevraagd wordt (voor scripts).</translation>
    </message>
    <message>
        <source>Install for everyone on this computer (in $XDG_DATA_DIRS, by default /usr/local/share/palet/packs).</source>
        <translation>Installeer voor iedereen op deze computer (in $XDG_DATA_DIRS, standaard /usr/local/share/palet/packs).</translation>
    </message>
    <message>
        <source>%1: warning: %2; installing it all the same because of --allow-unsigned (this is recorded with the pack)
</source>
        <translation>%1: waarschuwing: %2; toch geïnstalleerd vanwege --allow-unsigned (dit wordt bij het pakket vastgelegd)
</translation>
    </message>
    <message numerus="yes">
        <source>Installed %1 %2 (&quot;%3&quot; by %4) in %5: %n method(s)</source>
        <translation>
            <numerusform>%1 %2 (&quot;%3&quot; van %4) geïnstalleerd in %5: %n werkvorm</numerusform>
            <numerusform>%1 %2 (&quot;%3&quot; van %4) geïnstalleerd in %5: %n werkvormen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: skipped: %2
</source>
        <translation>%1: overgeslagen: %2
</translation>
    </message>
    <message>
        <source>Print a JSON array (see docs/packs.md).</source>
        <translation>Geef de uitvoer als JSON-array (zie docs/packs.md).</translation>
    </message>
    <message>
        <source>No packs are installed. Install one with: palet pack install FILE
</source>
        <translation>Er zijn geen pakketten geïnstalleerd. Installeer er een met: palet pack install BESTAND
</translation>
    </message>
    <message>
        <source>PUBLISHER</source>
        <translation>UITGEVER</translation>
    </message>
    <message>
        <source> (system)</source>
        <translation> (systeem)</translation>
    </message>
    <message>
        <source>The installed pack to show.</source>
        <translation>Het geïnstalleerde pakket dat getoond wordt.</translation>
    </message>
    <message>
        <source>Print a JSON object (see docs/packs.md).</source>
        <translation>Geef de uitvoer als JSON-object (zie docs/packs.md).</translation>
    </message>
    <message>
        <source>Show an installed pack: publisher, licence, signature, methods.</source>
        <translation>Toon een geïnstalleerd pakket: uitgever, licentie, handtekening, werkvormen.</translation>
    </message>
    <message>
        <source>the pack&apos;s id</source>
        <translation>de id van het pakket</translation>
    </message>
    <message>
        <source>no pack &apos;%1&apos; is installed (&apos;palet pack list&apos; shows them)</source>
        <translation>er is geen pakket &apos;%1&apos; geïnstalleerd (&apos;palet pack list&apos; toont ze)</translation>
    </message>
    <message>
        <source>%1 %2: %3
</source>
        <translation>%1 %2: %3
</translation>
    </message>
    <message>
        <source>Publisher: %1
</source>
        <translation>Uitgever: %1
</translation>
    </message>
    <message>
        <source>Installed: %1 in %2 (%3)
</source>
        <translation>Geïnstalleerd: %1 in %2 (%3)
</translation>
    </message>
    <message>
        <source>for everyone</source>
        <translation>voor iedereen</translation>
    </message>
    <message>
        <source>for you</source>
        <translation>voor jou</translation>
    </message>
    <message>
        <source>Signature: %1
</source>
        <translation>Handtekening: %1
</translation>
    </message>
    <message>
        <source>Needs: Palet %1 or newer
</source>
        <translation>Nodig: Palet %1 of nieuwer
</translation>
    </message>
    <message>
        <source>Languages: %1
</source>
        <translation>Talen: %1
</translation>
    </message>
    <message numerus="yes">
        <source>Methods (%n):
</source>
        <translation>
            <numerusform>Werkvormen (%n):
</numerusform>
            <numerusform>Werkvormen (%n):
</numerusform>
        </translation>
    </message>
    <message>
        <source>Licence:
%1
</source>
        <translation>Licentie:
%1
</translation>
    </message>
    <message>
        <source>The installed pack to remove.</source>
        <translation>Het geïnstalleerde pakket dat verwijderd wordt.</translation>
    </message>
    <message>
        <source>Remove it from the packs for everyone on this computer.</source>
        <translation>Verwijder het uit de pakketten voor iedereen op deze computer.</translation>
    </message>
    <message>
        <source>Remove an installed pack and its methods.</source>
        <translation>Verwijder een geïnstalleerd pakket en zijn werkvormen.</translation>
    </message>
    <message>
        <source>Removed %1 %2 and its methods from %3.
</source>
        <translation>%1 %2 en zijn werkvormen verwijderd uit %3.
</translation>
    </message>
    <message>
        <source>Signed method packs: a firm&apos;s methods and plugins in one file.</source>
        <translation>Ondertekende werkvormpakketten: de werkvormen en plugins van een bureau in één bestand.</translation>
    </message>
    <message>
        <source>A public key file as &apos;minisign -G&apos; or &apos;palet pack keygen&apos; writes it, or its key line (RW...).</source>
        <translation>Een bestand met een publieke sleutel zoals &apos;minisign -G&apos; of &apos;palet pack keygen&apos; het schrijft, of de sleutelregel eruit (RW...).</translation>
    </message>
    <message>
        <source>The name to know the key by, such as the publisher&apos;s (required).</source>
        <translation>De naam waaronder je de sleutel kent, zoals die van de uitgever (verplicht).</translation>
    </message>
    <message>
        <source>Trust the packs signed with a publisher&apos;s key.</source>
        <translation>Vertrouw de pakketten die met de sleutel van een uitgever zijn ondertekend.</translation>
    </message>
    <message>
        <source>the public key file</source>
        <translation>het bestand met de publieke sleutel</translation>
    </message>
    <message>
        <source>give the key a name with --name NAME</source>
        <translation>geef de sleutel een naam met --name NAAM</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: dat bestand bestaat niet</translation>
    </message>
    <message>
        <source>Trusting the key %1 as &apos;%2&apos;: packs it signs install without asking.
</source>
        <translation>De sleutel %1 wordt vertrouwd als &apos;%2&apos;: pakketten die ermee ondertekend zijn, worden zonder vragen geïnstalleerd.
</translation>
    </message>
    <message>
        <source>List the keys whose packs you trust.</source>
        <translation>Toon de sleutels waarvan je de pakketten vertrouwt.</translation>
    </message>
    <message>
        <source>No keys are trusted. Add a publisher&apos;s public key with: palet trust add PUBKEY --name NAME
</source>
        <translation>Er worden geen sleutels vertrouwd. Voeg de publieke sleutel van een uitgever toe met: palet trust add PUBLIEKESLEUTEL --name NAAM
</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SLEUTEL</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>The name the key is trusted by.</source>
        <translation>De naam waaronder de sleutel vertrouwd wordt.</translation>
    </message>
    <message>
        <source>Stop trusting a key. Packs installed with it stay installed.</source>
        <translation>Vertrouw een sleutel niet langer. Pakketten die ermee zijn geïnstalleerd, blijven geïnstalleerd.</translation>
    </message>
    <message>
        <source>the key&apos;s name</source>
        <translation>de naam van de sleutel</translation>
    </message>
    <message>
        <source>No longer trusting &apos;%1&apos;. Packs installed with it stay installed; &apos;palet pack remove ID&apos; removes one.
</source>
        <translation>&apos;%1&apos; wordt niet langer vertrouwd. Pakketten die ermee zijn geïnstalleerd, blijven geïnstalleerd; &apos;palet pack remove ID&apos; verwijdert er een.
</translation>
    </message>
    <message>
        <source>The keys whose signed packs Palet installs.</source>
        <translation>De sleutels waarvan Palet de ondertekende pakketten installeert.</translation>
    </message>
    <message>
        <source>Protect the secret key with a password, asked for twice (as minisign -G does); without it the key has none (as minisign -G -W).</source>
        <translation>Beveilig de geheime sleutel met een wachtwoord, waar twee keer om gevraagd wordt (zoals minisign -G doet); zonder deze optie heeft de sleutel er geen (zoals minisign -G -W).</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Wachtwoord: </translation>
    </message>
    <message>
        <source>Password (again): </source>
        <translation>Wachtwoord (nog een keer): </translation>
    </message>
    <message>
        <source>the two passwords were not the same, or empty; no key was made</source>
        <translation>de twee wachtwoorden waren niet gelijk, of leeg; er is geen sleutel gemaakt</translation>
    </message>
    <message>
        <source>Made the key %1.
</source>
        <translation>Sleutel %1 gemaakt.
</translation>
    </message>
    <message>
        <source>Secret key: %1 (only you may read it, and it opens with your password; back it up)
</source>
        <translation>Geheime sleutel: %1 (alleen jij mag hem lezen, en hij opent met je wachtwoord; maak een reservekopie)
</translation>
    </message>
    <message>
        <source>Secret key: %1 (only you may read it; it has no password, so keep it safe and back it up)
</source>
        <translation>Geheime sleutel: %1 (alleen jij mag hem lezen; hij heeft geen wachtwoord, dus bewaar hem goed en maak een reservekopie)
</translation>
    </message>
    <message>
        <source>Public key: %1 (give it to those who install your packs: palet trust add %1 --name NAME)
</source>
        <translation>Publieke sleutel: %1 (geef die aan wie je pakketten installeert: palet trust add %1 --name NAAM)
</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Wachtwoord voor %1: </translation>
    </message>
    <message>
        <source>format %1 is not known to this version of Palet, which reads formats 1 to %2</source>
        <translation>formaat %1 is onbekend voor deze versie van Palet, die de formaten 1 tot en met %2 leest</translation>
    </message>
    <message>
        <source>%1 is part of format 2: put &apos;format: 2&apos; at the top of the file</source>
        <translation>%1 hoort bij formaat 2: zet &apos;format: 2&apos; bovenaan het bestand</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 van %3</translation>
    </message>
    <message>
        <source>Subgroups</source>
        <translation>Subgroepen</translation>
    </message>
    <message>
        <source>Subgroup %1</source>
        <translation>Subgroep %1</translation>
    </message>
    <message>
        <source>Your subgroup: %1</source>
        <translation>Jouw subgroep: %1</translation>
    </message>
    <message>
        <source>Its rounds are over; it waits for the others.</source>
        <translation>Klaar met de rondes; wacht op de anderen.</translation>
    </message>
    <message>
        <source>Your subgroup has had all its rounds: wait for the others.</source>
        <translation>Je subgroep heeft alle rondes gehad: wacht op de anderen.</translation>
    </message>
    <message>
        <source>a round</source>
        <translation>een ronde</translation>
    </message>
    <message>
        <source>working in subgroups</source>
        <translation>werken in subgroepen</translation>
    </message>
    <message>
        <source>: an entry that starts a round holds only the round; indent its keys under &apos;round:&apos;</source>
        <translation>: een regel die een ronde begint, bevat alleen die ronde; zet de sleutels ingesprongen onder &apos;round:&apos;</translation>
    </message>
    <message>
        <source>the round&apos;s id %1 is already a phase&apos;s or a round&apos;s (line %2)</source>
        <translation>de id %1 van de ronde is al van een fase of een ronde (regel %2)</translation>
    </message>
    <message>
        <source>for_each must be &apos;member&apos; or one of the method&apos;s roles, found %1</source>
        <translation>for_each moet &apos;member&apos; zijn of een van de rollen van de werkvorm, niet %1</translation>
    </message>
    <message>
        <source>the role that rotates passes from one member to the next, so it must be held by one member (holders: one); %1 is not</source>
        <translation>de rol die rouleert, gaat van lid naar lid en hoort dus bij één lid (holders: one); %1 is dat niet</translation>
    </message>
    <message>
        <source>the round %1 repeats no phase: give it at least one</source>
        <translation>de ronde %1 herhaalt geen enkele fase: geef haar er minstens één</translation>
    </message>
    <message>
        <source>a round cannot hold another round: write the inner round&apos;s phases in the outer one, or make them two rounds one after the other</source>
        <translation>een ronde kan geen andere ronde bevatten: zet de fasen van de binnenste ronde in de buitenste, of maak er twee rondes na elkaar van</translation>
    </message>
    <message>
        <source>write the subgroups&apos; size as {size: %1}</source>
        <translation>schrijf de grootte van de subgroepen als {size: %1}</translation>
    </message>
    <message>
        <source>subgroups of %1 are larger than the largest group the method admits (%2)</source>
        <translation>subgroepen van %1 zijn groter dan de grootste groep die de werkvorm toelaat (%2)</translation>
    </message>
    <message>
        <source>a subgroup of %1 is too small for the method&apos;s roles: %2</source>
        <translation>een subgroep van %1 is te klein voor de rollen van de werkvorm: %2</translation>
    </message>
    <message>
        <source>subgroup %1 (%2): %3</source>
        <translation>subgroep %1 (%2): %3</translation>
    </message>
    <message>
        <source>round id &apos;%1&apos; is already a phase&apos;s or a round&apos;s</source>
        <translation>ronde-id &apos;%1&apos; is al van een fase of een ronde</translation>
    </message>
    <message>
        <source>round &apos;%1&apos; has no name</source>
        <translation>ronde &apos;%1&apos; heeft geen naam</translation>
    </message>
    <message>
        <source>round &apos;%1&apos; repeats no phase</source>
        <translation>ronde &apos;%1&apos; herhaalt geen fase</translation>
    </message>
    <message>
        <source>round &apos;%1&apos; repeats unknown phase &apos;%2&apos;</source>
        <translation>ronde &apos;%1&apos; herhaalt de onbekende fase &apos;%2&apos;</translation>
    </message>
    <message>
        <source>phase &apos;%1&apos; is in two rounds</source>
        <translation>fase &apos;%1&apos; zit in twee rondes</translation>
    </message>
    <message>
        <source>round &apos;%1&apos; repeats phases that do not follow each other in the method&apos;s order</source>
        <translation>ronde &apos;%1&apos; herhaalt fasen die in de werkvorm niet op elkaar volgen</translation>
    </message>
    <message>
        <source>round &apos;%1&apos; repeats for the holders of unknown role &apos;%2&apos;</source>
        <translation>ronde &apos;%1&apos; wordt herhaald voor wie de onbekende rol &apos;%2&apos; heeft</translation>
    </message>
    <message>
        <source>round &apos;%1&apos; rotates unknown role &apos;%2&apos;</source>
        <translation>ronde &apos;%1&apos; laat de onbekende rol &apos;%2&apos; rouleren</translation>
    </message>
    <message>
        <source>round &apos;%1&apos; rotates role &apos;%2&apos;, which is not held by one member</source>
        <translation>ronde &apos;%1&apos; laat rol &apos;%2&apos; rouleren, maar die rol hoort niet bij één lid</translation>
    </message>
    <message>
        <source>its subgroups of %1 are impossible; give 0 (no subgroups) or 2 to %2</source>
        <translation>subgroepen van %1 kunnen niet; geef 0 (geen subgroepen) of 2 tot en met %2</translation>
    </message>
    <message>
        <source>%1 (%2 %3 of %4)</source>
        <translation>%1 (%2 %3 van %4)</translation>
    </message>
    <message>
        <source>its rounds are over; it waits for the others</source>
        <translation>klaar met de rondes, wacht op de anderen</translation>
    </message>
    <message>
        <source>Subgroup %1 (%2): %3</source>
        <translation>Subgroep %1 (%2): %3</translation>
    </message>
    <message>
        <source>: an unquoted comma inside {nl: ...} ends the text there, so the rest became a key; put the whole text in quotes, e.g. {nl: &quot;Ronde 1, vragen&quot;}</source>
        <translation>: een komma zonder aanhalingstekens binnen {nl: ...} beëindigt daar de tekst, waardoor de rest een sleutel werd; zet de hele tekst tussen aanhalingstekens, bijvoorbeeld {nl: &quot;Ronde 1, vragen&quot;}</translation>
    </message>
    <message>
        <source>the texts are empty: write the text itself after the language, e.g. {nl: Vertellen, en: Tell}</source>
        <translation>de teksten zijn leeg: schrijf de tekst zelf achter de taal, bijvoorbeeld {nl: Vertellen, en: Tell}</translation>
    </message>
    <message>
        <source>missing required key &apos;max&apos; in group_size (format 2 allows a group with only a minimum)</source>
        <translation>verplichte sleutel &apos;max&apos; ontbreekt in group_size (formaat 2 staat een groep met alleen een minimum toe)</translation>
    </message>
    <message>
        <source>minutes %1 is text, not a range: write {min: %2, max: %3}</source>
        <translation>minutes %1 is tekst, geen bereik: schrijf {min: %2, max: %3}</translation>
    </message>
    <message>
        <source>speakers must name at least one role; leave it out when everyone may speak (in format 2, &apos;speakers: []&apos; makes a silent phase)</source>
        <translation>speakers moet ten minste één rol noemen; laat het weg als iedereen mag spreken (in formaat 2 maakt &apos;speakers: []&apos; een stille fase)</translation>
    </message>
    <message>
        <source>the list names no role; leave the key out instead</source>
        <translation>de lijst noemt geen rol; laat de sleutel dan weg</translation>
    </message>
    <message>
        <source>role %1 is named twice in this list</source>
        <translation>rol %1 staat twee keer in deze lijst</translation>
    </message>
    <message>
        <source>role %1 is both absent and back-turned in this phase; choose one</source>
        <translation>rol %1 is in deze fase zowel afwezig als met de rug naar de groep; kies één van beide</translation>
    </message>
    <message>
        <source>role %1 speaks in this phase but is absent from it</source>
        <translation>rol %1 spreekt in deze fase, maar is er niet bij</translation>
    </message>
    <message>
        <source>phase &apos;%1&apos; is silent but names speakers</source>
        <translation>fase &apos;%1&apos; is stil, maar noemt sprekers</translation>
    </message>
    <message>
        <source>phase &apos;%1&apos; sends unknown role &apos;%2&apos; away</source>
        <translation>fase &apos;%1&apos; stuurt de onbekende rol &apos;%2&apos; weg</translation>
    </message>
    <message>
        <source>Who speaks: nobody, this phase is silent</source>
        <translation>Aan het woord: niemand, dit is een stille fase</translation>
    </message>
    <message>
        <source>Out of the room: %1</source>
        <translation>Buiten de ruimte: %1</translation>
    </message>
    <message>
        <source>Back turned to the group: %1</source>
        <translation>Met de rug naar de groep: %1</translation>
    </message>
    <message>
        <source>a number of holders {min, max}</source>
        <translation>een aantal rolhouders {min, max}</translation>
    </message>
    <message>
        <source>holders min (%1) is larger than max (%2)</source>
        <translation>holders min (%1) is groter dan max (%2)</translation>
    </message>
    <message>
        <source>role &apos;%1&apos; has an impossible number of holders</source>
        <translation>rol &apos;%1&apos; heeft een onmogelijk aantal rolhouders</translation>
    </message>
    <message>
        <source>say what happens when nobody chooses: &apos;optional: included&apos; (it runs unless left out) or &apos;optional: left-out&apos; (it runs only when chosen)</source>
        <translation>zeg wat er gebeurt als niemand kiest: &apos;optional: included&apos; (de fase gaat door, tenzij iemand haar weglaat) of &apos;optional: left-out&apos; (de fase gaat alleen door als iemand haar kiest)</translation>
    </message>
    <message>
        <source>%1 has no phase &apos;%2&apos;</source>
        <translation>%1 heeft geen fase &apos;%2&apos;</translation>
    </message>
    <message>
        <source>phase &apos;%1&apos; of %2 always runs; the method has no optional phases</source>
        <translation>fase &apos;%1&apos; van %2 gaat altijd door; de werkvorm heeft geen optionele fasen</translation>
    </message>
    <message>
        <source>phase &apos;%1&apos; of %2 always runs; its optional phases are %3</source>
        <translation>fase &apos;%1&apos; van %2 gaat altijd door; de optionele fasen zijn %3</translation>
    </message>
    <message>
        <source>Run this optional phase of the method, which runs only when chosen; repeat it, or separate ids by commas.</source>
        <translation>Neem deze optionele fase van de werkvorm op, die alleen doorgaat als je haar kiest; herhaal de optie of scheid ids met komma&apos;s.</translation>
    </message>
    <message>
        <source>Leave out this optional phase of the method; repeat it, or separate ids by commas.</source>
        <translation>Laat deze optionele fase van de werkvorm weg; herhaal de optie of scheid ids met komma&apos;s.</translation>
    </message>
    <message>
        <source>a method&apos;s own minutes</source>
        <translation>de eigen minuten van een werkvorm</translation>
    </message>
    <message>
        <source>the phases take at least %1 minutes with %2 members, more than the method&apos;s own %3</source>
        <translation>de fasen duren met %2 leden ten minste %1 minuten, langer dan de eigen %3 van de werkvorm</translation>
    </message>
    <message>
        <source>its own minutes are impossible</source>
        <translation>de eigen minuten ervan zijn onmogelijk</translation>
    </message>
    <message>
        <source>; texts in other languages than nl and en are part of format 2: put &apos;format: 2&apos; at the top of the file</source>
        <translation>; teksten in andere talen dan nl en en horen bij formaat 2: zet &apos;format: 2&apos; bovenaan het bestand</translation>
    </message>
    <message>
        <source>%1 is not a language tag (such as nl, en, de or fr-BE)</source>
        <translation>%1 is geen taalcode (zoals nl, en, de of fr-BE)</translation>
    </message>
    <message>
        <source>a text needs at least one language, such as &apos;nl&apos; or &apos;en&apos;</source>
        <translation>een tekst heeft ten minste één taal nodig, zoals &apos;nl&apos; of &apos;en&apos;</translation>
    </message>
    <message>
        <source>phase &apos;%1&apos; counts the holders of unknown role &apos;%2&apos;</source>
        <translation>fase &apos;%1&apos; telt de rolhouders van de onbekende rol &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Silence: nobody speaks</source>
        <translation>Stilte: niemand spreekt</translation>
    </message>
    <message>
        <source>out of the room</source>
        <translation>buiten de ruimte</translation>
    </message>
    <message>
        <source>back turned to the group</source>
        <translation>met de rug naar de groep</translation>
    </message>
    <message>
        <source>Leave the room for this phase</source>
        <translation>Verlaat de ruimte tijdens deze fase</translation>
    </message>
    <message>
        <source>Turn your back to the group for this phase</source>
        <translation>Zit met je rug naar de groep tijdens deze fase</translation>
    </message>
    <message>
        <source>%1: could not rewrite the journal %2; it may still hold their name or texts: delete it, or remove them by hand
</source>
        <translation>%1: het logboek %2 kon niet worden herschreven en kan nog de naam of teksten bevatten: verwijder het, of haal ze er met de hand uit
</translation>
    </message>
    <message>
        <source>Palet cannot reach copies it does not keep itself: journals kept elsewhere with --journal, agendas, reports and handouts you saved or printed, and backups.
</source>
        <translation>Kopieën die Palet niet zelf bijhoudt, kan het niet bereiken: logboeken die je met --journal ergens anders bewaart, agenda&apos;s, verslagen en hand-outs die je hebt opgeslagen of afgedrukt, en back-ups.
</translation>
    </message>
    <message>
        <source>The session journals in %1 held nothing of theirs.
</source>
        <translation>In de sessielogboeken in %1 stond niets van dit lid.
</translation>
    </message>
    <message numerus="yes">
        <source>In %n session journal(s) in %1, their name is replaced by &quot;erased member&quot; and the texts of their cases by &quot;erased&quot;.
</source>
        <translation>
            <numerusform>In %n sessielogboek in %1 staat nu &quot;erased member&quot; in plaats van de naam, en &quot;erased&quot; in plaats van de teksten van de casussen.
</numerusform>
            <numerusform>In %n sessielogboeken in %1 staat nu &quot;erased member&quot; in plaats van de naam, en &quot;erased&quot; in plaats van de teksten van de casussen.
</numerusform>
        </translation>
    </message>
    <message>
        <source>a follow-up</source>
        <translation>een vervolg</translation>
    </message>
    <message>
        <source>the journal&apos;s plan has no parts of a meeting</source>
        <translation>het plan in het logboek heeft geen onderdelen van een bijeenkomst</translation>
    </message>
    <message>
        <source>part %1 of the journal&apos;s plan does not fit its phases</source>
        <translation>onderdeel %1 van het plan in het logboek past niet bij de fasen ervan</translation>
    </message>
    <message>
        <source>a session is running (its journal is %1); erase when it has ended, so that erasure reaches its journal too</source>
        <translation>er loopt een sessie (het logboek is %1); wis pas als die is afgelopen, zodat het wissen ook dat logboek bereikt</translation>
    </message>
    <message>
        <source>a session is still running in it</source>
        <translation>er loopt nog een sessie in</translation>
    </message>
    <message>
        <source>%1: another palet is running this session; go on there, or end it first</source>
        <translation>%1: deze sessie loopt al in een ander palet-proces; ga daar verder, of beëindig dat eerst</translation>
    </message>
    <message>
        <source>Ask the plugins for these members, in order, and show who holds which role: &quot;Ann,Bo,Cas&quot;.</source>
        <translation>Vraag de plugins om deze leden, in deze volgorde, en toon wie welke rol heeft: &quot;Ann,Bo,Cas&quot;.</translation>
    </message>
    <message>
        <source>With --members: the case owner (default: the first member).</source>
        <translation>Met --members: de inbrenger (standaard: het eerste lid).</translation>
    </message>
    <message>
        <source>Print a JSON array: per plugin, what it computed or why not (see docs/json-output.md).</source>
        <translation>Print een JSON-array: per plugin wat hij berekende, of waarom niet (zie docs/json-output.md).</translation>
    </message>
    <message>
        <source>palet check: give --group-size or --members, not both
See &apos;palet check --help&apos;.
</source>
        <translation>palet check: geef --group-size of --members, niet allebei
Zie &apos;palet check --help&apos;.
</translation>
    </message>
    <message>
        <source>palet check: --members needs 2 to 40 different names, separated by commas
</source>
        <translation>palet check: --members vraagt 2 tot 40 verschillende namen, gescheiden door komma&apos;s
</translation>
    </message>
    <message>
        <source>palet check: --owner must be one of --members
</source>
        <translation>palet check: --owner moet een van de --members zijn
</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>Phases:</source>
        <translation>Fasen:</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>The roles cannot be held: %1</source>
        <translation>De rollen zijn niet te verdelen: %1</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: bestand of map bestaat niet</translation>
    </message>
    <message>
        <source>%1: no plugin there: a plugin is a method script with &apos;plugin: {library: FILE.so}&apos; and that library beside it</source>
        <translation>%1: daar staat geen plugin: een plugin is een werkvormscript met &apos;plugin: {library: FILE.so}&apos; en die bibliotheek ernaast</translation>
    </message>
    <message>
        <source>%1: holds %2 plugins; give the manifest of the one to install: %3</source>
        <translation>%1: bevat %2 plugins; geef het manifest van de plugin die je wilt installeren: %3</translation>
    </message>
    <message>
        <source>%1: the method folder cannot be made</source>
        <translation>%1: de werkvormmap kan niet worden gemaakt</translation>
    </message>
    <message>
        <source>%1: is in the way and is not a folder; remove it first</source>
        <translation>%1: staat in de weg en is geen map; verwijder het eerst</translation>
    </message>
    <message>
        <source>%1: cannot write there</source>
        <translation>%1: daar kan niet worden geschreven</translation>
    </message>
    <message>
        <source>%1: the copy there cannot be replaced</source>
        <translation>%1: de kopie die daar staat kan niet worden vervangen</translation>
    </message>
    <message>
        <source>%1: cannot be made</source>
        <translation>%1: kan niet worden gemaakt</translation>
    </message>
    <message>
        <source>%1: cannot be copied to %2</source>
        <translation>%1: kan niet worden gekopieerd naar %2</translation>
    </message>
    <message>
        <source>The built plugin: its folder (e.g. build/share/palet/methods/my-method), its manifest or its library.</source>
        <translation>De gebouwde plugin: zijn map (bijv. build/share/palet/methods/my-method), zijn manifest of zijn bibliotheek.</translation>
    </message>
    <message>
        <source>The method folder to install into (default: $XDG_DATA_HOME/palet/methods, ~/.local/share/palet/methods when that is not set).</source>
        <translation>De werkvormmap om in te installeren (standaard: $XDG_DATA_HOME/palet/methods, ~/.local/share/palet/methods als die niet is ingesteld).</translation>
    </message>
    <message>
        <source>Check a built plugin as &apos;palet check&apos; does, then copy it where Palet finds it.</source>
        <translation>Controleer een gebouwde plugin zoals &apos;palet check&apos; dat doet, en kopieer hem dan naar waar Palet hem vindt.</translation>
    </message>
    <message>
        <source>the plugin&apos;s folder, manifest or library</source>
        <translation>de map, het manifest of de bibliotheek van de plugin</translation>
    </message>
    <message>
        <source>%1: %2: not installed; nothing changed
</source>
        <translation>%1: %2: niet geïnstalleerd; er is niets veranderd
</translation>
    </message>
    <message>
        <source>it replaced the copy that was there. </source>
        <translation>De kopie die er stond is vervangen. </translation>
    </message>
    <message>
        <source>Check a built plugin, then install it where Palet finds it.</source>
        <translation>Controleer een gebouwde plugin en installeer hem waar Palet hem vindt.</translation>
    </message>
    <message>
        <source>Make a plugin&apos;s manifest from the method the built plugin computes.</source>
        <translation>Maak het manifest van een plugin uit de werkvorm die de gebouwde plugin berekent.</translation>
    </message>
    <message>
        <source>Native method plugins.</source>
        <translation>Native werkvormplugins.</translation>
    </message>
    <message>
        <source>Install a native method plugin after checking it; make its manifest.</source>
        <translation>Installeer een native werkvormplugin na controle; maak zijn manifest.</translation>
    </message>
    <message>
        <source>The built plugin library.</source>
        <translation>De gebouwde pluginbibliotheek.</translation>
    </message>
    <message>
        <source>The manifest to write (default: NAME.plugin.yaml beside LIBRARY NAME.so).</source>
        <translation>Het manifest om te schrijven (standaard: NAAM.plugin.yaml naast bibliotheek NAAM.so).</translation>
    </message>
    <message>
        <source>Make a plugin&apos;s manifest from the method the built plugin computes for its ideal group (palet_add_method_plugin does this at build time).</source>
        <translation>Maak het manifest van een plugin uit de werkvorm die de gebouwde plugin voor zijn ideale groep berekent (palet_add_method_plugin doet dit tijdens het bouwen).</translation>
    </message>
    <message>
        <source>the plugin library</source>
        <translation>de pluginbibliotheek</translation>
    </message>
    <message>
        <source>the manifest %1 must lie in the folder of %2 or above it</source>
        <translation>het manifest %1 moet in de map van %2 staan of daarboven</translation>
    </message>
    <message>
        <source>%1 is up to date
</source>
        <translation>%1 is al bij
</translation>
    </message>
    <message>
        <source>%1: the method the plugin computes cannot be its manifest: %2</source>
        <translation>%1: de werkvorm die de plugin berekent kan niet zijn manifest zijn: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n lid</numerusform>
            <numerusform>%n leden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Installed %1 %2 in %3 (%n file(s)); </source>
        <translation>
            <numerusform>%1 %2 geïnstalleerd in %3 (%n bestand); </numerusform>
            <numerusform>%1 %2 geïnstalleerd in %3 (%n bestanden); </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked: it computed %n phase(s) for %1 members.
</source>
        <translation>
            <numerusform>Gecontroleerd: hij berekende %n fase voor %1 leden.
</numerusform>
            <numerusform>Gecontroleerd: hij berekende %n fasen voor %1 leden.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made %1: %2 %3, %n phase(s) for %4 members
</source>
        <translation>
            <numerusform>%1 gemaakt: %2 %3, %n fase voor %4 leden
</numerusform>
            <numerusform>%1 gemaakt: %2 %3, %n fasen voor %4 leden
</numerusform>
        </translation>
    </message>
    <message>
        <source>a time finer than a minute (%1)</source>
        <translation>een tijd in seconden of delen van een minuut (%1)</translation>
    </message>
    <message>
        <source>%1 is longer than any phase can be (at most 240 minutes)</source>
        <translation>%1 is langer dan een fase mag duren (hooguit 240 minuten)</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minuten</translation>
    </message>
    <message>
        <source>%1 minutes is not a whole number of seconds: write minutes and seconds such as &quot;7:20&quot;, or seconds such as 440s</source>
        <translation>%1 minuten is geen geheel aantal seconden: schrijf minuten en seconden, zoals &quot;7:20&quot;, of seconden, zoals 440s</translation>
    </message>
    <message>
        <source>%1 must be from 1 second to 240 minutes, found %2</source>
        <translation>%1 moet tussen 1 seconde en 240 minuten liggen, gevonden: %2</translation>
    </message>
    <message>
        <source>%1 must be minutes (7 or 7.5), minutes and seconds (&quot;7:30&quot;) or seconds (90s), found %2</source>
        <translation>%1 moet minuten (7 of 7.5), minuten en seconden (&quot;7:30&quot;) of seconden (90s) zijn, gevonden: %2</translation>
    </message>
    <message>
        <source>a time cannot be negative: %1</source>
        <translation>een tijd kan niet negatief zijn: %1</translation>
    </message>
    <message>
        <source>in %1 the seconds after the colon must be two digits from 00 to 59, as in &quot;7:30&quot;</source>
        <translation>in %1 moeten de seconden na de dubbele punt twee cijfers van 00 tot en met 59 zijn, zoals in &quot;7:30&quot;</translation>
    </message>
    <message>
        <source>minutes must be a time (7, 7.5, &quot;7:30&quot; or 90s), a range {min, max} or {per_participant, min, max}</source>
        <translation>minutes moet een tijd zijn (7, 7.5, &quot;7:30&quot; of 90s), een bereik {min, max} of {per_participant, min, max}</translation>
    </message>
    <message>
        <source> (the method&apos;s phases: %1)</source>
        <translation> (de fasen van de werkvorm: %1)</translation>
    </message>
    <message>
        <source>%1 holds another role already; choose one of: %2</source>
        <translation>%1 heeft al een andere rol; kies uit: %2</translation>
    </message>
    <message>
        <source>%1: chosen by the group in phase %2</source>
        <translation>%1: kiest de groep in fase %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the members; choose one of: %2</source>
        <translation>&apos;%1&apos; is niet een van de leden; kies uit: %2</translation>
    </message>
    <message>
        <source>(nobody chose; the first member free)</source>
        <translation>(niemand koos; het eerste vrije lid)</translation>
    </message>
    <message>
        <source>(number, Enter; Esc: later)</source>
        <translation>(nummer, Enter; Esc: later)</translation>
    </message>
    <message>
        <source>(number, Enter; Esc: the first listed)</source>
        <translation>(nummer, Enter; Esc: de eerste in de lijst)</translation>
    </message>
    <message>
        <source>Chosen during the session: %1 as %2</source>
        <translation>Gekozen tijdens de sessie: %1 als %2</translation>
    </message>
    <message>
        <source>Chosen: %1 as %2, from the next phase</source>
        <translation>Gekozen: %1 als %2, vanaf de volgende fase</translation>
    </message>
    <message>
        <source>Give the number of one of the members listed</source>
        <translation>Geef het nummer van een van de genoemde leden</translation>
    </message>
    <message>
        <source>Nobody chose the %1, so Palet took %2, the first member free; %2 holds the role from %3</source>
        <translation>Niemand is gekozen als %1, dus nam Palet %2, het eerste vrije lid; %2 heeft die rol vanaf %3</translation>
    </message>
    <message>
        <source>The group chooses in this phase. %1</source>
        <translation>De groep kiest in deze fase. %1</translation>
    </message>
    <message>
        <source>The group chose %1 as %2, from %3</source>
        <translation>De groep koos %1 als %2, vanaf %3</translation>
    </message>
    <message>
        <source>Who is the %1? %2</source>
        <translation>Wie wordt %1? %2</translation>
    </message>
    <message>
        <source>a choice is &apos;choose: ROLE MEMBER&apos;, as in &apos;choose: facilitator Anna&apos;</source>
        <translation>een keuze is &apos;choose: ROL LID&apos;, zoals in &apos;choose: facilitator Anna&apos;</translation>
    </message>
    <message>
        <source>event %1 chooses %2 for the role &apos;%3&apos;: %4</source>
        <translation>gebeurtenis %1 kiest %2 voor de rol &apos;%3&apos;: %4</translation>
    </message>
    <message>
        <source>palet: cannot choose: %1
</source>
        <translation>palet: kiezen lukt niet: %1
</translation>
    </message>
    <message>
        <source>phase %1 is optional, so role %2 might never be chosen: choose it in a phase that always runs</source>
        <translation>fase %1 is optioneel, dus rol %2 wordt misschien nooit gekozen: laat de groep kiezen in een fase die altijd doorgaat</translation>
    </message>
    <message>
        <source>phase %1 names role %2, which nobody holds yet: it is chosen in phase %3 (line %4) and held from the phase after it</source>
        <translation>fase %1 noemt rol %2, die nog niemand heeft: die rol wordt gekozen in fase %3 (regel %4) en geldt vanaf de fase daarna</translation>
    </message>
    <message>
        <source>phase &apos;%1&apos; names role &apos;%2&apos; before it is chosen</source>
        <translation>fase &apos;%1&apos; noemt rol &apos;%2&apos; voordat die gekozen is</translation>
    </message>
    <message>
        <source>role %1 is chosen during the method, so one member holds it: write &apos;holders: one&apos;</source>
        <translation>rol %1 wordt tijdens de werkvorm gekozen en is dus van één lid: schrijf &apos;holders: one&apos;</translation>
    </message>
    <message>
        <source>role %1 would be chosen in the last phase, %2, and so held in none: choose it in an earlier phase</source>
        <translation>rol %1 zou in de laatste fase, %2, gekozen worden en dus in geen enkele fase gelden: laat de groep in een eerdere fase kiezen</translation>
    </message>
    <message>
        <source>role &apos;%1&apos; cannot be chosen in phase &apos;%2&apos;</source>
        <translation>rol &apos;%1&apos; kan niet in fase &apos;%2&apos; gekozen worden</translation>
    </message>
    <message>
        <source>role-chosen names no role or no member</source>
        <translation>role-chosen noemt geen rol of geen lid</translation>
    </message>
    <message>
        <source>space pause · n next · c choose · b back · + minute · q quit</source>
        <translation>spatie pauze · n volgende · c kiezen · b terug · + minuut · q stoppen</translation>
    </message>
    <message>
        <source>the role &apos;%1&apos; is not chosen during this session; the roles chosen are: %2</source>
        <translation>de rol &apos;%1&apos; wordt in deze sessie niet gekozen; wel gekozen wordt: %2</translation>
    </message>
    <message>
        <source>this session chooses no role; the plan names every holder</source>
        <translation>in deze sessie wordt geen rol gekozen; de planning noemt wie elke rol heeft</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;: use space, n, b, +, q, y, j, &apos;takeaway: text&apos;, &apos;follow-up: N text&apos; or &apos;choose: ROLE MEMBER&apos;</source>
        <translation>onbekende toets &apos;%1&apos;: gebruik space, n, b, +, q, y, j, &apos;takeaway: tekst&apos;, &apos;follow-up: N tekst&apos; of &apos;choose: ROL LID&apos;</translation>
    </message>
    <message>
        <source>unknown phase %1</source>
        <translation>onbekende fase %1</translation>
    </message>
    <message>
        <source>The group chooses in this phase: who is the %1?</source>
        <translation>De groep kiest in deze fase: wie wordt %1?</translation>
    </message>
    <message>
        <source>Chosen: %1, from the next phase. Click another name to change it.</source>
        <translation>Gekozen: %1, vanaf de volgende fase. Klik op een andere naam om dat te veranderen.</translation>
    </message>
    <message>
        <source>Nobody chosen yet: at the next phase Palet takes %1, the first listed.</source>
        <translation>Nog niemand gekozen: bij de volgende fase neemt Palet %1, de eerste in de lijst.</translation>
    </message>
    <message>
        <source>chosen by the group in phase &apos;%1&apos;</source>
        <translation>kiest de groep in fase &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 is the %2 from the next phase on.</source>
        <translation>%1 wordt %2, vanaf de volgende fase.</translation>
    </message>
</context>
</TS>
