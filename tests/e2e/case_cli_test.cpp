// palet case, through the real binary, on each back-end.

#include "records_sandbox.hpp"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>

using namespace palet::test;

namespace {

// Zorgteam with Anna and Bram, meeting on 12 March 2025.
void prepare(const RecordsSandbox& sandbox)
{
    REQUIRE(sandbox.run({"group", "create", "Zorgteam"}).exitCode == 0);
    REQUIRE(sandbox.run({"group", "add-member", "Zorgteam", "Anna", "Bram"}).exitCode == 0);
    REQUIRE(sandbox.run({"meeting", "new", "Zorgteam", "--date", "2025-03-12", "--start", "09:30", "--end", "12:30"}).exitCode == 0);
}

} // namespace

TEST_CASE("palet case add needs only the owner and a short label")
{
    const RecordsSandbox sandbox;
    prepare(sandbox);
    const auto added = sandbox.run({"case", "add", "Zorgteam@2025-03-12", "--owner", "anna", "--label", "Boze cliënt"});
    REQUIRE(added.exitCode == 0);
    CHECK(added.out == "Added case 1 to Zorgteam@2025-03-12: 'Boze cliënt' (Anna).\n");
    const QJsonObject json =
        sandbox.run({"case", "add", "zorgteam@2025-03-12", "--owner", "Bram", "--label", "Grenzen", "--json"}).json().object();
    CHECK(json == QJsonObject{{"number", 2},
                              {"owner", "Bram"},
                              {"label", "Grenzen"},
                              {"status", "brought-in"},
                              {"has_text", false},
                              {"text", QJsonValue{}},
                              {"takeaway", QJsonValue{}},
                              {"triage", QJsonValue{}},
                              {"votes", 0},
                              {"method", QJsonValue{}},
                              {"theme", QJsonValue{}},
                              {"follow_up", QJsonValue{}}});
    const auto listed = sandbox.run({"case", "list", "Zorgteam@2025-03-12"});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out == "Cases of Zorgteam@2025-03-12 (planned, 09:30–12:30): 2 cases\n"
                        "  #  OWNER  STATUS      TRIAGE   VOTES  THEME  METHOD  LABEL\n"
                        "  1  Anna   brought in  not yet  0      –      –       Boze cliënt\n"
                        "  2  Bram   brought in  not yet  0      –      –       Grenzen\n");
}

TEST_CASE("a case's text is read from standard input and shown only when asked for")
{
    const RecordsSandbox sandbox;
    prepare(sandbox);
    const QByteArray text = "Een cliënt belt elke avond na negenen.\nHoe geef ik mijn grens aan?\n";
    const auto added = sandbox.runWithInput({"case", "add", "Zorgteam@2025-03-12", "--owner", "Bram", "--label", "Grenzen",
                                             "--text", "-", "--status", "treated", "--takeaway", "Vaste belmomenten"},
                                            text);
    REQUIRE(added.exitCode == 0);
    const auto hidden = sandbox.run({"case", "list", "Zorgteam@2025-03-12"});
    CHECK(hidden.out.contains("Grenzen [has text]\n"));
    CHECK(hidden.out.contains("  1  Bram   treated  "));
    CHECK_FALSE(hidden.out.contains("negenen"));
    CHECK_FALSE(hidden.out.contains("Vaste belmomenten"));
    const auto shown = sandbox.run({"case", "list", "Zorgteam@2025-03-12", "--text"});
    CHECK(shown.out.contains("1. Grenzen (Bram, treated)\n   Een cliënt belt elke avond na negenen.\n   Hoe geef ik mijn grens aan?\n"));
    CHECK(shown.out.contains("   Takeaway: Vaste belmomenten\n"));
    const QJsonArray hiddenJson = sandbox.run({"case", "list", "Zorgteam@2025-03-12", "--json"}).json().array();
    CHECK(hiddenJson[0].toObject()["has_text"] == true);
    CHECK(hiddenJson[0].toObject()["text"].isNull());
    const QJsonArray json = sandbox.run({"case", "list", "Zorgteam@2025-03-12", "--json", "--text"}).json().array();
    CHECK(json[0].toObject()["text"] == "Een cliënt belt elke avond na negenen.\nHoe geef ik mijn grens aan?");
    CHECK(json[0].toObject()["takeaway"] == "Vaste belmomenten");
}

TEST_CASE("palet case refuses unknown owners and meetings with a suggestion")
{
    const RecordsSandbox sandbox;
    prepare(sandbox);
    const auto owner = sandbox.run({"case", "add", "Zorgteam@2025-03-12", "--owner", "Ana", "--label", "x"});
    CHECK(owner.exitCode == 1);
    CHECK(owner.err == "palet case add: Zorgteam has no member 'Ana'; did you mean 'Anna'?\n");
    const auto day = sandbox.run({"case", "list", "Zorgteam@2025-03-13"});
    CHECK(day.exitCode == 1);
    CHECK(day.err == "palet case list: Zorgteam has no meeting on 2025-03-13; did you mean 'Zorgteam@2025-03-12'?\n");
    const auto group = sandbox.run({"case", "list", "Zorgteem@2025-03-12"});
    CHECK(group.exitCode == 1);
    CHECK(group.err.contains("no group 'Zorgteem'; did you mean 'Zorgteam'?"));

    REQUIRE(sandbox.run({"meeting", "new", "Zorgteam", "--date", "2025-03-12", "--start", "14:00", "--end", "16:00"}).exitCode == 0);
    const auto twice = sandbox.run({"case", "add", "Zorgteam@2025-03-12", "--owner", "Anna", "--label", "x"});
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.contains("name the meeting with its start time: Zorgteam@2025-03-12@09:30 or Zorgteam@2025-03-12@14:00"));
    CHECK(sandbox.run({"case", "add", "Zorgteam@2025-03-12@14:00", "--owner", "Anna", "--label", "x"}).exitCode == 0);
}

TEST_CASE("palet case refuses a wrong command line with status 2")
{
    const RecordsSandbox sandbox;
    prepare(sandbox);
    const auto form = sandbox.run({"case", "add", "Zorgteam 2025-03-12", "--owner", "Anna", "--label", "x"});
    CHECK(form.exitCode == 2);
    CHECK(form.err.contains("does not name a meeting; write GROUP@YYYY-MM-DD"));
    CHECK(sandbox.run({"case", "add", "Zorgteam@12-03-2025", "--owner", "Anna", "--label", "x"}).exitCode == 2);
    CHECK(sandbox.run({"case", "add", "Zorgteam@2025-03-12", "--owner", "Anna"}).exitCode == 2);
    CHECK(sandbox.run({"case", "add", "Zorgteam@2025-03-12", "--owner", "Anna", "--label", "x", "--status", "open"}).exitCode == 2);
    const auto label = sandbox.run({"case", "add", "Zorgteam@2025-03-12", "--owner", "Anna", "--label", QString(81, 'x')});
    CHECK(label.exitCode == 1);
    CHECK(label.err.contains("at most 80 characters"));
    CHECK(sandbox.run({"case", "list", "Zorgteam@2025-03-12", "--json"}).json().array().isEmpty());
}
