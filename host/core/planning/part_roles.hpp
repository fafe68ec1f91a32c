#pragma once
// Who holds which role in each part of a meeting (docs/planning.md): one assignment that the
// agenda, its JSON, the live run and the report all read, so they cannot disagree. The chair and
// timekeeper come from the rotation (role_rotation.hpp); this fills in the rest of each part.

#include <palet/role.hpp>

#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <vector>

namespace palet {

inline constexpr const char* ownerRoleId = "case-owner";
inline constexpr const char* chairRoleId = "facilitator";
inline constexpr const char* timekeeperRoleId = "timekeeper";
inline constexpr const char* scribeRoleId = "scribe";

struct PartRoleHolders {
    std::string roleId;
    QStringList holders;

    friend bool operator==(const PartRoleHolders&, const PartRoleHolders&) = default;
};

struct PartRoleRequest {
    std::vector<Role> roles;   // the part's method's roles, in its order
    bool isBreak = false;      // nobody holds a role in a break
    QString owner;             // a round's case owner; empty for a block
    QString chair;             // a member present, or the guide (who is no member)
    QString timekeeper;        // a member present; empty when there is none
};

struct MeetingRolesRequest {
    QStringList present; // the members present, in the group's order
    std::vector<PartRoleRequest> parts;
};

// Every part's role holders, in its method's order; a chair or timekeeper the method does not
// name is added after its own roles, and so are the members left when it has no role for
// everyone else (as `member`, the blocks' role). In every part but a break every member present holds a role;
// nobody holds two of chair, timekeeper, scribe and case owner while another member present holds
// none of them. Scribes rotate over the meeting: least often so far, then the group's order.
std::vector<std::vector<PartRoleHolders>> assignMeetingRoles(const MeetingRolesRequest& request);

// The holders of `roleId` in one part's assignment; empty when nobody holds it.
QStringList holdersOf(const std::vector<PartRoleHolders>& roles, const char* roleId);

} // namespace palet
