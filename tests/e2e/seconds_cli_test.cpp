// Times finer than a minute through the real binary: a format-2 method with 7½-minute steps and
// thirty seconds a member is validated, shown as a handout, checked, and run event by event.

#include "run_session_support.hpp"

#include <QDir>

#include <cstdlib>

using namespace palet::test;

namespace {

const char* timedSteps = R"(# Two 7.5-minute steps and a round of thirty seconds a member.
format: 2
id: timed-steps
version: 1.0.0
name: {nl: Getimede stappen, en: Timed steps}
group_size: {min: 4, max: 8, ideal: 6}
roles:
  - id: case-owner
    name: {nl: Inbrenger, en: Case owner}
    holders: one
  - id: adviser
    name: {nl: Adviseur, en: Adviser}
    holders: everyone-else
phases:
  - id: sketch
    name: {nl: Schetsen, en: Sketch}
    minutes: 5
    instructions:
      case-owner: {nl: Vertel., en: Tell.}
  - id: diagnosis
    name: {nl: Diagnose, en: Diagnosis}
    minutes: 7.5
    instructions:
      adviser: {nl: Zeg wat je ziet., en: Say what you see.}
  - id: solutions
    name: {nl: Oplossingen, en: Solutions}
    minutes: "7:30"
    instructions:
      adviser: {nl: Geef een oplossing., en: Give a solution.}
  - id: last-word
    name: {nl: Laatste woord, en: Last word}
    minutes: {per_participant: 30s, counting: adviser, min: 2, max: 5}
    instructions:
      adviser: {nl: Eén zin., en: One sentence.}
)";

constexpr int fastSpeed = 300;
constexpr qint64 lateness = 50 * fastSpeed; // meeting milliseconds a loaded machine may wake late

const QStringList sixMembers{"--members", "Ann,Bo,Cas,Dee,Eve,Fay", "--seed", "3"};

void install(const PaletSandbox& sandbox, const char* script = timedSteps)
{
    REQUIRE(QDir{}.mkpath(sandbox.userMethods()));
    writeFile(sandbox, "data/palet/methods/timed-steps.yaml", script);
}

} // namespace

TEST_CASE("a method with 7½-minute steps runs event by event on planned times of 450 seconds")
{
    const PaletSandbox sandbox;
    install(sandbox);
    const QString script = writeFile(sandbox, "script.txt", "# nothing pressed: every phase runs out by itself\n");
    const auto run = sandbox.run(QStringList{"run", "--method", "timed-steps"} + sixMembers +
                                 QStringList{"--speed", QString::number(fastSpeed), "--script", script, "--events", "json",
                                             "--journal", "journal.jsonl"});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QList<QByteArray> lines = linesOf(run.out.toUtf8());
    CHECK(journalEvents(sandbox.path("journal.jsonl")) == lines);

    const QJsonObject plan = parsed(lines.front())["plan"].toObject();
    // 300 + 450 + 450 + 150 seconds (five advisers at thirty seconds): 22½ minutes, 23 whole ones.
    CHECK(plan["planned_seconds"] == 1350);
    CHECK(plan["planned_minutes"] == 23);
    const QJsonArray phases = plan["phases"].toArray();
    REQUIRE(phases.size() == 4);
    const std::vector<int> seconds{300, 450, 450, 150};
    const std::vector<double> minutes{5, 7.5, 7.5, 2.5};
    for (int index = 0; index < 4; ++index) {
        CHECK(phases[index]["seconds"] == seconds[static_cast<size_t>(index)]);
        CHECK(phases[index]["minutes"].toDouble() == minutes[static_cast<size_t>(index)]);
    }

    CHECK(transitions(lines) == QStringList{"phase-started 0", "phase-ended 0 auto", "phase-started 1", "phase-ended 1 auto",
                                            "phase-started 2", "phase-ended 2 auto", "phase-started 3", "phase-ended 3 auto",
                                            "finished completed "});
    qint64 startedAt = -1;
    int phase = 0;
    for (const QByteArray& line : lines) {
        const QJsonObject event = parsed(line);
        const QString kind = event["event"].toString();
        if (kind == "phase-started") {
            INFO("phase " << phase);
            CHECK(event["phase"]["index"] == phase);
            CHECK(event["phase"]["seconds"] == seconds[static_cast<size_t>(phase)]);
            CHECK(event["phase"]["minutes"].toDouble() == minutes[static_cast<size_t>(phase)]);
            CHECK(event["length"].toInteger() == seconds[static_cast<size_t>(phase)] * 1000);
            startedAt = event["t"].toInteger();
        } else if (kind == "phase-ended") {
            // Ended by its clock: its seconds after it started, give or take a late timer.
            const qint64 planned = seconds[static_cast<size_t>(phase)] * 1000;
            const qint64 took = event["t"].toInteger() - startedAt;
            INFO("phase " << phase << " took " << took << " ms");
            CHECK(event["planned"].toInteger() == planned);
            CHECK(event["length"].toInteger() == planned);
            CHECK(std::llabs(took - planned) <= lateness);
            CHECK(std::llabs(event["actual"].toInteger() - planned) <= lateness);
            ++phase;
        } else if (kind == "warning") {
            CHECK(event["t"].toInteger() > startedAt); // warned within the phase, before its 450 seconds ran out
        }
    }
    CHECK(phase == 4);
}

TEST_CASE("the plain lines, the handout and palet check say 7½ minutes as people do")
{
    const PaletSandbox sandbox;
    install(sandbox);
    const QString script = writeFile(sandbox, "script.txt", "0:10 n\n0:20 n\n0:30 n\n0:40 n\n");
    const auto plain = sandbox.run(QStringList{"run", "--method", "timed-steps", "--lang", "nl"} + sixMembers +
                                   QStringList{"--speed", QString::number(fastSpeed), "--script", script});
    INFO(plain.err.toStdString());
    REQUIRE(plain.exitCode == 0);
    CHECK(plain.out.contains("Fase 2/4: Diagnose (7½ min)"));
    CHECK(plain.out.contains("Fase 4/4: Laatste woord (2½ min)"));

    const auto english = sandbox.run({"show", "timed-steps"});
    INFO(english.err.toStdString());
    REQUIRE(english.exitCode == 0);
    CHECK(english.out.contains("7½ min"));
    CHECK(english.out.contains("from 0:12:30"));  // the solutions start after 5 + 7½ minutes
    CHECK(english.out.contains("Total: 22½ minutes"));
    const auto dutch = sandbox.run({"show", "timed-steps", "--lang", "nl"});
    REQUIRE(dutch.exitCode == 0);
    CHECK(dutch.out.contains("7½ min"));
    CHECK(dutch.out.contains("vanaf 0:12:30"));
    CHECK(dutch.out.contains("Totaal: 22½ minuten"));

    const auto json = sandbox.run({"show", "timed-steps", "--json"});
    REQUIRE(json.exitCode == 0);
    const QJsonObject shown = json.json().object();
    CHECK(shown["minutes"]["min"] == 23); // lists count whole minutes, rounded up
    const QJsonObject diagnosis = shown["phases"][1].toObject();
    CHECK(diagnosis["duration"]["kind"] == "fixed");
    CHECK(diagnosis["duration"]["seconds"] == 450);
    CHECK(diagnosis["duration"]["minutes"].toDouble() == 7.5);
    CHECK(diagnosis["minutes"]["min_seconds"] == 450);
    CHECK(shown["phases"][2]["starts_at"]["min_seconds"] == 750);
    const QJsonObject round = shown["phases"][3]["duration"].toObject();
    CHECK(round["per_participant_seconds"] == 30);
    CHECK(round["per_participant"].toDouble() == 0.5);
    CHECK(round["min_seconds"] == 120);
}

TEST_CASE("palet validate reads the notations of format 2 and points format 1 to it")
{
    const PaletSandbox sandbox;
    const QString good = writeFile(sandbox, "timed.yaml", timedSteps);
    const auto valid = sandbox.run({"validate", good});
    INFO(valid.err.toStdString() + valid.out.toStdString());
    CHECK(valid.exitCode == 0);

    QByteArray format1{timedSteps};
    format1.replace("format: 2", "format: 1");
    format1.replace("    minutes: {per_participant: 30s, counting: adviser, min: 2, max: 5}\n", "    minutes: 2\n");
    const QString old = writeFile(sandbox, "old.yaml", format1);
    const auto refused = sandbox.run({"validate", old});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("old.yaml:22:14: a time finer than a minute ('7.5') is part of format 2: put 'format: 2' at the top of the file"));
    CHECK(refused.err.contains("old.yaml:27:14: a time finer than a minute ('7:30') is part of format 2"));

    QByteArray broken{timedSteps};
    broken.replace("minutes: 7.5", "minutes: 7:75");
    const QString wrong = writeFile(sandbox, "wrong.yaml", broken);
    const auto malformed = sandbox.run({"validate", wrong});
    CHECK(malformed.exitCode == 1);
    CHECK(malformed.err.contains("wrong.yaml:22:14: minutes: in '7:75' the seconds after the colon must be two digits from 00 to 59"));
}
