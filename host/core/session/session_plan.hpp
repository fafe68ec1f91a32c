#pragma once
// A session plan: the method's phases as its implementation computes them for this group and
// these minutes, the minutes each phase gets, and who holds which role.

#include "method_implementation.hpp"
#include "session/role_assignment.hpp"

#include <palet/method_spec.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace palet {

struct PlanRequest {
    std::vector<std::string> members;   // in the order given
    std::string owner;                  // empty: the first member
    std::optional<int> minutesAvailable; // none: the method's own minutes for the group
    Language language = Language::en;
    std::uint64_t seed = 0;
};

struct SessionPlan {
    MethodSpec method;                 // as the implementation computed it for this context
    MethodContext context;
    std::vector<std::string> members;
    std::vector<RoleAssignment> roles; // in the method's order; roles nobody holds left out
    std::vector<int> phaseMinutes;     // one per phase of `method`
    int takeawayPhase = -1;            // the last phase with an instruction for the case owner
    std::vector<std::string> notes;    // things the facilitator should know (group size, time)

    int phaseCount() const { return static_cast<int>(phaseMinutes.size()); }
    int plannedMinutes() const;
    const std::vector<std::string>& holders(const std::string& roleId) const; // empty when nobody
    std::map<std::string, std::vector<std::string>> roleHolders() const;      // as plugins see it
};

// The plan for `request`; `described` is the method as the catalog lists it, whose minutes for
// the group are the default minutes available. An error names what is wrong.
Outcome<SessionPlan> planSession(const MethodImplementation& method, const MethodSpec& described,
                                 const PlanRequest& request);

// The minutes of each phase: fixed phases as they are, ranges sharing what is left of
// `minutesAvailable` evenly within their bounds (their lower bounds when nothing is left).
std::vector<int> fitPhaseMinutes(const MethodSpec& method, int members, int minutesAvailable);

// The middle of the method's minutes for the group, rounded down.
int typicalMinutes(const MethodSpec& method, int members);

} // namespace palet
