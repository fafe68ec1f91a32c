#include "planning/part_roles.hpp"

#include <algorithm>
#include <map>

namespace palet {
namespace {

bool isKeyRole(const std::string& id) { return id == ownerRoleId || id == chairRoleId || id == timekeeperRoleId; }

class PartFiller {
public:
    PartFiller(const QStringList& present, std::map<QString, int>& timesHeld) : timesHeld_(timesHeld)
    {
        for (const QString& member : present) free_ << member;
    }

    // Takes `name` off the free members: the rotation gave them their role.
    void take(const QString& name) { free_.removeAll(name); }

    // The free member who held a role of this kind least often in this meeting, then the first in
    // the group's order: so the scribe's pen goes round.
    QString takeLeastOften(const std::string& roleId)
    {
        if (free_.isEmpty()) return {};
        QString best = free_.front();
        for (const QString& member : free_)
            if (timesHeld_[roleKey(roleId, member)] < timesHeld_[roleKey(roleId, best)]) best = member;
        ++timesHeld_[roleKey(roleId, best)];
        free_.removeAll(best);
        return best;
    }

    QStringList rest()
    {
        QStringList left = free_;
        free_.clear();
        return left;
    }
    qsizetype freeCount() const { return free_.size(); }

private:
    static QString roleKey(const std::string& roleId, const QString& member) { return QString::fromStdString(roleId) + '\n' + member; }

    QStringList free_;
    std::map<QString, int>& timesHeld_;
};

std::vector<PartRoleHolders> fillPart(const PartRoleRequest& part, const QStringList& present, std::map<QString, int>& timesHeld)
{
    if (part.isBreak) return {};
    PartFiller filler{present, timesHeld};
    for (const QString& taken : {part.owner, part.chair, part.timekeeper})
        if (!taken.isEmpty()) filler.take(taken);

    const bool hasEveryoneElse = std::any_of(part.roles.begin(), part.roles.end(),
                                             [](const Role& role) { return role.holders == RoleHolders::everyoneElse; });
    const bool hasCounted = std::any_of(part.roles.begin(), part.roles.end(),
                                        [](const Role& role) { return role.holders == RoleHolders::counted; });
    std::map<std::string, QStringList> given;
    // Counted roles (format 2): their fewest before an optional role can take a member they
    // need, then one member at a time round them up to their most (as assignRoles does).
    const auto fillCounted = [&](bool toMost) {
        for (bool grew = true; grew && filler.freeCount() > 0;) {
            grew = false;
            for (const Role& role : part.roles) {
                if (role.holders != RoleHolders::counted || filler.freeCount() == 0) continue;
                const qsizetype wanted = toMost ? role.most : role.fewest;
                if (given[role.id].size() >= wanted) continue;
                given[role.id] << filler.takeLeastOften(role.id);
                grew = true;
            }
        }
    };
    const auto keyHolder = [&](const std::string& id) -> QString {
        if (id == ownerRoleId) return part.owner;
        if (id == chairRoleId) return part.chair;
        return part.timekeeper;
    };
    bool countedFilled = false;
    for (const Role& role : part.roles) {
        if (role.holders == RoleHolders::everyoneElse || role.holders == RoleHolders::counted) continue;
        if (role.holders == RoleHolders::optional && !countedFilled) {
            fillCounted(false);
            countedFilled = true;
        }
        if (isKeyRole(role.id)) {
            if (!keyHolder(role.id).isEmpty()) given[role.id] = {keyHolder(role.id)};
            continue;
        }
        // An optional role (a scribe) only while someone is left for the roles everyone else
        // holds: advisers are the point of a round.
        if (role.holders == RoleHolders::optional && filler.freeCount() <= (hasEveryoneElse && !hasCounted ? 1 : 0)) continue;
        if (const QString holder = filler.takeLeastOften(role.id); !holder.isEmpty()) given[role.id] = {holder};
    }
    if (!countedFilled) fillCounted(false);
    fillCounted(true);
    const QStringList rest = filler.rest();
    bool restGiven = false;
    for (const Role& role : part.roles)
        if (role.holders == RoleHolders::everyoneElse && !rest.isEmpty()) {
            given[role.id] = rest;
            restGiven = true;
        }

    std::vector<PartRoleHolders> roles;
    for (const Role& role : part.roles)
        if (const auto found = given.find(role.id); found != given.end() && !found->second.isEmpty())
            roles.push_back({role.id, found->second});
    // The agenda's chair and timekeeper hold their roles even where the method does not name them.
    for (const char* id : {chairRoleId, timekeeperRoleId})
        if (!given.count(id) && !keyHolder(id).isEmpty()) roles.push_back({id, {keyHolder(id)}});
    // A method without a role for everyone else: the members left advise all the same.
    if (!restGiven && !rest.isEmpty()) roles.push_back({"member", rest});
    return roles;
}

} // namespace

std::vector<std::vector<PartRoleHolders>> assignMeetingRoles(const MeetingRolesRequest& request)
{
    std::map<QString, int> timesHeld;
    std::vector<std::vector<PartRoleHolders>> parts;
    for (const PartRoleRequest& part : request.parts) parts.push_back(fillPart(part, request.present, timesHeld));
    return parts;
}

QStringList holdersOf(const std::vector<PartRoleHolders>& roles, const char* roleId)
{
    for (const PartRoleHolders& role : roles)
        if (role.roleId == roleId) return role.holders;
    return {};
}

} // namespace palet
