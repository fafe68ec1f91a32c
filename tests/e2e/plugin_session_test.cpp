// Sessions with a plugin that crashes mid-session (fixture-segv-event crashes when phase 'round'
// starts): the session keeps its phases and runs to its end, every view says the plugin stopped,
// and a resume goes past the point where it crashed.

#include "run_session_support.hpp"

#include <QThread>

using namespace palet::test;

namespace {

const QString fixtures = PALET_FIXTURE_PLUGINS;
const QString crashing = fixtures + "/fixture-segv-event/fixture-segv-event.so";
const QString crashSentence = crashing + ": the plugin crashed with SIGSEGV (Segmentation fault) while it heard that phase "
                                         "'round' started";

QStringList session(const QString& journal)
{
    return {"--method", "fixture-segv-event", "--methods", fixtures, "--members", "Ann,Bo,Cas,Dee", "--seed", "3",
            "--journal", journal};
}

// The events of a stream as "kind phase-id", with what the plugin said or how it stopped; not the
// warnings, which a late start on a busy machine may leave out at this speed.
QStringList described(const QByteArray& stream)
{
    QStringList events;
    for (const QByteArray& line : linesOf(stream)) {
        const QJsonObject event = parsed(line);
        const QString kind = event["event"].toString();
        if (kind == "alive" || kind == "warning") continue;
        QString text = kind + ' ' + event["phase"]["id"].toString();
        for (const QJsonValue& message : event["messages"].toArray()) text += " «" + message["text"].toString() + "»";
        if (kind == "plugin-stopped") text += " of " + event["method"].toString() + ": " + event["plugin_error"].toString();
        events << text.trimmed();
    }
    return events;
}

} // namespace

TEST_CASE("a plugin that crashes mid-session stops speaking, and the session runs to its end")
{
    const PaletSandbox sandbox;
    const auto run = sandbox.run(QStringList{"run"} + session("a.jsonl") + QStringList{"--speed", "20000", "--events", "json"});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK_FALSE(run.err.contains("fixture-segv-event")); // the session said it, as an event
    const QStringList expected{
        "session-started",
        "phase-started opening «heard opening»",
        "phase-ended opening «heard opening»",
        "phase-started round",
        "plugin-stopped round of fixture-segv-event: " + crashSentence,
        "phase-ended round",
        "phase-started closing",
        "phase-ended closing",
        "finished",
    };
    INFO(described(run.out.toUtf8()).join('\n').toStdString());
    CHECK(described(run.out.toUtf8()) == expected);
    // The journal keeps the same events, so a resume knows.
    CHECK(described(readAll(sandbox.path("a.jsonl"))) == expected);

    // The plain view says it in a sentence (in a sandbox of its own: the plugin that broke down is
    // remembered, and not loaded again for a new session).
    const PaletSandbox fresh;
    const auto plain = fresh.run(QStringList{"run"} + session("b.jsonl") + QStringList{"--speed", "20000"});
    CHECK(plain.exitCode == 0);
    CHECK(plain.out.contains("The plugin of fixture-segv-event stopped, and the session goes on without its messages: " + crashSentence));
    CHECK(plain.out.contains("Phase 3/3"));
    const auto again = sandbox.run(QStringList{"run"} + session("c.jsonl") + QStringList{"--speed", "20000"});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains("palet run: " + crashing + ": not loaded: the plugin crashed with SIGSEGV"));
}

TEST_CASE("palet resume goes past the point where the plugin crashed")
{
    const PaletSandbox sandbox;
    const QString journal = sandbox.path("crashed.jsonl");
    // Into phase 'round' at once, where the plugin crashes; then palet is killed during the round.
    const QString script = writeFile(sandbox, "script.txt", "0:01 n\n");
    auto process = sandbox.start(QStringList{"run"} + session(journal) + QStringList{"--script", script, "--events", "json"});
    QByteArray printed;
    for (int wait = 0; wait < 100 && !printed.contains("plugin-stopped"); ++wait) {
        process->waitForReadyRead(100);
        printed += process->readAllStandardOutput();
    }
    REQUIRE(printed.contains("\"event\":\"plugin-stopped\""));
    process->kill();
    process->waitForFinished(5000);
    const QByteArray killed = readAll(journal);

    const QStringList resume{"resume", journal, "--methods", fixtures, "--gap", "pause", "--speed", "20000", "--events", "json"};
    const auto resumed = sandbox.run(resume);
    INFO(resumed.err.toStdString());
    REQUIRE(resumed.exitCode == 0);
    const QStringList after = described(resumed.out.toUtf8());
    CHECK(after.front() == "reopened round");
    CHECK(after.back() == "finished");
    CHECK(after.contains("phase-started closing")); // silent: the plugin is heard no more
    CHECK(after.filter("plugin-stopped").isEmpty()); // the journal said so already

    // A journal that ends on the event the plugin crashed on, with no word of it (as palet left it
    // when plugins ran in its own process): the plugin crashes again while it hears the past
    // phases, and the session goes on past it.
    QList<QByteArray> lines = linesOf(killed);
    while (!lines.isEmpty() && !lines.back().contains("\"event\":\"phase-started\"")) lines.pop_back();
    REQUIRE(lines.back().contains("\"id\":\"round\""));
    const QString cut = writeFile(sandbox, "cut.jsonl", lines.join('\n') + '\n');
    const auto again = sandbox.run({"resume", cut, "--methods", fixtures, "--gap", "pause", "--speed", "20000", "--events", "json"});
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    const QStringList continued = described(again.out.toUtf8());
    REQUIRE(continued.size() > 2);
    CHECK(continued[0] == "reopened round");
    CHECK(continued[1] == "plugin-stopped round of fixture-segv-event: " + crashSentence);
    CHECK(continued.back() == "finished");
}
