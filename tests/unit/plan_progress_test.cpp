// A session's progress along its plan, as the terminal's bar and the projector show it: skipped
// phases count as done, the current phase counts up to its planned minutes, a pause stops it.

#include "session_test_support.hpp"

#include "session/plan_progress.hpp"

using namespace palet;
using namespace palet::test;

namespace {

SessionTime progressOf(const RunnerFixture& fixture)
{
    return planProgress(fixture.runner.plan(), fixture.runner.state(), fixture.clock.now());
}

} // namespace

TEST_CASE("skipping ahead moves the progress along the plan while the meeting's clock hardly moves")
{
    RunnerFixture fixture{threePhaseMethod({3, 10, 10, 2, 5})};
    CHECK(progressOf(fixture) == 0min);
    fixture.clock.advance(5s);
    fixture.runner.next();
    fixture.clock.advance(5s);
    fixture.runner.next();
    // In the third phase after ten seconds: 13 planned minutes lie behind.
    REQUIRE(fixture.runner.state().phase == 2);
    CHECK(progressOf(fixture) == 13min);
    fixture.clock.advance(4min);
    CHECK(progressOf(fixture) == 17min);
    fixture.runner.togglePause();
    fixture.clock.advance(3min);
    CHECK(progressOf(fixture) == 17min); // paused: the agenda waits
    fixture.runner.togglePause();
    fixture.clock.advance(20min);
    CHECK(progressOf(fixture) == 23min); // over time counts no further than the phase's plan
}

TEST_CASE("before the start nothing is done, and at the end all of the plan")
{
    SECTION("before the start")
    {
        auto method = std::make_shared<ScriptedMethod>(threePhaseMethod());
        const SessionPlan plan = planFor(*method);
        CHECK(planProgress(plan, SessionState{}, 0ms) == 0ms);
    }
    SECTION("quit halfway")
    {
        RunnerFixture fixture;
        fixture.clock.advance(1min);
        fixture.runner.quit();
        REQUIRE(fixture.runner.state().finished());
        CHECK(progressOf(fixture) == 17min);
    }
    SECTION("going back takes the progress back")
    {
        RunnerFixture fixture;
        fixture.runner.next();
        CHECK(progressOf(fixture) == 10min);
        fixture.runner.back();
        CHECK(progressOf(fixture) < 10min);
    }
}
