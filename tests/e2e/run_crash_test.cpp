// The runner killed (SIGKILL) at random moments: every event it acknowledged (printed on
// standard output, which it does only after the journal write) is in the journal, and the
// session resumed from the journal ends as the same session run without a break.

#include "run_session_support.hpp"

#include <QElapsedTimer>
#include <QSet>
#include <QThread>

#include <random>

using namespace palet::test;

namespace {

const QStringList session{"--method", "peer-consultation", "--members", "Ann,Bo,Cas,Dee", "--seed", "7",
                          "--speed", "3000", "--events", "json"};

// Kills a running palet after `delayMs`, counted from its first line when `afterFirstLine` (so a
// slow start on a loaded machine does not use up the time), and returns what it printed.
QByteArray killAfter(QProcess& process, int delayMs, bool afterFirstLine = true)
{
    if (afterFirstLine) process.waitForReadyRead(10000);
    QThread::msleep(static_cast<unsigned long>(delayMs));
    process.kill(); // SIGKILL: no chance to tidy up
    process.waitForFinished(5000);
    return process.readAllStandardOutput();
}

void checkAcknowledged(const QByteArray& printed, const QString& journal)
{
    const QList<QByteArray> journaled = journalEvents(journal);
    const QSet<QByteArray> kept{journaled.begin(), journaled.end()};
    for (const QByteArray& line : linesOf(printed)) {
        INFO("acknowledged but not in the journal: " << line.toStdString());
        CHECK(kept.contains(line));
    }
}

bool started(const QString& journal) { return readAll(journal).contains("\"event\":\"session-started\""); }

// Whether the journal's last whole line is the finished event: a kill can tear that line, and a torn
// line is not an ending (resume repairs it).
bool finished(const QString& journal)
{
    const QByteArray text = readAll(journal);
    if (!text.endsWith('\n')) return false;
    const QList<QByteArray> lines = linesOf(text);
    return !lines.isEmpty() && lines.back().contains("\"event\":\"finished\"");
}

} // namespace

TEST_CASE("killed at random moments, resumed: nothing acknowledged is lost and the session ends the same")
{
    const PaletSandbox sandbox;
    const QString script = writeFile(sandbox, "script.txt", everyKeyScript);
    const QStringList withScript = session + QStringList{"--script", script};

    const auto reference = sandbox.run(QStringList{"run"} + withScript + QStringList{"--journal", "reference.jsonl"});
    REQUIRE(reference.exitCode == 0);
    const QStringList expected = transitions(journalEvents(sandbox.path("reference.jsonl")));
    REQUIRE(expected.back() == "finished completed Ask the team first");

    std::mt19937 random{20240611};
    std::uniform_int_distribution<int> moment{0, 380};  // the session takes about 350 ms
    std::uniform_int_distribution<int> starting{0, 60}; // while palet starts up
    std::bernoulli_distribution duringStart{0.2};
    std::bernoulli_distribution killResumeToo{0.5};
    QElapsedTimer clock;
    clock.start();
    int resumed = 0;
    int kills = 0;
    for (; kills < 20 && clock.elapsed() < 20000; ++kills) {
        const QString journal = sandbox.path(QString("crash-%1.jsonl").arg(kills));
        auto first = sandbox.start(QStringList{"run"} + withScript + QStringList{"--journal", journal});
        const bool early = duringStart(random);
        const QByteArray printed = killAfter(*first, early ? starting(random) : moment(random), !early);
        checkAcknowledged(printed, journal);
        if (!started(journal)) {
            CHECK(printed.isEmpty()); // killed before the session began: nothing shown, nothing to resume
            continue;
        }
        const QStringList resume{"resume", journal, "--gap", "pause", "--events", "json"};
        if (killResumeToo(random) && !finished(journal)) {
            auto second = sandbox.start(resume);
            checkAcknowledged(killAfter(*second, moment(random)), journal);
        }
        if (!finished(journal)) {
            const auto last = sandbox.run(resume);
            INFO(last.err.toStdString());
            REQUIRE(last.exitCode == 0);
            checkAcknowledged(last.out.toUtf8(), journal);
            ++resumed;
        }
        const QList<QByteArray> events = journalEvents(journal);
        for (int seq = 0; seq < events.size(); ++seq) REQUIRE(parsed(events[seq])["seq"].toInt() == seq);
        INFO("journal " << journal.toStdString());
        CHECK(transitions(events) == expected);
    }
    CHECK(kills >= 10);
    CHECK(resumed >= 5);
}

TEST_CASE("palet resume without a journal continues the newest unfinished session, and the gap can count")
{
    const PaletSandbox sandbox;
    // A long session killed once it has started: its journal in the default place.
    auto process = sandbox.start({"run", "--method", "peer-consultation", "--members", "Ann,Bo,Cas,Dee", "--events", "json"});
    REQUIRE(process->waitForReadyRead(10000));
    QThread::msleep(300);
    process->kill();
    process->waitForFinished(5000);

    const auto run = sandbox.run({"resume", "--gap", "count", "--speed", "20000", "--events", "json"});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QList<QByteArray> lines = linesOf(run.out.toUtf8());
    REQUIRE(!lines.isEmpty());
    const QJsonObject reopened = parsed(lines[0]);
    CHECK(reopened["event"] == "reopened");
    CHECK(reopened["seq"] == 2);
    CHECK(reopened["down_counts"] == true);
    CHECK(reopened["down"].toInteger() >= 0);
    CHECK(reopened["status"] == "running");
    CHECK(reopened["phase"]["index"] == 0);
    // Counted as meeting time: the time left is what it was less the time palet was away.
    CHECK(reopened["remaining"].toInteger() <= 180000 - reopened["down"].toInteger());
    CHECK(parsed(lines.back())["event"] == "finished");

    const auto again = sandbox.run({"resume"});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains("palet resume: no unfinished session in " + sandbox.path("home/.local/state/palet/sessions")));
}
