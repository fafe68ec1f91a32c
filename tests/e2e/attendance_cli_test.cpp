// palet attendance, through the real binary on each back-end, in English and in Dutch.

#include "pdf_text.hpp"
#include "records_sandbox.hpp"

#include "records/group_records.hpp"
#include "records/meeting_outcome.hpp"
#include "records/meeting_records.hpp"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace palet::test;

namespace {

const QString meeting = "Zorgteam@2025-03-12";

// Zorgteam with Anna, Bram and Cor, and a meeting on 12 March 2025 recorded as held.
void prepare(const RecordsSandbox& sandbox)
{
    REQUIRE(sandbox.run({"group", "create", "Zorgteam", "--profession", "wijkverpleegkundigen"}).exitCode == 0);
    REQUIRE(sandbox.run({"group", "add-member", "Zorgteam", "Anna", "Bram", "Cor"}).exitCode == 0);
    REQUIRE(sandbox.run({"meeting", "new", "Zorgteam", "--date", "2025-03-12", "--start", "09:30", "--end", "12:30",
                         "--status", "held", "--facilitator", "Els"})
                .exitCode == 0);
}

// Zorgteam with five members (two with a PE register; Eva, who joined later, without a record),
// and a meeting on 12 March 2025, 09:30–12:30, recorded as a run would: Anna, Bram and Cor
// present, Dirk absent; the parts took 2 h 50 min, a quarter of an hour of it a break.
void recordRun(const RecordsSandbox& sandbox)
{
    REQUIRE(sandbox.run({"group", "create", "Zorgteam", "--profession", "wijkverpleegkundigen"}).exitCode == 0);
    REQUIRE(sandbox.run({"group", "add-member", "Zorgteam", "Anna", "--pe-register", "MfN 12345"}).exitCode == 0);
    REQUIRE(sandbox.run({"group", "add-member", "Zorgteam", "Bram", "--pe-register", "SKJ 100200300"}).exitCode == 0);
    REQUIRE(sandbox.run({"group", "add-member", "Zorgteam", "Cor", "Dirk", "Eva"}).exitCode == 0);
    REQUIRE(sandbox.run({"meeting", "new", "Zorgteam", "--date", "2025-03-12", "--start", "09:30", "--end", "12:30",
                         "--facilitator", "Els de Gids", "--place", "Buurthuis De Kern"})
                .exitCode == 0);
    palet::Store store = sandbox.openStore();
    const auto found = palet::findMeeting(store, *palet::parseMeetingReference(meeting));
    REQUIRE(found);
    const auto members = palet::membersOf(store, found->groupId);
    REQUIRE(members);
    std::map<QString, qint64> ids;
    for (const palet::Member& member : *members) ids[member.name] = member.id;
    palet::MeetingOutcome outcome;
    outcome.present = {ids["Anna"], ids["Bram"], ids["Cor"]};
    outcome.absent = {ids["Dirk"]};
    outcome.parts = {{1, "Opening", "block-opening", std::nullopt, 900, 960, std::nullopt},
                     {2, "Ronde 1", "peer-consultation", 1, 3600, 3900, std::nullopt},
                     {3, "Pauze", "block-break", std::nullopt, 900, 900, std::nullopt},
                     {4, "Ronde 2", "peer-consultation", 2, 3600, 3540, std::nullopt},
                     {5, "Afsluiting", "block-closing-round", std::nullopt, 900, 900, std::nullopt}};
    REQUIRE(palet::recordMeetingOutcome(store, found->id, outcome));
}

} // namespace

TEST_CASE("palet attendance MEETING gives the proof of attendance in JSON, Markdown and HTML")
{
    RecordsSandbox sandbox;
    recordRun(sandbox);
    REQUIRE(sandbox.run({"attendance", "confirm", meeting, "--member", "Bram"}).exitCode == 0);

    const auto json = sandbox.run({"attendance", meeting, "--format", "json"});
    REQUIRE(json.exitCode == 0);
    const QJsonObject sheet = json.json().object();
    CHECK(sheet["meeting"] == meeting);
    CHECK(sheet["group"] == "Zorgteam");
    CHECK(sheet["profession"] == "wijkverpleegkundigen");
    CHECK(sheet["date"] == "2025-03-12");
    CHECK(sheet["start"] == "09:30");
    CHECK(sheet["end"] == "12:30");
    CHECK(sheet["guide"] == "Els de Gids");
    CHECK(sheet["held_seconds"] == 10200); // the parts as run, not the three hours planned
    CHECK(sheet["held_from_run"] == true);
    const QJsonArray present = sheet["present"].toArray();
    REQUIRE(present.size() == 3);
    CHECK(present[0]["member"] == "Anna");
    CHECK(present[0]["pe_register"] == "MfN 12345");
    CHECK(present[0]["confirmed_at"].isNull());
    CHECK(present[1]["member"] == "Bram");
    CHECK(present[1]["confirmed_via"] == "command-line");
    CHECK(present[1]["confirmed_at"].toString().endsWith('Z'));
    CHECK(present[2]["member"] == "Cor");
    CHECK(present[2]["pe_register"].isNull());
    const QJsonArray absent = sheet["absent"].toArray();
    REQUIRE(absent.size() == 1);
    CHECK(absent[0]["member"] == "Dirk");
    // Eva has no record of a meeting whose attendance the run recorded: she was not a member then.
    CHECK(sheet["unrecorded"].toArray().isEmpty());

    const auto md = sandbox.run({"attendance", meeting});
    REQUIRE(md.exitCode == 0);
    CHECK(md.out.startsWith("# Proof of attendance: Zorgteam@2025-03-12\n"));
    CHECK(md.out.contains("- **Hours held:** 2 h 50 min, as recorded by the run\n"));
    CHECK(md.out.contains("- **Guide:** Els de Gids\n"));
    CHECK(md.out.contains("## Present (3)"));
    CHECK(md.out.contains("| Anna | MfN 12345 | ____________________ |"));
    CHECK(md.out.contains("| Bram | SKJ 100200300 | confirmed at "));
    CHECK_FALSE(md.out.contains("Eva"));
    CHECK(md.out.contains("## Absent (1)\n\n- Dirk\n"));

    const auto html = sandbox.run({"attendance", meeting, "--format", "html"});
    REQUIRE(html.exitCode == 0);
    CHECK(html.out.contains("<h1>Proof of attendance: Zorgteam@2025-03-12</h1>"));
    CHECK(html.out.contains("<td>Anna</td><td>MfN 12345</td>"));

    sandbox.set("LANG", "nl_NL.UTF-8");
    const auto dutch = sandbox.run({"attendance", meeting});
    REQUIRE(dutch.exitCode == 0);
    CHECK(dutch.out.startsWith("# Presentielijst: Zorgteam@2025-03-12\n"));
    CHECK(dutch.out.contains("- **Duur:** 2 u 50 min, zoals vastgelegd bij het uitvoeren\n"));
    CHECK(dutch.out.contains("- **Begeleider:** Els de Gids\n"));
    CHECK(dutch.out.contains("## Aanwezig (3)"));
    CHECK(dutch.out.contains("## Afwezig (1)"));
    CHECK(dutch.out.contains("| Bram | SKJ 100200300 | bevestigd om "));
}

TEST_CASE("palet attendance MEETING --format pdf writes a PDF that reads back with pdftotext")
{
    RecordsSandbox sandbox;
    recordRun(sandbox);
    const QString file = sandbox.path("presentielijst.pdf");
    const auto written = sandbox.run({"attendance", meeting, "--format", "pdf", "--out", file});
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    CHECK(written.out == QString("Wrote the proof of attendance of %1 to %2.\n").arg(meeting, file));
    QFile pdf{file};
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");
    const QString text = pdfText(file);
    CHECK(text.contains("Proof of attendance:"));
    CHECK(text.contains("Zorgteam@2025-03-12"));
    CHECK(text.contains("wijkverpleegkundigen"));
    CHECK(text.contains("2 h 50 min"));
    CHECK(text.contains("Els de Gids"));
    CHECK(text.contains("MfN 12345"));
    CHECK(text.contains("Dirk"));

    sandbox.set("LANG", "nl_NL.UTF-8");
    const QString dutchFile = sandbox.path("nl.pdf");
    REQUIRE(sandbox.run({"attendance", meeting, "--format", "pdf", "--out", dutchFile}).exitCode == 0);
    const QString dutch = pdfText(dutchFile);
    CHECK(dutch.contains("Presentielijst:"));
    CHECK(dutch.contains("Handtekening"));
}

TEST_CASE("palet attendance refuses a meeting not held and a format it does not know, and writes nothing")
{
    RecordsSandbox sandbox;
    prepare(sandbox);
    REQUIRE(sandbox.run({"meeting", "new", "Zorgteam", "--date", "2099-01-05", "--start", "09:30", "--end", "12:30"}).exitCode == 0);
    const QString file = sandbox.path("nothing.pdf");
    const auto planned = sandbox.run({"attendance", "Zorgteam@2099-01-05", "--format", "pdf", "--out", file});
    CHECK(planned.exitCode == 1);
    CHECK(planned.err.startsWith("palet attendance: Zorgteam@2099-01-05 is planned, not held;"));
    CHECK_FALSE(QFile::exists(file));
    const auto format = sandbox.run({"attendance", meeting, "--format", "docx"});
    CHECK(format.exitCode == 2);
    CHECK(format.err.startsWith("palet attendance: --format must be md, html, json or pdf, not 'docx'"));
    CHECK(sandbox.run({"attendance"}).exitCode == 2);
    const auto unwritable = sandbox.run({"attendance", meeting, "--out", sandbox.path("no/such/folder/list.md")});
    CHECK(unwritable.exitCode == 1);
    CHECK(unwritable.err.contains("cannot write"));

    // A meeting recorded as held without a run: scheduled hours, and everyone a line to sign.
    const QJsonObject sheet = sandbox.run({"attendance", meeting, "--format", "json"}).json().object();
    CHECK(sheet["held_seconds"] == 3 * 3600);
    CHECK(sheet["held_from_run"] == false);
    CHECK(sheet["present"].toArray().isEmpty());
    CHECK(sheet["unrecorded"].toArray().size() == 3);
}

TEST_CASE("palet attendance confirm records a member's confirmation with the time, once")
{
    RecordsSandbox sandbox;
    prepare(sandbox);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const auto confirmed = sandbox.run({"attendance", "confirm", meeting, "--member", "anna", "--json"});
    REQUIRE(confirmed.exitCode == 0);
    const QJsonObject json = confirmed.json().object();
    CHECK(json["meeting"] == meeting);
    CHECK(json["member"] == "Anna");
    CHECK(json["channel"] == "command-line");
    CHECK(json["earlier"] == false);
    const QDateTime at = QDateTime::fromString(json["confirmed_at"].toString(), Qt::ISODate);
    CHECK(json["confirmed_at"].toString().endsWith('Z'));
    CHECK(at >= before);
    CHECK(at <= QDateTime::currentDateTimeUtc());

    const QString local = at.toLocalTime().toString("yyyy-MM-dd HH:mm");
    const auto again = sandbox.run({"attendance", "confirm", meeting, "--member", "Anna"});
    CHECK(again.exitCode == 0);
    CHECK(again.out == QString("Anna had already confirmed being at %1, at %2; nothing changed.\n").arg(meeting, local));

    const auto bram = sandbox.run({"attendance", "confirm", meeting, "--member", "Bram"});
    CHECK(bram.exitCode == 0);
    CHECK(bram.out.startsWith("Bram confirmed being at Zorgteam@2025-03-12, at "));

    sandbox.set("LANG", "nl_NL.UTF-8");
    const auto dutch = sandbox.run({"attendance", "confirm", meeting, "--member", "Cor"});
    CHECK(dutch.exitCode == 0);
    CHECK(dutch.out.startsWith("Cor heeft bevestigd aanwezig te zijn bij Zorgteam@2025-03-12, om "));
    const auto dutchAgain = sandbox.run({"attendance", "confirm", meeting, "--member", "Anna"});
    CHECK(dutchAgain.out == QString("Anna had al bevestigd aanwezig te zijn bij %1, om %2; er is niets veranderd.\n")
                                .arg(meeting, local));
}

TEST_CASE("palet attendance confirm refuses what cannot be confirmed and changes nothing")
{
    RecordsSandbox sandbox;
    prepare(sandbox);
    REQUIRE(sandbox.run({"meeting", "new", "Zorgteam", "--date", "2099-01-05", "--start", "09:30", "--end", "12:30"}).exitCode == 0);

    const auto future = sandbox.run({"attendance", "confirm", "Zorgteam@2099-01-05", "--member", "Anna"});
    CHECK(future.exitCode == 1);
    CHECK(future.err == "palet attendance confirm: the meeting of Zorgteam on 2099-01-05 at 09:30 has not started yet; "
                        "presence is confirmed once it runs or has been held\n");
    const auto stranger = sandbox.run({"attendance", "confirm", meeting, "--member", "Anne"});
    CHECK(stranger.exitCode == 1);
    CHECK(stranger.err == "palet attendance confirm: Zorgteam has no member 'Anne'; did you mean 'Anna'?\n");
    const auto noDay = sandbox.run({"attendance", "confirm", "Zorgteam@2025-03-13", "--member", "Anna"});
    CHECK(noDay.exitCode == 1);
    CHECK(noDay.err.contains("Zorgteam has no meeting on 2025-03-13"));

    CHECK(sandbox.run({"attendance", "confirm", meeting}).exitCode == 2);
    CHECK(sandbox.run({"attendance", "confirm", "--member", "Anna"}).exitCode == 2);
    CHECK(sandbox.run({"attendance", "confirm", "Zorgteam", "--member", "Anna"}).exitCode == 2);
    CHECK(sandbox.run({"attendance", "confrim", meeting, "--member", "Anna"}).err.contains("did you mean 'confirm'?"));

    sandbox.set("LANG", "nl_NL.UTF-8");
    const auto dutch = sandbox.run({"attendance", "confirm", "Zorgteam@2099-01-05", "--member", "Anna"});
    CHECK(dutch.exitCode == 1);
    CHECK(dutch.err == "palet attendance confirm: de bijeenkomst van Zorgteam op 2099-01-05 om 09:30 is nog niet "
                       "begonnen; je bevestigt je aanwezigheid zodra ze loopt of gehouden is\n");

    // Nothing was recorded by any of these: the first real confirmation is new.
    sandbox.set("LANG", "C.UTF-8");
    const QJsonObject first = sandbox.run({"attendance", "confirm", meeting, "--member", "Anna", "--json"}).json().object();
    CHECK(first["earlier"] == false);
}
