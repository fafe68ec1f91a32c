// Time in a session: kept against deadlines on a monotonic clock, so that nothing drifts however
// late or irregular the wake-ups, and a machine that slept shows the true overrun on waking.

#include "session_test_support.hpp"

#include "session/clock.hpp"

#include <random>
#include <thread>

#include <time.h>

using namespace palet;
using namespace palet::test;

TEST_CASE("no drift over a simulated three-hour meeting woken at irregular moments")
{
    // 18 phases of 10 minutes, every phase ending by itself when its time is up.
    RunnerFixture fixture{threePhaseMethod(std::vector<int>(18, 10))};
    SessionRunner& runner = fixture.runner;
    std::mt19937 random{2024};
    std::uniform_int_distribution<int> step{1, 997};
    std::vector<RunEvent> events;
    SessionTime latestWake{0};
    while (!runner.state().finished()) {
        // Wake up late by up to a second, never early: as a loaded machine's timer does.
        const auto due = runner.nextWake(true);
        REQUIRE(due);
        const SessionTime lateBy{step(random)};
        fixture.clock.set(std::max(fixture.clock.now(), *due) + lateBy);
        latestWake = std::max(latestWake, lateBy);
        for (auto& event : runner.tick(true)) events.push_back(std::move(event));
        REQUIRE(fixture.clock.now() < 4h);
    }
    int phase = 0;
    for (const RunEvent& event : events) {
        if (event.kind == RunEventKind::phaseStarted) {
            ++phase;
            // Each deadline follows from the plan, not from when the previous phase was noticed to end.
            CHECK(event.deadline == SessionTime{std::chrono::minutes{10 * (phase + 1)}});
            CHECK(event.t - SessionTime{std::chrono::minutes{10 * phase}} <= latestWake);
        }
        if (event.kind == RunEventKind::warning) {
            const SessionTime phaseEnd = event.deadline;
            const SessionTime nominal = phaseEnd - SessionTime{10min} * event.percentLeft / 100;
            CHECK(event.t >= nominal);
            CHECK(event.t - nominal < 1s);
        }
    }
    CHECK(phase == 17);
    // The last phase ended within one late wake-up of three hours.
    CHECK(runner.state().runs.back().end - SessionTime{3h} < 1s);
    CHECK(runner.state().runs.back().end >= SessionTime{3h});
}

TEST_CASE("a machine that slept through the phase shows the overrun on waking")
{
    RunnerFixture fixture;
    SessionRunner& runner = fixture.runner;
    fixture.clock.advance(1min);
    fixture.clock.advance(2h); // the lid was shut
    const auto events = runner.tick(false);
    REQUIRE(kinds(events) == std::vector{K::warning, K::warning, K::warning});
    CHECK(events[0].percentLeft == 20);
    CHECK(events[2].percentLeft == 0);
    CHECK(runner.state().remaining(fixture.clock.now()) == -(2h + 1min - 10min));
    CHECK(runner.state().phase == 0); // nothing moves on by itself

    SECTION("with autoAdvance the meeting went on while the machine slept: each phase kept its own minutes")
    {
        const auto later = runner.tick(true);
        CHECK(kinds(later).back() == K::finished);
        CHECK(runner.state().runs.size() == 3);
        CHECK(runner.state().runs[1].start == fixture.clock.now());
    }
    SECTION("a pause over the sleep is a pause: the time left is as it was")
    {
        runner.togglePause();
        fixture.clock.advance(5h);
        CHECK(runner.state().remaining(fixture.clock.now()) == -(2h + 1min - 10min));
    }
}

TEST_CASE("the meeting clock reads the boot clock and runs at the speed asked")
{
    timespec monotonic{};
    clock_gettime(CLOCK_MONOTONIC, &monotonic);
    // The boot clock counts suspended time as well, so it is never behind the monotonic one.
    CHECK(bootClock() >= std::chrono::seconds{monotonic.tv_sec} + std::chrono::nanoseconds{monotonic.tv_nsec});

    const MeetingClock normal;
    const MeetingClock fast{600.0, SessionTime{5000}};
    CHECK(fast.speed() == 600.0);
    const auto before = bootClock();
    std::this_thread::sleep_for(std::chrono::milliseconds{30});
    const auto real = std::chrono::duration_cast<SessionTime>(bootClock() - before);
    CHECK(normal.now() >= real);
    CHECK(normal.now() < real + 20ms);
    // 600 times as fast, from 5 seconds: 30 ms real are 18 s of meeting.
    CHECK(fast.now() >= SessionTime{5000} + real * 600);
    CHECK(fast.now() < SessionTime{5000} + (real + 20ms) * 600);
    const SessionTime first = normal.now();
    CHECK(normal.now() >= first); // monotonic
}
