#pragma once
// A session plan: the method's phases as its implementation computes them for this group and
// these minutes, the time each phase gets (in seconds), and who holds which role.

#include "method_implementation.hpp"
#include "session/role_assignment.hpp"
#include "session/round_plan.hpp"

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
    std::optional<int> minutesAvailable; // none: not known; the method chooses (it sees 0)
    Language language = Language::en;
    std::uint64_t seed = 0;
    std::string textLanguage;          // a tag for the method's texts ("de"); empty: `language`
    std::vector<std::string> takeIn;  // optional phases to run that run only when chosen
    std::vector<std::string> leaveOut; // optional phases to leave out that run unless left out
};

// A role the group chooses during the session (format 2's `chosen_in`), and the phase in which it
// chooses: the chosen member holds the role from the next phase on (session/role_choice.hpp).
struct RoleChoice {
    std::string roleId;
    int phase = -1;

    friend bool operator==(const RoleChoice&, const RoleChoice&) = default;
};

// One part of a meeting's agenda within a meeting's session: a block or the round of one case,
// with the phases it contributes and who holds its roles.
struct PlanPart {
    std::string label;    // the block's name, or the round's "method: case"
    std::string title;    // the block's or the method's name alone
    std::string methodId;
    int firstPhase = 0;
    int phaseCount = 0;
    int caseNumber = 0;   // the case a round treats; 0 for a block
    // The store's id of that case: its number is its place among the meeting's cases, which
    // erasing another member's case changes; the id stays.
    std::int64_t caseId = 0;
    std::vector<RoleAssignment> roles;
    int takeawayPhase = -1; // the case owner's closing phase in the session; -1 for a block

    bool holds(int phase) const { return phase >= firstPhase && phase < firstPhase + phaseCount; }
};

// A case treated at the previous meeting, looked back on in this meeting's opening.
struct LookBackCase {
    int number = 0; // at the previous meeting
    std::int64_t caseId = 0; // the store's id, which erasure of other cases leaves as it is
    std::string label;
    std::string owner;
    std::string takeaway; // empty: none recorded
};

struct SessionPlan {
    // As the implementation computed it for this context, with its rounds written out: each
    // round's phases once for every round (`places` says which round a phase belongs to).
    MethodSpec method;
    MethodContext context;
    std::vector<std::string> members;
    std::vector<RoleAssignment> roles; // in the method's order; roles nobody holds left out
    std::vector<RoleChoice> choices;   // roles chosen during the session: nobody holds them at the start
    // With rounds or subgroups (format 2): one per phase, its round, its subgroups and who holds
    // which role there; empty otherwise. rolesAt and the functions after it read it.
    std::vector<PhasePlace> places;
    std::vector<int> phaseSeconds;     // one per phase of `method`
    std::string textLanguage;          // the tag the method's texts are shown in, as asked
    std::vector<std::string> takenIn;  // the optional phases chosen in, and left out, as asked
    std::vector<std::string> leftOut;
    int takeawayPhase = -1;            // the last phase with an instruction for the case owner
    std::vector<std::string> notes;    // things the facilitator should know (group size, time)
    std::string meeting;               // a meeting's session: GROUP@YYYY-MM-DD; empty for one method
    std::vector<PlanPart> parts;       // a meeting's session: its agenda parts in order
    std::string previousMeeting;       // a meeting's session: the one looked back on, GROUP@YYYY-MM-DD
    std::vector<LookBackCase> lookBack; // its treated cases; empty at a first meeting

    const PlanPart* partAt(int phase) const; // none outside a meeting's session
    // The phase's round and subgroups; null when it is in no round and the group stays whole.
    const PhasePlace* placeAt(int phase) const;
    bool isTakeawayPhase(int phase) const;
    // Who holds which role at the phase: in its round and across its subgroups, else the part's
    // roles in a meeting, else the session's.
    const std::vector<RoleAssignment>& rolesAt(int phase) const;
    const std::vector<std::string>& holdersAt(int phase, const std::string& roleId) const;
    std::map<std::string, std::vector<std::string>> roleHoldersAt(int phase) const;
    std::vector<MemberRoles> memberRolesAt(int phase) const; // every member, in the order given

    int phaseCount() const { return static_cast<int>(phaseSeconds.size()); }
    int plannedSeconds() const;
    int plannedMinutes() const { return minutesRoundedUp(plannedSeconds()); } // whole minutes, rounded up
    const std::vector<std::string>& holders(const std::string& roleId) const; // empty when nobody
    std::map<std::string, std::vector<std::string>> roleHolders() const;      // as plugins see it
};

// The plan for `request`. Without minutes available the method hears 0 (not known) and chooses;
// its phases then get the middle of the minutes it computed for the group. An error names what
// is wrong.
Outcome<SessionPlan> planSession(const MethodImplementation& method, const PlanRequest& request);

// The seconds of each phase: fixed phases as they are, ranges sharing what is left of
// `secondsAvailable` in proportion to their room (shareSeconds; their lower bounds when nothing
// is left).
std::vector<int> fitPhaseSeconds(const MethodSpec& method, int members, int secondsAvailable);

// The middle of the method's time for the group in seconds, rounded down to whole minutes (half
// minutes when its phases are given in them).
int typicalSeconds(const MethodSpec& method, int members);

} // namespace palet
