// Choosing what a meeting treats, through the real binary on each back-end: triage, votes, themes
// and methods, in English and in Dutch; the look-back at last time's cases in every agenda
// format; what cannot work refused and what is unusual said.

#include "records_sandbox.hpp"

#include <catch2/catch.hpp>

#include <libical/ical.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QXmlStreamReader>

#include <memory>

using namespace palet;
using namespace palet::test;

namespace {

const QString meeting = "Zorgteam@2025-03-12";

// Zorgteam of six, no longer guided; a planned meeting 13:00–16:00 with three cases.
void prepare(const RecordsSandbox& sandbox)
{
    REQUIRE(sandbox.run({"group", "create", "Zorgteam", "--guided-meetings", "0"}).exitCode == 0);
    REQUIRE(sandbox.run({"group", "add-member", "Zorgteam", "Anna", "Bram", "Carla", "Daan", "Eva", "Fleur"}).exitCode == 0);
    REQUIRE(sandbox.run({"meeting", "new", "Zorgteam", "--date", "2025-03-12", "--start", "13:00", "--end", "16:00"}).exitCode == 0);
    for (const char* owner : {"Anna", "Bram", "Carla"})
        REQUIRE(sandbox.run({"case", "add", meeting, "--owner", owner, "--label", QString("Vraag van %1").arg(owner)}).exitCode == 0);
}

} // namespace

TEST_CASE("Dutch words are shown and accepted for triage, statuses and themes, with a did-you-mean")
{
    RecordsSandbox sandbox;
    prepare(sandbox);
    const auto triaged = sandbox.run({"case", "triage", meeting, "2", "--as", "werkoverleg"});
    REQUIRE(triaged.exitCode == 0);
    CHECK(triaged.out.contains("triaged as work meeting"));
    CHECK(sandbox.run({"case", "triage", meeting, "1", "--as", "intervisie"}).exitCode == 0);
    const auto misspelt = sandbox.run({"case", "triage", meeting, "1", "--as", "werkoverlg"});
    CHECK(misspelt.exitCode == 2);
    CHECK(misspelt.err.contains("did you mean 'werkoverleg'?"));
    CHECK(sandbox.run({"case", "theme", meeting, "1", "--theme", "communicatie"}).exitCode == 0);
    CHECK(sandbox.run({"case", "list", meeting, "--json"}).json().array()[0].toObject()["theme"] == "communication");
    const auto unknownTheme = sandbox.run({"case", "theme", meeting, "1", "--theme", "comunicatie"});
    CHECK(unknownTheme.exitCode == 2);
    CHECK(unknownTheme.err.contains("did you mean 'communicatie'?"));
    CHECK(sandbox.run({"case", "add", meeting, "--owner", "Daan", "--label", "Oud", "--status", "behandeld", "--json"})
              .json()
              .object()["status"] == "treated");

    sandbox.set("LANG", "nl_NL.UTF-8");
    const auto dutch = sandbox.run({"case", "list", meeting});
    REQUIRE(dutch.exitCode == 0);
    CHECK(dutch.out.contains("gepland"));
    CHECK(dutch.out.contains("ingebracht"));
    CHECK(dutch.out.contains("werkoverleg"));
    CHECK(dutch.out.contains("intervisie"));
    CHECK(dutch.out.contains("communicatie"));
    CHECK(dutch.out.contains("behandeld"));
    CHECK_FALSE(dutch.out.contains("brought-in"));
    CHECK_FALSE(dutch.out.contains("work-meeting"));

    const auto themes = sandbox.run({"list", "--themes"});
    REQUIRE(themes.exitCode == 0);
    CHECK(themes.out.contains("communicatie"));
    CHECK(themes.out.contains("werkprobleem"));
    CHECK(sandbox.run({"list", "--theme", "dilemma"}).out.contains("socratic-method"));
    CHECK(sandbox.run({"list", "--theme", "communicatie"}).out.contains("gossip-method"));
    CHECK(sandbox.run({"list", "--theme", "comunicatie"}).err.contains("bedoel je 'communicatie'?"));
    const auto recommended =
        sandbox.run({"recommend", "--group-size", "6", "--minutes", "90", "--experience", "experienced", "--problem", "communicatie"});
    REQUIRE(recommended.exitCode == 0);
    CHECK(recommended.out.contains("past bij het thema communicatie"));
    CHECK(sandbox.run({"recommend", "--group-size", "6", "--minutes", "60", "--problem", "comunicatie"}).exitCode == 2);
}

TEST_CASE("case list shows triage, votes, theme and method, and votes are bounded by the group's members")
{
    const RecordsSandbox sandbox;
    prepare(sandbox);
    REQUIRE(sandbox.run({"case", "triage", meeting, "1", "--as", "coaching"}).exitCode == 0);
    REQUIRE(sandbox.run({"case", "vote", meeting, "2", "--votes", "6"}).exitCode == 0);
    REQUIRE(sandbox.run({"case", "method", meeting, "3", "--method", "quick-method"}).exitCode == 0);
    const auto listed = sandbox.run({"case", "list", meeting});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.contains("TRIAGE"));
    CHECK(listed.out.contains("VOTES"));
    CHECK(listed.out.contains("METHOD"));
    CHECK(listed.out.contains("coaching"));
    CHECK(listed.out.contains("quick-method"));
    CHECK(listed.out.contains("brought in"));

    const auto tooMany = sandbox.run({"case", "vote", meeting, "2", "--votes", "9"});
    CHECK(tooMany.exitCode == 1);
    CHECK(tooMany.err.contains("each member votes once for a case and Zorgteam has 6 members"));
    CHECK(sandbox.run({"case", "list", meeting, "--json"}).json().array()[1].toObject()["votes"] == 6);
}

TEST_CASE("the methods vary over a meeting's cases and the plan says why")
{
    const RecordsSandbox sandbox;
    prepare(sandbox);
    const QJsonObject plan = sandbox.run({"plan", meeting, "--json"}).json().object();
    QStringList methods;
    for (const QJsonValue& line : plan["lines"].toArray()) {
        if (line["kind"] != "round") continue;
        methods << line["method"].toString();
        CHECK_FALSE(line["why"].toArray().isEmpty());
    }
    REQUIRE(methods.size() == 3);
    methods.removeDuplicates();
    CHECK(methods.size() == 3);
    const auto text = sandbox.run({"plan", meeting});
    CHECK(text.out.contains("Why these methods:\n"));
    CHECK(text.out.contains("the methods vary over the meeting"));

    // The group's choice is kept, and said.
    REQUIRE(sandbox.run({"case", "method", meeting, "1", "--method", "socratic-method"}).exitCode == 0);
    const QJsonObject chosen = sandbox.run({"plan", meeting, "--json"}).json().object();
    for (const QJsonValue& line : chosen["lines"].toArray())
        if (line["kind"] == "round" && line["case"]["number"] == 1) {
            CHECK(line["method"] == "socratic-method");
            CHECK(line["why"].toArray().first() == "the group's choice");
        }
}

TEST_CASE("a meeting that cannot work is refused with the reason, and an unusual one gets a word")
{
    const RecordsSandbox sandbox;
    prepare(sandbox);
    const auto tooShort = sandbox.run({"meeting", "new", "Zorgteam", "--date", "2025-04-01", "--start", "13:00", "--end", "13:45"});
    CHECK(tooShort.exitCode == 1);
    CHECK(tooShort.err.contains("too short"));
    const auto tooLong = sandbox.run({"meeting", "new", "Zorgteam", "--date", "2025-04-02", "--start", "08:00", "--end", "16:30"});
    CHECK(tooLong.exitCode == 1);
    CHECK(tooLong.err.contains("longer than a working day"));
    const auto hour = sandbox.run({"meeting", "new", "Zorgteam", "--date", "2025-04-03", "--start", "13:00", "--end", "14:00"});
    CHECK(hour.exitCode == 0);
    CHECK(hour.err.contains("usually take 2.5 to 3 hours"));
    CHECK(sandbox.run({"plan", "Zorgteam@2025-04-03", "--json"}).json().object()["warnings"].toArray().first().toString().contains(
        "usually take 2.5 to 3 hours"));

    REQUIRE(sandbox.run({"group", "add-member", "Zorgteam", "Gijs", "Hanna", "Ilse", "Joost", "Kees", "Lotte"}).exitCode == 0);
    const QJsonArray warnings = sandbox.run({"plan", meeting, "--json"}).json().object()["warnings"].toArray();
    bool said = false;
    for (const QJsonValue& warning : warnings) said = said || warning.toString().contains("12 members present; intervision works best with 4 to 8");
    CHECK(said);
}

TEST_CASE("the agenda looks back at last time's cases with owner, label and takeaway, in every format")
{
    const RecordsSandbox sandbox;
    prepare(sandbox);
    REQUIRE(sandbox.run({"meeting", "new", "Zorgteam", "--date", "2025-01-15", "--start", "13:00", "--end", "16:00", "--status", "held"})
                .exitCode == 0);
    REQUIRE(sandbox.run({"case", "add", "Zorgteam@2025-01-15", "--owner", "Eva", "--label", "Lastige ouder", "--status", "treated",
                         "--takeaway", "Eerst luisteren, dan pas uitleggen"})
                .exitCode == 0);
    const QJsonObject json = sandbox.run({"agenda", meeting, "--format", "json"}).json().object();
    const QJsonArray lookBack = json["look_back"].toArray();
    REQUIRE(lookBack.size() == 1);
    CHECK(lookBack[0]["owner"] == "Eva");
    CHECK(lookBack[0]["label"] == "Lastige ouder");
    CHECK(lookBack[0]["takeaway"] == "Eerst luisteren, dan pas uitleggen");
    CHECK(lookBack[0]["meeting"] == "Zorgteam@2025-01-15");
    const QString item = "case 1 'Lastige ouder' (Eva) — takeaway: Eerst luisteren, dan pas uitleggen";
    CHECK(sandbox.run({"agenda", meeting}).out.contains("Look back at Zorgteam@2025-01-15:\n  - " + item));
    CHECK(sandbox.run({"agenda", meeting, "--format", "md"}).out.contains("## Look back at Zorgteam@2025-01-15\n\n- " + item));
    const auto html = sandbox.run({"agenda", meeting, "--format", "html"});
    CHECK(html.out.contains("<h2>Look back at Zorgteam@2025-01-15</h2>"));
    QXmlStreamReader reader{html.out};
    while (!reader.atEnd()) reader.readNext();
    CHECK_FALSE(reader.hasError());
    // A calendar leaves the group: it looks back only when asked to name cases.
    const auto plainIcs = sandbox.run({"agenda", meeting, "--format", "ics"});
    const std::unique_ptr<icalcomponent, decltype(&icalcomponent_free)> plainCalendar{
        icalparser_parse_string(plainIcs.out.toUtf8().constData()), &icalcomponent_free};
    REQUIRE(plainCalendar);
    icalcomponent* plainEvent = icalcomponent_get_first_component(plainCalendar.get(), ICAL_VEVENT_COMPONENT);
    REQUIRE(plainEvent);
    CHECK_FALSE(QString::fromUtf8(icalcomponent_get_description(plainEvent)).contains("Lastige ouder"));
    const auto ics = sandbox.run({"agenda", meeting, "--format", "ics", "--with-cases"});
    const std::unique_ptr<icalcomponent, decltype(&icalcomponent_free)> calendar{icalparser_parse_string(ics.out.toUtf8().constData()),
                                                                               &icalcomponent_free};
    REQUIRE(calendar);
    icalcomponent* event = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
    REQUIRE(event);
    CHECK(QString::fromUtf8(icalcomponent_get_description(event)).contains(item));
}

TEST_CASE("a case treated for the first time leaves out the phase that reports back on earlier actions")
{
    const RecordsSandbox sandbox;
    prepare(sandbox);
    REQUIRE(sandbox.run({"case", "method", meeting, "1", "--method", "action-learning-set"}).exitCode == 0);
    const QJsonObject plan = sandbox.run({"plan", meeting, "--json"}).json().object();
    bool found = false;
    for (const QJsonValue& line : plan["lines"].toArray()) {
        if (line["method"] != "action-learning-set") continue;
        found = true;
        const QJsonArray phases = line["phases"].toArray();
        REQUIRE_FALSE(phases.isEmpty());
        CHECK(phases.first()["id"] == "present");
        for (const QJsonValue& phase : phases) CHECK(phase["id"] != "report-back");
    }
    CHECK(found);
}
