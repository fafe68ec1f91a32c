// The full-screen view through a real pseudo-terminal: tmux runs palet, send-keys types and
// capture-pane reads the screen.

#include "palet_process.hpp"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

#include <functional>

using namespace palet::test;

namespace {

// One tmux server of our own, on a socket in the sandbox, gone with the test.
class Tmux {
public:
    explicit Tmux(const PaletSandbox& sandbox) : socket_(sandbox.path("tmux.socket"))
    {
        INFO("the terminal tests need tmux: scripts/palet-dev installs it");
        REQUIRE_FALSE(QStandardPaths::findExecutable("tmux").isEmpty());
    }
    ~Tmux() { tmux({"kill-server"}); }

    QString tmux(const QStringList& arguments) const
    {
        QProcess process;
        process.start("tmux", QStringList{"-S", socket_, "-f", "/dev/null"} + arguments);
        process.waitForFinished(5000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }
    QString screen(bool withColours = false) const
    {
        return tmux(withColours ? QStringList{"capture-pane", "-p", "-e"} : QStringList{"capture-pane", "-p"});
    }
    void keys(const QStringList& keys) const { tmux(QStringList{"send-keys"} + keys); }

    // Waits until the screen shows what `wanted` looks for, up to `timeoutMs`.
    QString waitFor(const std::function<bool(const QString&)>& wanted, int timeoutMs = 5000, bool withColours = false) const
    {
        QElapsedTimer timer;
        timer.start();
        QString shown;
        while (timer.elapsed() < timeoutMs) {
            shown = screen(withColours);
            if (wanted(shown)) return shown;
            QThread::msleep(40);
        }
        return shown;
    }
    QString waitFor(const QString& text, int timeoutMs = 5000) const
    {
        const QString shown = waitFor([&](const QString& screen) { return screen.contains(text); }, timeoutMs);
        INFO("waiting for: " << text.toStdString() << "\nthe screen:\n" << shown.toStdString());
        REQUIRE(shown.contains(text));
        return shown;
    }

private:
    QString socket_;
};

QString shellQuoted(const QString& text) { return "'" + QString(text).replace("'", "'\\''") + "'"; }

} // namespace

TEST_CASE("the terminal view: phase, time in colour, roles, keys, resize and the takeaway")
{
    const PaletSandbox sandbox;
    const Tmux tmux{sandbox};
    QString command = "env";
    const auto environment = sandbox.environment();
    for (const QString& name : environment.keys()) command += ' ' + shellQuoted(name + '=' + environment.value(name));
    command += " TERM=screen " + shellQuoted(PALET_BINARY) +
               " run --method peer-consultation --members Ann,Bo,Cas,Dee --seed 3 --speed 60; echo EXIT=$?; sleep 30";
    tmux.tmux({"new-session", "-d", "-x", "80", "-y", "24", "sh", "-c", command});

    QString screen = tmux.waitFor("Phase 1/5: Introduce the issue (3 min)");
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
    screen = tmux.waitFor("Phase 2/5: Clarifying questions (10 min)");
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
    CHECK(screen.contains("Phase 2/5: Clarifying"));
    CHECK(screen.contains("PAUSED"));
    CHECK(screen.contains("Case owner (Ann)"));
    for (const QString& line : screen.split('\n')) CHECK(line.size() <= 40);
    tmux.tmux({"resize-window", "-x", "80", "-y", "24"});
    tmux.waitFor("space pause · n next");

    tmux.keys({"q"});
    tmux.waitFor("Quit the session? y/n");
    tmux.keys({"n"});
    screen = tmux.waitFor("space pause · n next");
    CHECK(screen.contains("Phase 2/5"));

    tmux.keys({"Space"});
    tmux.keys({"+"});
    tmux.waitFor("A minute added to Clarifying questions");
    tmux.keys({"n"});
    tmux.waitFor("Phase 3/5: Brainstorm");
    tmux.keys({"b"});
    tmux.waitFor("Phase 2/5: Clarifying questions");
    tmux.keys({"n", "n", "n"});
    tmux.waitFor("Phase 5/5: Case owner's reaction");
    tmux.keys({"n"});
    tmux.waitFor("Takeaway of Ann:");
    tmux.keys({"-l", "Ask the team first"});
    tmux.keys({"Enter"});
    screen = tmux.waitFor("EXIT=0");
    CHECK(screen.contains("Summary of Five-step peer consultation"));
    CHECK(screen.contains("Takeaway: Ask the team first"));
}
