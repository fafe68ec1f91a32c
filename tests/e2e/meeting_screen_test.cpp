// The full-screen view of a stored meeting, in English and in Dutch, through tmux on each
// back-end: every part's roles with the guide in the chair, labelled numbers, the time of day, the
// look-back at last time's cases, and the owner's follow-up recorded with f. In Dutch with a
// locale this machine lacks (nl_NL.UTF-8): the screen still draws, the language stays Dutch.

#include "records_sandbox.hpp"
#include "tmux_session.hpp"

#include "records/case_records.hpp"
#include "records/meeting_records.hpp"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace palet;
using namespace palet::test;

namespace {

const QString meeting = "Zorgteam@2025-03-12";

// A guided group of six; in January Eva's and Bram's cases were treated, with takeaways; the
// March meeting has two cases and a saved plan.
void prepare(const RecordsSandbox& sandbox)
{
    REQUIRE(sandbox.run({"group", "create", "Zorgteam", "--guide", "Marieke"}).exitCode == 0);
    REQUIRE(sandbox.run({"group", "add-member", "Zorgteam", "Anna", "Bram", "Carla", "Daan", "Eva", "Fleur"}).exitCode == 0);
    REQUIRE(sandbox.run({"meeting", "new", "Zorgteam", "--date", "2025-01-15", "--start", "13:00", "--end", "16:00", "--status", "held"})
                .exitCode == 0);
    REQUIRE(sandbox.run({"case", "add", "Zorgteam@2025-01-15", "--owner", "Eva", "--label", "Lastige ouder", "--status", "treated",
                         "--takeaway", "Eerst luisteren"})
                .exitCode == 0);
    REQUIRE(sandbox.run({"case", "add", "Zorgteam@2025-01-15", "--owner", "Bram", "--label", "Grenzen", "--status", "treated"}).exitCode == 0);
    REQUIRE(sandbox.run({"meeting", "new", "Zorgteam", "--date", "2025-03-12", "--start", "13:00", "--end", "16:00"}).exitCode == 0);
    for (const char* owner : {"Anna", "Carla"})
        REQUIRE(sandbox.run({"case", "add", meeting, "--owner", owner, "--label", QString("Vraag van %1").arg(owner)}).exitCode == 0);
    REQUIRE(sandbox.run({"plan", meeting, "--save"}).exitCode == 0);
}

struct Words {
    QString language;
    QString part;          // "Part 1 of "
    QString phase;         // "Phase 2 of 8"
    QString of;            // "of" in "5 of 180 min"
    QString chair;         // "Facilitator: Marieke"
    QString lookBack;      // "Last time, case 1 'Lastige ouder' (Eva) — takeaway: Eerst luisteren"
    QString followUpKey;   // "f follow-up"
    QString followUpAsk;   // "Follow-up of last time's case 1 (Eva):"
    QString followUpShown; // "follow-up: Belde" (the rest may wrap)
    QString yes;           // the key that confirms quitting
};

void runOnScreen(RecordsSandbox& sandbox, const Words& words)
{
    prepare(sandbox);
    const Tmux tmux{sandbox};
    QProcessEnvironment environment = sandbox.environment();
    environment.insert("LANG", words.language == "nl" ? "nl_NL.UTF-8" : "en_GB.UTF-8");
    tmux.tmux({"new-session", "-d", "-x", "100", "-y", "40", "sh", "-c",
               paletCommand(environment, {"run", meeting, "--speed", "1", "--seed", "5"})});

    QString screen = tmux.waitFor(words.part);
    CHECK(screen.contains(words.chair));
    CHECK(screen.contains(QRegularExpression{" " + words.of + " \\d+ min"}));
    CHECK(screen.contains(QRegularExpression{"\\b\\d\\d:\\d\\d\\b"})); // the time of day
    CHECK(screen.contains(QString::fromUtf8("█")));                  // the big figures are drawn
    for (const char* member : {"Anna", "Bram", "Carla", "Daan", "Eva", "Fleur"}) CHECK(screen.contains(member));

    tmux.keys({"n"});
    screen = tmux.waitFor(words.lookBack);
    CHECK(screen.contains(words.phase));
    CHECK(screen.contains(words.followUpKey));
    tmux.keys({"f"});
    tmux.waitFor(words.followUpAsk);
    tmux.keys({"-l", "Belde de school"});
    tmux.keys({"Enter"});
    tmux.waitFor(words.followUpShown);
    tmux.keys({"q"});
    tmux.keys({words.yes});
    tmux.waitFor("EXIT=0");

    // The answer is the case's follow-up, in the report and in the history of that case.
    const auto listed = sandbox.run({"case", "list", "Zorgteam@2025-01-15", "--text"});
    CHECK(listed.out.contains("Follow-up: Belde de school"));
    const auto report = sandbox.run({"report", "Zorgteam@2025-01-15", "--with-texts"});
    CHECK(report.out.contains("Follow-up: Belde de school"));
    const auto cases = sandbox.run({"case", "list", "Zorgteam@2025-01-15", "--json", "--text"}).json().array();
    CHECK(cases[0].toObject()["status"] == "looked-back");
    CHECK(cases[0].toObject()["follow_up"] == "Belde de school");
}

} // namespace

TEST_CASE("the meeting's full screen shows roles, labelled figures, the look-back and takes a follow-up")
{
    RecordsSandbox sandbox;
    runOnScreen(sandbox, {"en", "Part 1 of ", "Phase 2 of", "of", "Facilitator: Marieke",
                          QString::fromUtf8("Last time, case 1 'Lastige ouder' (Eva) — takeaway: Eerst luisteren"), "f follow-up",
                          "Follow-up of last time's case 1 (Eva):", "follow-up: Belde", "y"});
}

TEST_CASE("in Dutch the meeting's full screen is Dutch throughout, drawn without the Dutch locale installed")
{
    RecordsSandbox sandbox;
    runOnScreen(sandbox, {"nl", "Deel 1 van ", "Fase 2 van", "van", "Procesbegeleider: Marieke",
                          QString::fromUtf8("Vorige keer, casus 1 'Lastige ouder' (Eva) — opbrengst: Eerst luisteren"), "f vervolg",
                          "Vervolg van casus 1 van de vorige keer (Eva):", "vervolg: Belde", "j"});
}
