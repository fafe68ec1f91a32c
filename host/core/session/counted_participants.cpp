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
    const auto countsOf = [&](const std::string& roleId) {
        std::vector<int> counts;
        for (const auto& roles : byMembers) {
            const auto held = std::find_if(roles.begin(), roles.end(), [&](const RoleAssignment& role) { return role.roleId == roleId; });
            counts.push_back(held == roles.end() ? 0 : static_cast<int>(held->members.size()));
        }
        return counts;
    };
    for (Phase& phase : spec.phases)
        if (!phase.minutes.counting.empty()) phase.minutes.participantsBySize = countsOf(phase.minutes.counting);
    for (Round& round : spec.rounds)
        if (round.repeat == RoundRepeat::eachHolder) round.holdersBySize = countsOf(round.holdersOf);
}

} // namespace palet
