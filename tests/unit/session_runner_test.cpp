// The runner's state machine on a manual clock: every key in every state, and what each change
// does to the time.

#include "session_test_support.hpp"

#include "session/session_keys.hpp"

using namespace palet;
using namespace palet::test;

TEST_CASE("a session starts in its first phase with the phase's minutes")
{
    RunnerFixture fixture;
    CHECK(kinds(fixture.started) == std::vector{K::sessionStarted, K::phaseStarted});
    CHECK(fixture.started[0].seq == 0);
    CHECK(fixture.started[1].seq == 1);
    const SessionState& state = fixture.runner.state();
    CHECK(state.status == SessionStatus::running);
    CHECK(state.phase == 0);
    CHECK(state.deadline == 10min);
    CHECK(state.remaining(3min) == 7min);
    CHECK(fixture.runner.start().empty()); // once only
}

TEST_CASE("every key in every state")
{
    RunnerFixture fixture;
    SessionRunner& runner = fixture.runner;
    SessionKeys keys{runner};
    fixture.clock.advance(2min);

    SECTION("running")
    {
        SECTION("space pauses")
        {
            CHECK(kinds(keys.press(' ')) == std::vector{K::paused});
            CHECK(runner.state().status == SessionStatus::paused);
        }
        SECTION("n ends the phase and starts the next")
        {
            const auto events = keys.press('n');
            CHECK(kinds(events) == std::vector{K::phaseEnded, K::phaseStarted});
            CHECK(events[0].reason == EndReason::next);
            CHECK(events[0].actual == 2min);
            CHECK(events[0].planned == 10min);
            CHECK(runner.state().phase == 1);
            CHECK(runner.state().deadline == 2min + 5min);
        }
        SECTION("b in the first phase does nothing")
        {
            CHECK(keys.press('b').empty());
            CHECK(runner.state().phase == 0);
        }
        SECTION("+ adds a minute")
        {
            const auto events = keys.press('+');
            CHECK(kinds(events) == std::vector{K::extended});
            CHECK(events[0].added == 1min);
            CHECK(runner.state().deadline == 11min);
            CHECK(runner.state().length == 11min);
            CHECK(events[0].remaining == 9min);
        }
        SECTION("q asks first; y quits and the phases not run are skipped")
        {
            CHECK(keys.press('q').empty());
            CHECK(keys.confirmingQuit());
            const auto events = keys.press('y');
            CHECK(kinds(events) == std::vector{K::phaseEnded, K::skipped, K::skipped, K::finished});
            CHECK(events[0].reason == EndReason::quit);
            CHECK(events[1].phase == 1);
            CHECK(events[2].phase == 2);
            CHECK(events[3].quit);
            CHECK(runner.state().finished());
        }
        SECTION("q then anything but y keeps the session going, n included")
        {
            for (char answer : {'n', 'x', ' ', 'q'}) {
                CHECK(keys.press('q').empty());
                CHECK(keys.press(answer).empty());
                CHECK_FALSE(keys.confirmingQuit());
                CHECK(runner.state().status == SessionStatus::running);
                CHECK(runner.state().phase == 0);
            }
        }
        SECTION("y and other keys alone do nothing")
        {
            for (char key : {'y', 'x', '\n', '1'}) CHECK(keys.press(key).empty());
            CHECK(runner.state().status == SessionStatus::running);
        }
        SECTION("capitals work as well")
        {
            CHECK(kinds(keys.press('N')) == std::vector{K::phaseEnded, K::phaseStarted});
        }
    }

    SECTION("paused")
    {
        keys.press(' ');
        fixture.clock.advance(3min);
        CHECK(runner.state().remaining(fixture.clock.now()) == 8min); // frozen

        SECTION("space resumes and moves the deadline by the pause")
        {
            const auto events = keys.press(' ');
            CHECK(kinds(events) == std::vector{K::resumed});
            CHECK(events[0].pausedFor == 3min);
            CHECK(runner.state().deadline == 13min);
            CHECK(runner.state().remaining(fixture.clock.now()) == 8min);
        }
        SECTION("n resumes first, then moves on; the pause is not counted in the phase")
        {
            const auto events = keys.press('n');
            CHECK(kinds(events) == std::vector{K::resumed, K::phaseEnded, K::phaseStarted});
            CHECK(events[1].actual == 2min);
            CHECK(runner.state().status == SessionStatus::running);
        }
        SECTION("b in the first phase does nothing, not even resume")
        {
            CHECK(keys.press('b').empty());
            CHECK(runner.state().status == SessionStatus::paused);
        }
        SECTION("+ adds a minute and stays paused")
        {
            CHECK(kinds(keys.press('+')) == std::vector{K::extended});
            CHECK(runner.state().status == SessionStatus::paused);
            CHECK(runner.state().remaining(fixture.clock.now()) == 9min);
        }
        SECTION("q y quits from the pause")
        {
            keys.press('q');
            const auto events = keys.press('y');
            CHECK(kinds(events) == std::vector{K::phaseEnded, K::skipped, K::skipped, K::finished});
            CHECK(events[0].actual == 2min);
        }
        SECTION("time does not run on: no warnings while paused")
        {
            fixture.clock.advance(2h);
            CHECK(runner.tick(true).empty());
            CHECK_FALSE(runner.nextWake(true));
        }
    }

    SECTION("finished")
    {
        keys.press('q');
        keys.press('y');
        for (char key : {' ', 'n', 'b', '+', 'q', 'y', 'x'}) {
            CHECK(keys.press(key).empty());
            CHECK_FALSE(keys.confirmingQuit());
        }
        CHECK(runner.tick(true).empty());
        CHECK(runner.recordTakeaway("late").empty());
        CHECK_FALSE(runner.nextWake(true));
    }
}

TEST_CASE("going back returns to the previous phase with the time it had left")
{
    RunnerFixture fixture;
    SessionKeys keys{fixture.runner};
    fixture.clock.advance(4min);
    keys.press('+');
    keys.press('n'); // 7 minutes of the 11 left
    fixture.clock.advance(30s);
    const auto events = keys.press('b');
    CHECK(kinds(events) == std::vector{K::phaseEnded, K::phaseStarted});
    CHECK(events[0].reason == EndReason::back);
    CHECK(events[1].phase == 0);
    const SessionState& state = fixture.runner.state();
    CHECK(state.remaining(fixture.clock.now()) == 7min);
    CHECK(state.length == 11min);
    keys.press('n');
    keys.press('n');
    keys.press('n');
    CHECK(state.finished());
    CHECK_FALSE(state.quit);
}

TEST_CASE("warnings come at 20 and 5 percent left and when the time is up, once each")
{
    RunnerFixture fixture;
    SessionRunner& runner = fixture.runner;
    CHECK(runner.nextWake(false) == 8min);
    fixture.clock.set(8min - 1ms);
    CHECK(runner.tick(false).empty());
    fixture.clock.set(8min);
    auto events = runner.tick(false);
    REQUIRE(kinds(events) == std::vector{K::warning});
    CHECK(events[0].percentLeft == 20);
    CHECK(events[0].remaining == 2min);
    CHECK(runner.tick(false).empty());
    CHECK(runner.nextWake(false) == 10min - 30s);
    fixture.clock.set(10min - 30s);
    CHECK(runner.tick(false)[0].percentLeft == 5);
    fixture.clock.set(10min);
    CHECK(runner.tick(false)[0].percentLeft == 0);
    CHECK_FALSE(runner.nextWake(false)); // over time: shown, not ended
    fixture.clock.set(13min);
    CHECK(runner.tick(false).empty());
    CHECK(runner.state().remaining(fixture.clock.now()) == -3min);
    CHECK(runner.state().phase == 0);

    SECTION("a minute added after the warnings brings back those no longer due")
    {
        // 3 minutes over, a minute more: still over, so nothing comes again
        runner.extend();
        CHECK(runner.state().warnedPercent == 0);
        for (int i = 0; i < 3; ++i) runner.extend();
        // 1 minute of 14 left: under 20 % but over 5 %
        CHECK(runner.state().warnedPercent == 20);
        CHECK(runner.nextWake(false) == SessionTime{14min} - SessionTime{14min} / 20);
    }
    SECTION("autoAdvance ends the phase over time at once")
    {
        CHECK(kinds(runner.tick(true)) == std::vector{K::phaseEnded, K::phaseStarted});
    }
}

TEST_CASE("the takeaway is asked at the case owner's closing phase")
{
    RunnerFixture fixture;
    SessionRunner& runner = fixture.runner;
    CHECK(runner.plan().takeawayPhase == 2);
    CHECK_FALSE(runner.asksTakeawayOnNext());
    runner.next();
    runner.next();
    CHECK(runner.asksTakeawayOnNext());
    const auto events = runner.recordTakeaway("Ask for help sooner", 7);
    CHECK(kinds(events) == std::vector{K::takeaway});
    CHECK(events[0].line == 7);
    CHECK_FALSE(runner.asksTakeawayOnNext());
    CHECK(runner.recordTakeaway("").empty());
    runner.next();
    CHECK(runner.state().takeaway == "Ask for help sooner");
}

TEST_CASE("a plugin hears every phase start and end, and its messages travel in the events")
{
    struct Listening final : MethodImplementation {
        MethodSpec spec_ = threePhaseMethod();
        std::vector<std::string> heard;
        Outcome<MethodSpec> spec(const MethodContext&) const override { return {spec_, {}}; }
        Outcome<std::vector<RoleMessage>> onEvent(const SessionEvent& event) override
        {
            heard.push_back((event.kind == SessionEvent::Kind::phaseStarted ? "start " : "end ") + event.phaseId);
            if (event.phaseId == "step-3") return {std::nullopt, "the deck is lost"};
            CHECK(event.seed == 42);
            CHECK(event.roleHolders.at("case-owner") == std::vector<std::string>{"Ann"});
            CHECK(event.members == std::vector<MemberRoles>{{"Ann", {"case-owner"}}, {"Bo", {"facilitator"}},
                                                            {"Cas", {"timekeeper"}}, {"Dee", {"adviser"}}});
            return {std::vector<RoleMessage>{{"adviser", "Dee", {"", "planned " + std::to_string(event.plannedMinutes) + " min, " + std::to_string(event.plannedSeconds) + " s"}}}, {}};
        }
    };
    Listening method;
    ManualClock clock;
    SessionRunner runner{planFor(method), method, clock};
    const auto started = runner.start();
    CHECK(started[1].messages == std::vector<RoleMessage>{{"adviser", "Dee", {"", "planned 10 min, 600 s"}}});
    runner.next();
    const auto third = runner.next();
    CHECK(third[1].pluginError == "the deck is lost");
    CHECK(method.heard == std::vector<std::string>{"start step-1", "end step-1", "start step-2", "end step-2", "start step-3"});
}
