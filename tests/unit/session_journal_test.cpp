// The journal: events as JSON lines on disk, read back into the same state, and a session
// rebuilt and continued from it.

#include "session_test_support.hpp"

#include "session/run_event_json.hpp"
#include "session/session_journal.hpp"
#include "session/session_keys.hpp"
#include "session/session_resume.hpp"

#include <QFile>
#include <QTemporaryDir>

using namespace palet;
using namespace palet::test;

namespace {

QByteArray linesOf(const SessionRunner& runner, const SessionRunner::Events& events)
{
    QByteArray lines;
    for (const RunEvent& event : events) lines += jsonLine(runEventJson(event, runner.plan(), runner.state()));
    return lines;
}

void append(JournalWriter& journal, const SessionRunner& runner, const SessionRunner::Events& events)
{
    const std::string error = journal.append(linesOf(runner, events));
    INFO(error);
    REQUIRE(error.empty());
}

// A session with a bit of everything: a pause, a minute more, going back, a takeaway.
SessionRunner::Events playSomeOf(RunnerFixture& fixture, JournalWriter& journal)
{
    SessionKeys keys{fixture.runner};
    SessionRunner::Events all = fixture.started;
    append(journal, fixture.runner, fixture.started);
    const auto step = [&](SessionTime by, auto&& action) {
        fixture.clock.advance(by);
        const SessionRunner::Events events = action();
        append(journal, fixture.runner, events);
        all.insert(all.end(), events.begin(), events.end());
    };
    step(1min, [&] { return keys.press(' ', 3); });
    step(2min, [&] { return keys.press(' ', 4); });
    step(1min, [&] { return keys.press('+', 5); });
    step(7min, [&] { return fixture.runner.tick(false); });
    step(1min, [&] { return keys.press('n', 6); });
    step(1min, [&] { return keys.press('b', 7); });
    step(1min, [&] { return keys.press('n', 8); });
    step(1min, [&] { return fixture.runner.recordTakeaway("ask sooner", 9); });
    return all;
}

} // namespace

TEST_CASE("the journal reads back into the same state, and the same session continues from it")
{
    QTemporaryDir folder;
    const std::string path = folder.filePath("session.jsonl").toStdString();
    RunnerFixture fixture;
    std::string error;
    const auto journal = JournalWriter::create(path, error);
    REQUIRE(journal);
    const auto played = playSomeOf(fixture, *journal);

    const auto contents = readJournal(path);
    INFO(contents.error);
    REQUIRE(contents.value);
    CHECK(contents.value->events.size() == played.size());
    CHECK_FALSE(contents.value->cutShort);

    RunnerFixture again; // the same plan, made anew
    ManualClock& clock = again.clock;
    SessionRunner& resumed = again.runner;
    REQUIRE(resumed.restore(contents.value->events).empty());
    const SessionState& before = fixture.runner.state();
    const SessionState& after = resumed.state();
    CHECK(after.phase == before.phase);
    CHECK(after.status == before.status);
    CHECK(after.deadline == before.deadline);
    CHECK(after.length == before.length);
    CHECK(after.warnedPercent == before.warnedPercent);
    CHECK(after.takeaway == "ask sooner");
    CHECK(after.nextSeq == before.nextSeq);
    CHECK(after.lastLine == 9);
    CHECK(after.runs.size() == before.runs.size());
    CHECK(after.leftWhenEnded == before.leftWhenEnded);

    SECTION("the time palet was down counts as a pause: the same time is left")
    {
        clock.set(after.lastT + 5min);
        const SessionTime left = after.remaining(after.lastT);
        const auto events = resumed.reopen(5min, false);
        REQUIRE(kinds(events) == std::vector{K::reopened});
        CHECK(events[0].seq == before.nextSeq);
        CHECK(after.remaining(clock.now()) == left);
    }
    SECTION("the time palet was down counts as meeting time: it is gone")
    {
        clock.set(after.lastT + 5min);
        const SessionTime left = after.remaining(after.lastT);
        resumed.reopen(5min, true);
        CHECK(after.remaining(clock.now()) == left - 5min);
    }
    SECTION("a finished session cannot be reopened")
    {
        resumed.quit();
        CHECK(resumed.reopen(1min, false).empty());
    }
}

TEST_CASE("a crash between a phase's end and the next one's start is completed on resume")
{
    QTemporaryDir folder;
    const std::string path = folder.filePath("session.jsonl").toStdString();
    RunnerFixture fixture;
    std::string error;
    const auto journal = JournalWriter::create(path, error);
    REQUIRE(journal);
    append(*journal, fixture.runner, fixture.started);
    fixture.clock.advance(2min);
    const auto next = fixture.runner.next();
    append(*journal, fixture.runner, {next[0]}); // the power went before the rest was written

    RunnerFixture again;
    const auto contents = readJournal(path);
    REQUIRE(contents.value);
    REQUIRE(again.runner.restore(contents.value->events).empty());
    CHECK(again.runner.state().phase == -1);
    again.clock.set(3min);
    const auto events = again.runner.reopen(1min, false);
    CHECK(kinds(events) == std::vector{K::reopened, K::phaseStarted});
    CHECK(again.runner.state().phase == 1);

    SECTION("after a quit, the skipping and the end")
    {
        RunnerFixture quitting;
        QTemporaryDir other;
        const std::string quitPath = other.filePath("quit.jsonl").toStdString();
        const auto quitJournal = JournalWriter::create(quitPath, error);
        append(*quitJournal, quitting.runner, quitting.started);
        const auto quit = quitting.runner.quit();
        append(*quitJournal, quitting.runner, {quit[0], quit[1]});
        RunnerFixture resumed;
        REQUIRE(resumed.runner.restore(readJournal(quitPath).value->events).empty());
        CHECK(kinds(resumed.runner.reopen(0ms, false)) == std::vector{K::reopened, K::skipped, K::finished});
    }
}

TEST_CASE("a journal's last line cut short is ignored and cut off, and damage elsewhere is an error")
{
    QTemporaryDir folder;
    const std::string path = folder.filePath("session.jsonl").toStdString();
    RunnerFixture fixture;
    std::string error;
    {
        const auto journal = JournalWriter::create(path, error);
        append(*journal, fixture.runner, fixture.started);
    }
    const qint64 whole = QFile{QString::fromStdString(path)}.size();
    {
        QFile file{QString::fromStdString(path)};
        REQUIRE(file.open(QIODevice::Append));
        file.write(R"({"event":"paused","seq":2,"t":6)");
    }
    const auto contents = readJournal(path);
    REQUIRE(contents.value);
    CHECK(contents.value->cutShort);
    CHECK(contents.value->events.size() == 2);
    CHECK(contents.value->wholeLength == whole);
    {
        const auto reopened = JournalWriter::reopen(path, contents.value->wholeLength, error);
        REQUIRE(reopened);
        CHECK(QFile{QString::fromStdString(path)}.size() == whole);
        CHECK(reopened->append("{\"event\":\"alive\",\"t\":7}\n").empty());
    }
    CHECK(readJournal(path).value->events.size() == 3);

    SECTION("a line damaged in the middle")
    {
        QFile file{QString::fromStdString(path)};
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(0);
        file.write("#");
        file.close();
        const auto damaged = readJournal(path);
        CHECK_FALSE(damaged.value);
        CHECK(damaged.error == path + ":1: not a JSON object");
    }
    SECTION("an event the journal does not know")
    {
        QFile file{QString::fromStdString(path)};
        REQUIRE(file.open(QIODevice::Append));
        file.write("{\"event\":\"exploded\",\"seq\":3,\"t\":8}\n{\"event\":\"alive\",\"t\":9}\n");
        file.close();
        CHECK(readJournal(path).error == path + ":4: unknown event 'exploded'");
    }
}

TEST_CASE("a journal is never overwritten, and a gap in its events is refused")
{
    QTemporaryDir folder;
    const std::string path = folder.filePath("session.jsonl").toStdString();
    RunnerFixture fixture;
    std::string error;
    {
        const auto journal = JournalWriter::create(path, error);
        append(*journal, fixture.runner, fixture.started);
    }
    CHECK_FALSE(JournalWriter::create(path, error));
    CHECK(error.find("the journal already exists") != std::string::npos);

    auto events = readJournal(path).value->events;
    events.erase(events.begin() + 1);
    fixture.clock.advance(1min);
    auto more = fixture.runner.togglePause();
    events.insert(events.end(), more.begin(), more.end());
    RunnerFixture again;
    CHECK(again.runner.restore(events) == "the journal goes from event 0 to event 2");
}

TEST_CASE("every event's JSON carries what its state needs")
{
    RunnerFixture fixture;
    SessionKeys keys{fixture.runner};
    SessionRunner::Events all = fixture.started;
    const auto add = [&](const SessionRunner::Events& events) { all.insert(all.end(), events.begin(), events.end()); };
    fixture.clock.advance(9min);
    add(fixture.runner.tick(false));
    add(keys.press(' '));
    add(keys.press(' '));
    add(keys.press('+'));
    add(keys.press('n'));
    add(keys.press('b'));
    add(fixture.runner.recordTakeaway("text"));
    add(keys.press('q'));
    add(keys.press('y'));

    SessionState direct;
    SessionState viaJson;
    for (const RunEvent& event : all) {
        direct.apply(event);
        const QJsonObject json = runEventJson(event, fixture.runner.plan(), fixture.runner.state());
        CHECK(json["event"].toString().toStdString() == std::string{runEventKindId(event.kind)});
        CHECK(json["seq"].toInt() == event.seq);
        const auto back = runEventFromJson(json);
        REQUIRE(back.value);
        viaJson.apply(*back.value);
        CHECK(viaJson.deadline == direct.deadline);
        CHECK(viaJson.phase == direct.phase);
        CHECK(viaJson.status == direct.status);
        CHECK(viaJson.warnedPercent == direct.warnedPercent);
        CHECK(viaJson.pendingPhase == direct.pendingPhase);
    }
    CHECK(viaJson.takeaway == "text");
    CHECK(viaJson.skipped == direct.skipped);
    CHECK(viaJson.quit);
}

TEST_CASE("palet's downtime is read on the boot clock within one boot, else on the wall clock")
{
    SessionState state;
    state.bootId = "boot-a";
    state.lastBootMs = 10'000;
    state.lastWallMs = 1'000'000;
    CHECK(realTimeDown(state, "boot-a", 70'000, 5'000'000) == 60s);
    CHECK(realTimeDown(state, "boot-b", 5, 1'090'000) == 90s);
    CHECK(realTimeDown(state, "boot-b", 5, 900'000) == 0s); // a clock set back is no negative time
}

TEST_CASE("one writer at a time: a journal being written is not reopened until its writer lets go")
{
    QTemporaryDir folder;
    const std::string path = folder.filePath("session.jsonl").toStdString();
    RunnerFixture fixture;
    std::string error;
    auto journal = JournalWriter::create(path, error);
    REQUIRE(journal);
    append(*journal, fixture.runner, fixture.started);
    const auto contents = readJournal(path);
    REQUIRE(contents.value);
    CHECK_FALSE(JournalWriter::reopen(path, contents.value->wholeLength, error));
    CHECK(error == path + ": another palet is running this session; go on there, or end it first");
    journal.reset();
    CHECK(JournalWriter::reopen(path, contents.value->wholeLength, error));
}
