#pragma once
// Who chairs and who keeps time, in turn (docs/planning.md): over a year no member chairs or keeps
// time more than once more than any other member present as often; the case owner of a round
// never chairs or keeps time in it; in a guided meeting the firm's facilitator chairs.

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace palet {

inline constexpr const char* chairRole = "facilitator";
inline constexpr const char* timekeeperRole = "timekeeper";

// How often a member chaired and kept time over the past year.
struct RoleTally {
    int chaired = 0;
    int keptTime = 0;
};

struct RotationMember {
    qint64 id = 0;
    QString name;
};

// One stretch of the meeting that needs a chair and a timekeeper: the meeting as a whole (no
// owner), or the round of one case.
struct RoleSlot {
    std::optional<qint64> caseId;
    std::optional<qint64> ownerId;
};

struct SlotRoles {
    RoleSlot slot;
    std::optional<RotationMember> chair; // none: the guide chairs
    std::optional<RotationMember> timekeeper;
};

struct RotationRequest {
    std::vector<RotationMember> present;
    std::map<qint64, RoleTally> pastYear; // by member id
    bool guided = false;
    std::vector<RoleSlot> parts;
};

// Each slot in turn to the member present who held the role least often so far (then by name),
// never to the slot's case owner, and never chair and timekeeper at once.
std::vector<SlotRoles> rotateRoles(const RotationRequest& request);

} // namespace palet
