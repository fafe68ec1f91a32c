#include "planning/role_rotation.hpp"

#include <algorithm>

namespace palet {
namespace {

// The member present, other than those excluded, who holds the role least often; ties by name.
std::optional<RotationMember> leastOften(const std::vector<RotationMember>& present, const std::map<qint64, RoleTally>& tally,
                                         int RoleTally::*count, std::initializer_list<std::optional<qint64>> excluded)
{
    std::optional<RotationMember> best;
    int bestCount = 0;
    for (const RotationMember& member : present) {
        if (std::find(excluded.begin(), excluded.end(), std::optional<qint64>{member.id}) != excluded.end()) continue;
        const auto found = tally.find(member.id);
        const int held = found == tally.end() ? 0 : found->second.*count;
        if (!best || held < bestCount || (held == bestCount && member.name.compare(best->name, Qt::CaseInsensitive) < 0)) {
            best = member;
            bestCount = held;
        }
    }
    return best;
}

} // namespace

std::vector<SlotRoles> rotateRoles(const RotationRequest& request)
{
    std::map<qint64, RoleTally> tally = request.pastYear;
    std::vector<SlotRoles> assigned;
    for (const RoleSlot& slot : request.parts) {
        SlotRoles roles{slot, std::nullopt, std::nullopt};
        if (!request.guided) {
            roles.chair = leastOften(request.present, tally, &RoleTally::chaired, {slot.ownerId});
            if (roles.chair) ++tally[roles.chair->id].chaired;
        }
        roles.timekeeper = leastOften(request.present, tally, &RoleTally::keptTime,
                                      {slot.ownerId, roles.chair ? std::optional<qint64>{roles.chair->id} : std::nullopt});
        if (roles.timekeeper) ++tally[roles.timekeeper->id].keptTime;
        assigned.push_back(roles);
    }
    return assigned;
}

} // namespace palet
