#include "session/counted_participants.hpp"

#include "session/role_assignment.hpp"

#include <algorithm>

namespace palet {

void countParticipants(MethodSpec& spec)
{
    const bool anyCounting = std::any_of(spec.phases.begin(), spec.phases.end(),
                                         [](const Phase& phase) { return !phase.minutes.counting.empty(); });
    const bool anyHolderRound = std::any_of(spec.rounds.begin(), spec.rounds.end(),
                                            [](const Round& round) { return round.repeat == RoundRepeat::eachHolder; });
    if (!anyCounting && !anyHolderRound) return;
    std::vector<std::vector<RoleAssignment>> byMembers;
    std::vector<std::string> members;
    for (int present = 0; present <= maxGroupMembers; ++present) {
        const auto roles = assignRoles(spec, members, {});
        byMembers.push_back(roles.value.value_or(std::vector<RoleAssignment>{}));
        members.push_back(std::to_string(present + 1));
    }
    // A role chosen during the session (chosen_in) is counted as once chosen: its one holder has
    // left the role of everyone else, as in the phases after the choice, where counting it is allowed.
    const auto heldBy = [&](const std::vector<RoleAssignment>& roles, const std::string& roleId) {
        const auto held = std::find_if(roles.begin(), roles.end(), [&](const RoleAssignment& role) { return role.roleId == roleId; });
        int count = held == roles.end() ? 0 : static_cast<int>(held->members.size());
        const Role* counted = spec.role(roleId);
        for (const Role& role : spec.roles) {
            if (!role.chosenDuringSession() || roles.empty()) continue; // empty: too few members for the method
            if (role.id == roleId)
                count = 1;
            else if (counted && counted->holders == RoleHolders::everyoneElse)
                count = std::max(0, count - 1);
        }
        return count;
    };
    for (Phase& phase : spec.phases) {
        if (phase.minutes.counting.empty()) continue;
        phase.minutes.participantsBySize.clear();
        for (const auto& roles : byMembers) phase.minutes.participantsBySize.push_back(heldBy(roles, phase.minutes.counting));
    }
    for (Round& round : spec.rounds) {
        if (round.repeat != RoundRepeat::eachHolder) continue;
        round.holdersBySize.clear();
        for (const auto& roles : byMembers) round.holdersBySize.push_back(heldBy(roles, round.holdersOf));
    }
}

} // namespace palet
