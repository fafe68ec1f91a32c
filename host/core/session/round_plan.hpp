#pragma once
// Rounds and subgroups in a session (format 2): the rounds written out as phases, the group split
// into subgroups, and who holds which role in each subgroup at each phase as the role that
// rotates passes round by round. Computed once, when the session is planned, so that the live
// run, the journal, resume and every screen see the same holders.

#include "method_implementation.hpp"
#include "session/role_assignment.hpp"

#include <palet/method_spec.hpp>

#include <string>
#include <vector>

namespace palet {

// One phase of the session as it comes from the method: which of the method's phases it is, and
// which round (1-based, of `rounds`) it belongs to; round 0 outside a round.
struct SessionStep {
    int phase = 0; // index into the method's phases
    int round = 0;
    int rounds = 0;
};

// The method's phases in the order the session runs them, each round's phases once per round.
std::vector<SessionStep> sessionSteps(const MethodSpec& method, int members);

// The members split into subgroups of the method's size (subgroupSizes), in the order given.
std::vector<std::vector<std::string>> splitIntoSubgroups(const MethodSpec& method, const std::vector<std::string>& members);

// One subgroup during one phase.
struct SubgroupPlace {
    std::vector<std::string> members;  // in the order given
    std::vector<RoleAssignment> roles; // in the method's order; empty once its rounds are over
    std::string roundMember;           // in a round: the member this subgroup's round is for
    bool finished = false;             // its rounds are over (it is smaller): it waits for the others

    friend bool operator==(const SubgroupPlace&, const SubgroupPlace&) = default;
};

// Where one phase of a session stands among the rounds and subgroups, and its holders.
struct PhasePlace {
    std::string roundId;   // empty: not in a round
    LocalizedText roundName;
    int round = 0;         // 1-based; 0 outside a round
    int rounds = 0;
    std::string roundMember;              // the group whole: the member the round is for
    std::vector<SubgroupPlace> subgroups; // empty: the group stays whole
    std::vector<RoleAssignment> roles;    // everyone's roles in this phase, across the subgroups

    friend bool operator==(const PhasePlace&, const PhasePlace&) = default;
};

struct RoundPlan {
    MethodSpec method;                 // its rounds written out; `rounds` is then empty
    std::vector<PhasePlace> places;    // one per phase of `method`; empty without rounds and subgroups
    std::vector<RoleAssignment> roles; // the roles outside the rounds, across the subgroups
};

// The plan of the rounds and subgroups for these members; `owner` (if any) holds the case owner's
// role in their subgroup and has the first round there. An error names the subgroup whose members
// are too few for the roles.
Outcome<RoundPlan> planRounds(const MethodSpec& method, const std::vector<std::string>& members, const std::string& owner);

} // namespace palet
