// The full-screen view through a real pseudo-terminal: tmux runs palet, send-keys types and
// capture-pane reads the screen.

#include "palet_process.hpp"
#include "tmux_session.hpp"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace palet::test;

TEST_CASE("the terminal view: phase, time in colour, roles, keys, resize and the takeaway")
{
    const PaletSandbox sandbox;
    const Tmux tmux{sandbox};
    const QString command = paletCommand(sandbox.environment(), {"run", "--method", "peer-consultation", "--members", "Ann,Bo,Cas,Dee",
                                                                "--seed", "3", "--speed", "60"});
    tmux.tmux({"new-session", "-d", "-x", "80", "-y", "24", "sh", "-c", command});

    QString screen = tmux.waitFor("Phase 1 of 5: Introduce the issue (3 min)");
    CHECK(screen.contains("Five-step peer consultation"));
    CHECK(screen.contains("Case owner (Ann): Tell about a problem"));
    CHECK(screen.contains("Next: Clarifying questions (10 min)"));
    CHECK(screen.contains("space pause"));
    CHECK(screen.contains(QString::fromUtf8("█")));

    // 3 minutes at 60 times: the colour turns at 2:24 (20 % left) and 2:51 (5 %), then over time.
    const auto coloured = [&](const char* code) {
        return tmux.waitFor([&](const QString& shown) { return shown.contains(QString("\x1b[%1m").arg(code)); }, 5000, true);
    };
    CHECK(coloured("32").contains("\x1b[32m")); // green
    CHECK(coloured("33").contains("\x1b[33m")); // yellow
    CHECK(coloured("31").contains("\x1b[31m")); // red
    tmux.waitFor("over time");

    tmux.keys({"n"});
    screen = tmux.waitFor("Phase 2 of 5: Clarifying questions (10 min)");
    CHECK(screen.contains("Case owner (Ann): Answer the questions."));
    CHECK(screen.contains("Introduce the issue ended after"));
    tmux.keys({"Space"});
    tmux.waitFor("PAUSED");

    // A small terminal keeps the essentials.
    tmux.tmux({"resize-window", "-x", "40", "-y", "12"});
    // The time left in one bold line instead of large figures.
    const QRegularExpression smallClock{R"(^ \d+:\d\d left\s*$)", QRegularExpression::MultilineOption};
    screen = tmux.waitFor([&](const QString& shown) { return shown.contains(smallClock); });
    INFO(screen.toStdString());
    CHECK(screen.contains("Phase 2 of 5: Clarifying"));
    CHECK(screen.contains("PAUSED"));
    CHECK(screen.contains("Case owner (Ann)"));
    for (const QString& line : screen.split('\n')) CHECK(line.size() <= 40);
    tmux.tmux({"resize-window", "-x", "80", "-y", "24"});
    tmux.waitFor("space pause · n next");

    tmux.keys({"q"});
    tmux.waitFor("Quit the session? y/n");
    tmux.keys({"n"});
    screen = tmux.waitFor("space pause · n next");
    CHECK(screen.contains("Phase 2 of 5"));

    tmux.keys({"Space"});
    tmux.keys({"+"});
    tmux.waitFor("A minute added to Clarifying questions");
    tmux.keys({"n"});
    tmux.waitFor("Phase 3 of 5: Brainstorm");
    tmux.keys({"b"});
    tmux.waitFor("Phase 2 of 5: Clarifying questions");
    tmux.keys({"n", "n", "n"});
    tmux.waitFor("Phase 5 of 5: Case owner's reaction");
    tmux.keys({"n"});
    tmux.waitFor("Takeaway of Ann:");
    tmux.keys({"-l", "Ask the team first"});
    tmux.keys({"Enter"});
    screen = tmux.waitFor("EXIT=0");
    CHECK(screen.contains("Summary of Five-step peer consultation"));
    CHECK(screen.contains("Takeaway: Ask the team first"));
}

TEST_CASE("the terminal view of troika consulting: the round, and each subgroup with who holds which role now")
{
    const PaletSandbox sandbox;
    const Tmux tmux{sandbox};
    const QString command = paletCommand(sandbox.environment(), {"run", "--method", "troika-consulting", "--members",
                                                                "Ann,Bo,Cas,Dee,Eva,Fay,Gus", "--seed", "3", "--speed", "1", "--lang", "en"});
    tmux.tmux({"new-session", "-d", "-x", "100", "-y", "30", "sh", "-c", command});

    QString screen = tmux.waitFor("Phase 1 of 17: Think of a question");
    CHECK(screen.contains("Subgroup 1 (Ann, Bo, Cas): Client: Ann · Consultant: Bo, Cas"));
    CHECK(screen.contains("Subgroup 2 (Dee, Eva, Fay, Gus): Client: Dee · Consultant: Eva, Fay, Gus"));
    // Five phases on: round 2, the clients have passed on.
    for (int press = 0; press < 5; ++press) {
        tmux.keys({"n"});
        tmux.waitFor(QString("Phase %1 of 17").arg(press + 2));
    }
    screen = tmux.waitFor("Ask for help (Consultation round 2 of 4)");
    CHECK(screen.contains("Subgroup 1 (Ann, Bo, Cas): Client: Bo · Consultant: Ann, Cas"));
    CHECK(screen.contains("Subgroup 2 (Dee, Eva, Fay, Gus): Client: Eva · Consultant: Dee, Fay, Gus"));
    tmux.keys({"q"});
    tmux.waitFor("Quit the session? y/n");
    tmux.keys({"y"});
}
