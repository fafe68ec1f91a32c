// palet plan, palet agenda and palet case triage|vote|method, through the real binary, on each
// back-end; every export format is parsed back.

#include "records_sandbox.hpp"

#include "records/case_records.hpp"
#include "records/group_records.hpp"
#include "records/meeting_records.hpp"
#include "records/participation_records.hpp"

#include <catch2/catch.hpp>

#include <libical/ical.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <memory>

using namespace palet::test;

namespace {

const QString meeting = "Zorgteam@2025-03-12";

// Zorgteam with five members, no longer guided, a held meeting in January that treated Anna's
// case, and four cases brought in to the meeting on 12 March (09:30–12:30).
void prepare(const RecordsSandbox& sandbox)
{
    REQUIRE(sandbox.run({"group", "create", "Zorgteam", "--guided-meetings", "0"}).exitCode == 0);
    REQUIRE(sandbox.run({"group", "add-member", "Zorgteam", "Anna", "Bram", "Cor", "Dirk", "Eva"}).exitCode == 0);
    REQUIRE(sandbox.run({"meeting", "new", "Zorgteam", "--date", "2025-01-10", "--start", "09:30", "--end", "12:30", "--status", "held"})
                .exitCode == 0);
    REQUIRE(sandbox.run({"case", "add", "Zorgteam@2025-01-10", "--owner", "Anna", "--label", "Oud", "--status", "treated"}).exitCode == 0);
    REQUIRE(sandbox.run({"meeting", "new", "Zorgteam", "--date", "2025-03-12", "--start", "09:30", "--end", "12:30", "--place",
                         "Kamer 3"})
                .exitCode == 0);
    for (const char* owner : {"Anna", "Bram", "Cor", "Dirk"})
        REQUIRE(sandbox.run({"case", "add", meeting, "--owner", owner, "--label", QString("Vraag van %1").arg(owner)}).exitCode == 0);
}

} // namespace

TEST_CASE("cases are triaged, voted on and given a method")
{
    const RecordsSandbox sandbox;
    prepare(sandbox);
    const auto triaged = sandbox.run({"case", "triage", meeting, "3", "--as", "coaching"});
    REQUIRE(triaged.exitCode == 0);
    CHECK(triaged.out == "Case 3 'Vraag van Cor' (Cor): triaged as coaching.\n");
    CHECK(sandbox.run({"case", "vote", meeting, "2", "--votes", "4", "--json"}).json().object()["votes"] == 4);
    CHECK(sandbox.run({"case", "vote", meeting, "1", "--votes", "1"}).out.endsWith(": 1 vote.\n"));
    const auto method = sandbox.run({"case", "method", meeting, "1", "--method", "quick-method", "--json"});
    REQUIRE(method.exitCode == 0);
    CHECK(method.json().object()["method"] == "quick-method");
    CHECK(sandbox.run({"case", "triage", meeting, "3", "--as", "gossip"}).exitCode == 2);
    CHECK(sandbox.run({"case", "vote", meeting, "9", "--votes", "1"}).exitCode == 1);
    CHECK(sandbox.run({"case", "method", meeting, "1", "--method", "no-such-method"}).exitCode == 1);
}

TEST_CASE("palet plan fills the meeting, chooses the cases and saves the choice and the roles")
{
    const RecordsSandbox sandbox;
    prepare(sandbox);
    REQUIRE(sandbox.run({"case", "triage", meeting, "3", "--as", "work-meeting"}).exitCode == 0);
    REQUIRE(sandbox.run({"case", "vote", meeting, "4", "--votes", "5"}).exitCode == 0);
    const auto shown = sandbox.run({"plan", meeting, "--method", "2=quick-method"});
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.startsWith("Agenda of Zorgteam@2025-03-12, 09:30–12:30, Kamer 3\nPresent (5): Anna, Bram, Cor, Dirk, Eva\n"));
    CHECK(shown.out.contains("  09:30–"));
    CHECK(shown.out.contains("  Evaluation and next appointment"));
    CHECK(shown.out.contains("Case 2 'Vraag van Bram' (Bram): Quick method"));
    // A case set aside, and why, is for 'palet case list', not for the agenda.
    CHECK_FALSE(shown.out.contains("Vraag van Cor"));
    CHECK_FALSE(shown.out.contains("work meeting"));
    CHECK(shown.out.contains("1 case not treated this time; 'palet case list Zorgteam@2025-03-12' shows which and why."));

    const QJsonObject json = sandbox.run({"plan", meeting, "--json", "--method", "2=quick-method", "--save"}).json().object();
    CHECK(json["fits"] == true);
    CHECK(json["chosen"].toArray().first() == 4); // the most votes first
    const QJsonArray lines = json["lines"].toArray();
    CHECK(lines.first().toObject()["start"] == "09:30");
    CHECK(lines.last().toObject()["end"].toString() <= "12:30"); // every part at its longest may end early
    if (lines.last().toObject()["end"] != "12:30")
        CHECK(json["notes"].toArray().last().toString().contains("minutes before the meeting's end"));

    const auto listed = sandbox.run({"case", "list", meeting, "--json"}).json().array();
    int chosen = 0;
    for (const auto& found : listed) chosen += found.toObject()["status"] == "chosen";
    CHECK(chosen == json["chosen"].toArray().size());
    CHECK(listed[1].toObject()["method"] == "quick-method");

    // Each round's owner neither chairs nor keeps time in it.
    palet::Store store = sandbox.openStore();
    const auto found = palet::findMeeting(store, *palet::parseMeetingReference(meeting));
    REQUIRE(found);
    const auto roles = palet::rolesIn(store, found->id);
    REQUIRE(roles);
    const auto cases = palet::casesOf(store, found->id);
    REQUIRE(cases);
    int roundRoles = 0;
    for (const palet::MeetingRole& role : *roles) {
        if (!role.caseId) continue;
        ++roundRoles;
        for (const palet::Case& theCase : *cases)
            if (theCase.id == *role.caseId) CHECK(theCase.ownerId != role.memberId);
    }
    CHECK(roundRoles == 2 * json["chosen"].toArray().size());
}

TEST_CASE("a plan that does not fit says so, suggests a fix, saves nothing and fails")
{
    const RecordsSandbox sandbox;
    prepare(sandbox);
    const auto shown = sandbox.run({"plan", meeting, "--cases", "4", "--method", "1=incident-method", "--method", "2=incident-method", "--save"});
    CHECK(shown.exitCode == 1);
    CHECK(shown.out.contains("Does not fit:\n  - the agenda needs at least "));
    CHECK(shown.out.contains("minutes short"));
    CHECK(shown.out.contains("Would fit:\n"));
    CHECK(shown.out.contains("a later end: "));
    CHECK_FALSE(sandbox.run({"case", "list", meeting}).out.contains("chosen"));
}

TEST_CASE("a meeting with two present does not go ahead")
{
    const RecordsSandbox sandbox;
    prepare(sandbox);
    const auto refused = sandbox.run({"plan", meeting, "--absent", "Anna,Bram,Cor"});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("at least 3 members present; 2 are"));
    CHECK(sandbox.run({"plan", meeting, "--absent", "Anna,Bram"}).exitCode == 0);
    CHECK(sandbox.run({"plan", meeting, "--absent", "Nobody"}).exitCode == 1);
    CHECK(sandbox.run({"plan", meeting, "--method", "one=quick-method"}).exitCode == 2);
}

TEST_CASE("palet agenda writes every format, and each reads back")
{
    const RecordsSandbox sandbox;
    prepare(sandbox);
    const QJsonObject json = sandbox.run({"agenda", meeting, "--format", "json"}).json().object();
    const QJsonArray lines = json["lines"].toArray();
    REQUIRE(lines.size() >= 6);
    CHECK(json["meeting"] == meeting);

    SECTION("text and Markdown hold every line's clock time")
    {
        const auto text = sandbox.run({"agenda", meeting});
        const auto markdown = sandbox.run({"agenda", meeting, "--format", "md"});
        REQUIRE(text.exitCode == 0);
        REQUIRE(markdown.exitCode == 0);
        CHECK(markdown.out.startsWith("# Agenda of Zorgteam@2025-03-12"));
        for (const auto& line : lines) {
            const QString span = line.toObject()["start"].toString() + "–" + line.toObject()["end"].toString();
            CHECK(text.out.contains("  " + span + "  "));
            CHECK(markdown.out.contains("| " + span + " | "));
        }
    }

    SECTION("HTML is well-formed XHTML with one table row per line")
    {
        const auto html = sandbox.run({"agenda", meeting, "--format", "html"});
        REQUIRE(html.exitCode == 0);
        QXmlStreamReader reader{html.out};
        int rows = 0;
        QStringList firstCells;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement() && reader.name() == u"tr") ++rows;
            if (reader.isStartElement() && reader.name() == u"td" && firstCells.size() < 1) firstCells << reader.readElementText();
        }
        CHECK_FALSE(reader.hasError());
        CHECK(rows == lines.size() + 1); // and the heading
        CHECK(firstCells.first() == lines.first().toObject()["start"].toString() + "–" + lines.first().toObject()["end"].toString());
    }

    SECTION("iCalendar opens with libical: one event for the meeting, one per part when asked")
    {
        for (const bool eachPart : {false, true}) {
            QStringList arguments{"agenda", meeting, "--format", "ics"};
            if (eachPart) arguments << "--each-part";
            const auto ics = sandbox.run(arguments);
            REQUIRE(ics.exitCode == 0);
            const std::unique_ptr<icalcomponent, decltype(&icalcomponent_free)> calendar{
                icalparser_parse_string(ics.out.toUtf8().constData()), &icalcomponent_free};
            REQUIRE(calendar);
            CHECK(icalcomponent_isa(calendar.get()) == ICAL_VCALENDAR_COMPONENT);
            const int events = icalcomponent_count_components(calendar.get(), ICAL_VEVENT_COMPONENT);
            CHECK(events == (eachPart ? 1 + lines.size() : 1));
            icalcomponent* first = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
            REQUIRE(first);
            const icaltimetype start = icalcomponent_get_dtstart(first);
            const icaltimetype end = icalcomponent_get_dtend(first);
            CHECK(start.year == 2025);
            CHECK(start.month == 3);
            CHECK(start.day == 12);
            CHECK(start.hour == 9);
            CHECK(start.minute == 30);
            CHECK(end.hour == 12);
            CHECK(end.minute == 30);
            CHECK(QString::fromUtf8(icalcomponent_get_summary(first)) == "Intervision Zorgteam");
            CHECK(QString::fromUtf8(icalcomponent_get_location(first)) == "Kamer 3");
            CHECK(QString::fromUtf8(icalcomponent_get_description(first)).contains("Opening and look-back"));
        }
    }

    CHECK(sandbox.run({"agenda", meeting, "--format", "pdf"}).exitCode == 2);
}

TEST_CASE("no agenda names a case set aside or why, and a calendar names no one unless asked")
{
    const RecordsSandbox sandbox;
    prepare(sandbox);
    REQUIRE(sandbox.run({"case", "triage", meeting, "3", "--as", "coaching"}).exitCode == 0);
    REQUIRE(sandbox.run({"case", "add", meeting, "--owner", "Eva", "--label", "Geheim-Kanarie-4411"}).exitCode == 0);
    REQUIRE(sandbox.run({"case", "triage", meeting, "5", "--as", "work-meeting"}).exitCode == 0);
    for (const QString format : {"text", "md", "html", "json", "ics"}) {
        const auto agenda = sandbox.run({"agenda", meeting, "--format", format});
        INFO(format.toStdString());
        REQUIRE(agenda.exitCode == 0);
        for (const QString secret : {"Vraag van Cor", "Geheim-Kanarie-4411", "coaching", "work meeting", "work-meeting",
                                     "too personal", "set_aside"})
            CHECK_FALSE(agenda.out.contains(secret, Qt::CaseInsensitive));
    }
    const auto ics = sandbox.run({"agenda", meeting, "--format", "ics", "--each-part"});
    for (const QString name : {"Anna", "Bram", "Cor", "Dirk", "Eva", "Vraag van"}) // "Eva", not "Evaluation"
        CHECK_FALSE(ics.out.contains(QRegularExpression{"\\b" + name + "\\b"}));
    CHECK(ics.out.contains("SUMMARY:Intervision Zorgteam"));
    CHECK(ics.out.contains("LOCATION:Kamer 3"));
    const auto withCases = sandbox.run({"agenda", meeting, "--format", "ics", "--with-cases"});
    CHECK(withCases.out.contains("Vraag van Anna"));
    CHECK(withCases.out.contains("Bram"));
    CHECK_FALSE(withCases.out.contains("Vraag van Cor"));

    const auto html = sandbox.run({"agenda", meeting, "--format", "html", "--lang", "nl"});
    CHECK(html.out.contains("<h1>Intervisie Zorgteam — 12 maart 2025</h1>"));
    CHECK(html.out.contains("@page { size: A4;"));
    CHECK(html.out.contains("break-inside: avoid"));
    CHECK(html.out.contains("Vertrouwelijk: wat in de groep gezegd wordt, blijft in de groep."));
    const auto english = sandbox.run({"agenda", meeting, "--format", "html"});
    CHECK(english.out.contains("<title>Intervision Zorgteam — 12 March 2025</title>"));
    CHECK(english.out.contains("Confidential: what is said in the group stays in the group."));
    const auto handout = sandbox.run({"show", "peer-consultation", "--format", "html", "--lang", "nl"});
    CHECK(handout.out.contains("@page { size: A4;"));
    CHECK(handout.out.contains("Vertrouwelijk: wat in de groep gezegd wordt, blijft in de groep."));
}

TEST_CASE("a group may need more members present than three")
{
    const RecordsSandbox sandbox;
    REQUIRE(sandbox.run({"group", "create", "Klein", "--minimum-present", "4", "--guided-meetings", "0"}).exitCode == 0);
    CHECK(sandbox.run({"group", "show", "Klein", "--json"}).json().object()["minimum_present"] == 4);
    REQUIRE(sandbox.run({"group", "add-member", "Klein", "Anna", "Bram", "Cor", "Dirk"}).exitCode == 0);
    REQUIRE(sandbox.run({"meeting", "new", "Klein", "--date", "2025-04-01", "--start", "19:00", "--end", "21:30"}).exitCode == 0);
    REQUIRE(sandbox.run({"case", "add", "Klein@2025-04-01", "--owner", "Anna", "--label", "Vraag"}).exitCode == 0);
    CHECK(sandbox.run({"plan", "Klein@2025-04-01"}).exitCode == 0);
    const auto refused = sandbox.run({"plan", "Klein@2025-04-01", "--absent", "Dirk"});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("at least 4 members present; 3 are"));
    CHECK(sandbox.run({"group", "create", "Te klein", "--minimum-present", "1"}).exitCode == 2);
}
