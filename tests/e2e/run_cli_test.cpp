// palet run through the real binary: the JSON event stream, the plain lines, the script, and
// the command line's errors.

#include "run_session_support.hpp"

#include <QRegularExpression>
#include <QSet>

using namespace palet::test;

namespace {

const QStringList peerConsultation{"run", "--method", "peer-consultation", "--members", "Ann,Bo,Cas,Dee", "--seed", "7"};

// The event stream's test runs 300 times as fast and allows 50 ms of real lateness, in meeting
// milliseconds: a loaded machine running the suite in parallel wakes a timer that late.
constexpr int fastSpeed = 300;
constexpr qint64 lateness = 50 * fastSpeed;

} // namespace

TEST_CASE("palet run --events json: one JSON line per event, the journal holding the same lines")
{
    const PaletSandbox sandbox;
    const QString script = writeFile(sandbox, "script.txt", everyKeyScript);
    const auto run = sandbox.run(peerConsultation + QStringList{"--speed", QString::number(fastSpeed), "--script", script,
                                                                "--events", "json", "--journal", "journal.jsonl"});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    const QList<QByteArray> lines = linesOf(run.out.toUtf8());
    REQUIRE(lines.size() > 20);

    // Acknowledged only once in the journal: the journal's events are the stream, line for line.
    CHECK(journalEvents(sandbox.path("journal.jsonl")) == lines);

    qint64 lastT = 0;
    for (int seq = 0; seq < lines.size(); ++seq) {
        const QJsonObject event = parsed(lines[seq]);
        CHECK(event["seq"].toInt() == seq);
        CHECK(event["t"].toInteger() >= lastT);
        lastT = event["t"].toInteger();
        CHECK(event["wall"].toString().endsWith('Z'));
    }
    CHECK(transitions(lines)
          == QStringList{"phase-started 0", "phase-ended 0 next",  "phase-started 1", "paused 1",
                         "resumed 1",       "extended 1",          "phase-ended 1 back", "phase-started 0",
                         "phase-ended 0 next", "phase-started 1",  "phase-ended 1 next", "phase-started 2",
                         "phase-ended 2 next", "phase-started 3",  "takeaway Ask the team first",
                         "phase-ended 3 next", "phase-started 4",  "paused 4", "resumed 4",
                         "phase-ended 4 auto", "finished completed Ask the team first"});

    const QJsonObject started = parsed(lines[0]);
    CHECK(started["event"] == "session-started");
    CHECK(started["format"] == 1);
    CHECK(started["speed"] == fastSpeed);
    const QJsonObject plan = started["plan"].toObject();
    CHECK(plan["method"]["id"] == "peer-consultation");
    CHECK(plan["seed"] == 7);
    CHECK(plan["planned_minutes"] == 30);
    CHECK(plan["takeaway_phase"] == 4);
    CHECK(plan["roles"][0]["members"][0] == "Ann");
    CHECK(plan["roles"][1]["id"] == "facilitator");
    CHECK(plan["roles"][1]["members"][0] == "Bo");

    const QJsonObject clarifying = parsed(lines[3]);
    CHECK(clarifying["event"] == "phase-started");
    CHECK(clarifying["phase"]["name"] == "Clarifying questions");
    CHECK(clarifying["phase"]["minutes"] == 10);
    CHECK(clarifying["line"] == 2);
    CHECK(clarifying["length"] == 600000);
    bool ownerInstructed = false;
    for (const QJsonValue& instruction : clarifying["instructions"].toArray())
        if (instruction["role"] == "case-owner") {
            ownerInstructed = true;
            CHECK(instruction["members"][0] == "Ann");
            CHECK(instruction["text"] == "Answer the questions.");
        }
    CHECK(ownerInstructed);

    // The times follow the meeting's clock, so real lateness shows multiplied by the speed.
    const QJsonObject paused = parsed(lines[4]);
    CHECK(paused["event"] == "paused");
    CHECK(std::abs(paused["remaining"].toInteger() - 570000) < lateness);
    const QJsonObject resumed = parsed(lines[5]);
    CHECK(std::abs(resumed["paused_for"].toInteger() - 60000) < lateness);
    CHECK(resumed["deadline"].toInteger() - paused["deadline"].toInteger() == resumed["paused_for"].toInteger());

    // Warnings in the last phase: 20 %, 5 % and time up, then it ends by itself.
    QList<int> lastPhaseWarnings;
    for (const QByteArray& line : lines) {
        const QJsonObject event = parsed(line);
        if (event["event"] == "warning" && event["phase"]["index"] == 4) lastPhaseWarnings << event["left_percent"].toInt();
    }
    CHECK(lastPhaseWarnings == QList<int>{20, 5, 0});

    const QJsonObject finished = parsed(lines.back());
    CHECK(finished["reason"] == "completed");
    const QJsonArray phases = finished["summary"]["phases"].toArray();
    REQUIRE(phases.size() == 5);
    CHECK(phases[0]["runs"] == 2);
    CHECK(phases[1]["runs"] == 2);
    CHECK(phases[4]["planned"] == 300000);
    CHECK(std::abs(phases[4]["actual"].toInteger() - 300000) < lateness); // its pause left out
}

TEST_CASE("palet run prints one plain line per event when standard output is not a terminal")
{
    const PaletSandbox sandbox;
    const QString script = writeFile(sandbox, "script.txt", everyKeyScript);
    const auto run = sandbox.run(peerConsultation + QStringList{"--speed", "600", "--script", script});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK_FALSE(run.out.contains('\x1b'));
    const QStringList lines = run.out.split('\n');
    CHECK(lines[0]
          == "[0:00] Five-step peer consultation for Ann, Bo, Cas, Dee: 5 phases, 30 minutes (seed 7). Roles: "
             "Case owner: Ann; Facilitator: Bo; Scribe: Cas; Adviser: Dee.");
    CHECK(lines[3].startsWith(QString::fromUtf8("[0:00] Phase 2/5: Clarifying questions (10 min) — Adviser (Dee): Ask questions")));
    CHECK(lines[3].contains("Case owner (Ann): Answer the questions. Facilitator (Bo): Step in when"));
    // At 600 times the speed a millisecond of delivery is 0.6 s of meeting: match the shape, not the second.
    CHECK(run.out.contains(QRegularExpression{R"(\[0:0\d\] Paused, 9:\d\d left of Clarifying questions)"}));
    CHECK(run.out.contains("Takeaway: Ask the team first"));
    CHECK(run.out.contains("Time is up for Case owner's reaction"));
    CHECK(run.out.contains("\nSummary of Five-step peer consultation\n"));
    CHECK(run.out.contains(QRegularExpression{R"(  1\. Introduce the issue         3:00      [0-3]:\d\d)"}));
    CHECK(run.out.contains("Journal: " + sandbox.path("home/.local/state/palet/sessions/")));
}

TEST_CASE("palet run without a script reads commands from standard input, then runs on by itself")
{
    const PaletSandbox sandbox;
    // Standard input is closed at once: every phase ends when its time is up.
    const auto run = sandbox.run(peerConsultation + QStringList{"--speed", "6000", "--events", "json", "--journal", "j.jsonl"});
    REQUIRE(run.exitCode == 0);
    const QStringList steps = transitions(linesOf(run.out.toUtf8()));
    CHECK(steps.size() == 11);
    CHECK(steps.back() == "finished completed ");
    CHECK(steps.filter("auto").size() == 5);
}

TEST_CASE("a plugin's messages reach the event stream, the same for the same seed")
{
    const PaletSandbox sandbox;
    const auto cards = [&](const QString& journal) {
        const auto run = sandbox.run({"run", "--method", "quality-cards", "--members", "Ann,Bo,Cas,Dee", "--seed", "11",
                                      "--speed", "6000", "--events", "json", "--journal", journal});
        REQUIRE(run.exitCode == 0);
        for (const QByteArray& line : linesOf(run.out.toUtf8())) {
            const QJsonObject event = parsed(line);
            if (event["event"] == "phase-started" && event["phase"]["id"] == "deal") return event["messages"].toArray();
        }
        FAIL("no dealing phase");
        return QJsonArray{};
    };
    const QJsonArray first = cards("a.jsonl");
    REQUIRE(first.size() == 2);
    CHECK(first[0]["member"] == "Cas");
    CHECK(first[1]["member"] == "Dee");
    CHECK(first[0]["text"].toString().startsWith("Your cards: "));
    CHECK(cards("b.jsonl") == first);
}

TEST_CASE("palet run refuses a wrong command line with status 2 and wrong input with status 1")
{
    const PaletSandbox sandbox;
    const auto check = [&](const QStringList& arguments, int status, const QString& message) {
        const auto run = sandbox.run(arguments);
        INFO(arguments.join(' ').toStdString() << "\n" << run.err.toStdString());
        CHECK(run.exitCode == status);
        CHECK(run.err.contains(message));
        CHECK(run.out.isEmpty());
    };
    check({"run", "--method", "peer-consultation"}, 2, "palet run: give --method ID and --members");
    check({"run", "2024-06-meeting"}, 2, "'2024-06-meeting' does not name a meeting");
    check({"run", "Zorgteam@2025-03-12", "--method", "peer-consultation"}, 2, "give a meeting, or --method and --members, not both");
    check(peerConsultation + QStringList{"--speed", "0"}, 2, "--speed must be a number from 0.01 to 100000, not '0'");
    check(peerConsultation + QStringList{"--events", "xml"}, 2, "--events takes only 'json', not 'xml'");
    check(peerConsultation + QStringList{"--minutes", "0"}, 2, "--minutes must be a whole number from 1 to 1440");
    check(peerConsultation + QStringList{"--seed", "-1"}, 2, "--seed must be a whole number");
    check({"run", "--method", "peer-consultaton", "--members", "Ann,Bo,Cas"}, 1,
          "no method with id 'peer-consultaton'; did you mean 'peer-consultation'?");
    check({"run", "--method", "peer-consultation", "--members", "Ann,Bo,Cas", "--owner", "Zoe"}, 1,
          "palet run: the case owner 'Zoe' is not one of the members");
    check({"run", "--method", "peer-consultation", "--members", "Ann,Bo"}, 1,
          "peer-consultation needs at least 3 members, one for each role; 2 given");
    check({"run", "--method", "peer-consultation", "--members", "Ann,,Bo"}, 1, "a member's name is empty");
    const QString bad = writeFile(sandbox, "bad.txt", "0:10 n\n0:20 jump\n0:05 n\n");
    check(peerConsultation + QStringList{"--script", bad}, 1, bad + ":2:6: unknown key 'jump'");
    check(peerConsultation + QStringList{"--script", bad}, 1, bad + ":3:1: 0:05 comes before");
    writeFile(sandbox, "used.jsonl", "{}\n");
    check(peerConsultation + QStringList{"--journal", sandbox.path("used.jsonl")}, 1, "the journal already exists");
    check({"resume", "nothing-here"}, 1, "palet resume: nothing-here: no such journal file, nor a session by that id");
    check({"resume", "--gap", "maybe", "x"}, 2, "--gap must be pause or count, not 'maybe'");
}

TEST_CASE("palet run notes a group outside the method's range and goes ahead")
{
    const PaletSandbox sandbox;
    const auto run = sandbox.run({"run", "--method", "peer-consultation", "--members", "Ann,Bo,Cas", "--speed", "10000",
                                  "--events", "json", "--journal", "j.jsonl"});
    CHECK(run.exitCode == 0);
    CHECK(run.err.contains("palet run: note: peer-consultation is meant for 4 to 6 members; this session has 3"));
}
