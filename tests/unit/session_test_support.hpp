#pragma once
// A small method and its plan for the session tests, built through the same planSession the
// runner uses; the method is a ScriptedMethod, as a YAML method is at run time.

#include "session/session_plan.hpp"
#include "session/session_runner.hpp"

#include <catch2/catch.hpp>

#include <memory>

namespace palet::test {

inline LocalizedText en(std::string text) { return {{}, std::move(text)}; }

// Three phases of 10, 5 and 2 minutes; the case owner speaks last in the third.
inline MethodSpec threePhaseMethod(std::vector<int> minutes = {10, 5, 2})
{
    MethodSpec spec;
    spec.id = "three-steps";
    spec.version = {1, 0, 0};
    spec.name = en("Three steps");
    spec.groupSize = {3, 8, 5};
    spec.roles = {{"case-owner", en("Case owner"), {}, RoleHolders::one},
                  {"facilitator", en("Facilitator"), {}, RoleHolders::one},
                  {"timekeeper", en("Timekeeper"), {}, RoleHolders::optional},
                  {"adviser", en("Adviser"), {}, RoleHolders::everyoneElse}};
    for (size_t index = 0; index < minutes.size(); ++index) {
        Phase phase;
        phase.id = "step-" + std::to_string(index + 1);
        phase.name = en("Step " + std::to_string(index + 1));
        phase.minutes = PhaseDuration::fixed(minutes[index]);
        phase.instructions = {{"adviser", en("Ask.")}};
        if (index + 1 == minutes.size() || index == 0) phase.instructions.push_back({"case-owner", en("Tell.")});
        spec.phases.push_back(phase);
    }
    return spec;
}

inline SessionPlan planFor(MethodImplementation& method, std::vector<std::string> members = {"Ann", "Bo", "Cas", "Dee"})
{
    PlanRequest request;
    request.members = std::move(members);
    request.seed = 42;
    auto plan = planSession(method, request);
    INFO(plan.error);
    REQUIRE(plan.value);
    return std::move(*plan.value);
}

// A runner over a scripted method on a manual clock, started.
struct RunnerFixture {
    explicit RunnerFixture(MethodSpec spec = threePhaseMethod())
        : method(std::make_shared<ScriptedMethod>(spec)), runner(planFor(*method), *method, clock)
    {
        started = runner.start();
    }

    std::shared_ptr<ScriptedMethod> method;
    ManualClock clock;
    SessionRunner runner;
    SessionRunner::Events started;
};

inline std::vector<RunEventKind> kinds(const SessionRunner::Events& events)
{
    std::vector<RunEventKind> list;
    for (const auto& event : events) list.push_back(event.kind);
    return list;
}

using namespace std::chrono_literals;
using K = RunEventKind;

} // namespace palet::test
