#include "session/role_assignment.hpp"

#include "translate.hpp"

#include <algorithm>
#include <deque>
#include <map>

namespace palet {
namespace {

// A role the group chooses during the session (chosen_in) is not handed out at the start, unless it
// is the case owner's and the case owner is given: then the choice is made.
bool leftToChoose(const Role& role, const std::string& owner)
{
    return role.chosenDuringSession() && !(role.id == caseOwnerRole && !owner.empty());
}

// The order in which roles are handed out: the case owner, the facilitator, the other roles one
// member holds, then the optional ones; the roles everyone else holds come last.
std::vector<const Role*> handingOrder(const MethodSpec& method, const std::string& owner)
{
    std::vector<const Role*> order;
    const auto add = [&](auto&& wanted) {
        for (const Role& role : method.roles)
            if (wanted(role) && !leftToChoose(role, owner) && std::find(order.begin(), order.end(), &role) == order.end())
                order.push_back(&role);
    };
    add([](const Role& role) { return role.id == caseOwnerRole; });
    add([](const Role& role) { return role.id == facilitatorRole && role.holders != RoleHolders::everyoneElse; });
    add([](const Role& role) { return role.holders == RoleHolders::one; });
    add([](const Role& role) { return role.holders == RoleHolders::optional; });
    return order;
}

} // namespace

Outcome<std::vector<RoleAssignment>> assignRoles(const MethodSpec& method, const std::vector<std::string>& members,
                                                 const std::string& owner)
{
    if (!owner.empty() && std::find(members.begin(), members.end(), owner) == members.end())
        return {std::nullopt, tr("the case owner '%1' is not one of the members").arg(QString::fromStdString(owner)).toStdString()};

    const auto holdersOfKind = [&](RoleHolders kind) {
        return std::any_of(method.roles.begin(), method.roles.end(), [kind](const Role& role) { return role.holders == kind; });
    };
    const bool hasEveryoneElse = holdersOfKind(RoleHolders::everyoneElse);
    // With a counted role (format 2) the advisers are counted too, and everyone else is only who
    // is left over (observers); without one, at least one member is left for everyone else.
    const bool leaveOne = hasEveryoneElse && !holdersOfKind(RoleHolders::counted);
    // A role left to choose needs a member of its own too, taken from everyone else when chosen.
    const auto toChoose = static_cast<std::size_t>(
        std::count_if(method.roles.begin(), method.roles.end(), [&](const Role& role) { return leftToChoose(role, owner); }));
    long needed = leaveOne ? 1 : 0;
    for (const Role& role : method.roles)
        needed += role.holders == RoleHolders::one ? 1 : role.holders == RoleHolders::counted ? role.fewest : 0;
    if (static_cast<long>(members.size()) < needed)
        return {std::nullopt, tr("%1 needs at least %2 members, one for each role; %3 given")
                                  .arg(QString::fromStdString(method.id))
                                  .arg(needed)
                                  .arg(members.size())
                                  .toStdString()};

    std::deque<std::string> free{members.begin(), members.end()};
    const bool ownerRoleExists = method.role(caseOwnerRole) != nullptr;
    if (ownerRoleExists && !owner.empty()) {
        free.erase(std::find(free.begin(), free.end(), owner));
        free.push_front(owner);
    }

    std::map<const Role*, std::vector<std::string>> given;
    const auto give = [&](const Role* role) {
        given[role].push_back(free.front());
        free.pop_front();
    };
    std::vector<const Role*> counted;
    for (const Role& role : method.roles)
        if (role.holders == RoleHolders::counted) counted.push_back(&role);
    bool countedFilled = false;
    const auto fillCounted = [&] {
        for (const Role* role : counted)
            while (given[role].size() < static_cast<std::size_t>(role->fewest) && !free.empty()) give(role);
        countedFilled = true;
    };
    // The counted roles get their fewest before the first optional role (a scribe) can take a
    // member they need; then, after the optional roles, they grow one member at a time round them
    // up to their most. Without counted roles this is format 1's order.
    for (const Role* role : handingOrder(method, owner)) {
        if (role->holders == RoleHolders::optional && !countedFilled) fillCounted();
        if (free.empty()) break;
        if (role->holders == RoleHolders::optional && free.size() < (leaveOne ? 2u : 1u) + toChoose) continue;
        give(role);
    }
    if (!countedFilled) fillCounted();
    for (bool grew = true; grew && free.size() > toChoose;) {
        grew = false;
        for (const Role* role : counted)
            if (free.size() > toChoose && given[role].size() < static_cast<std::size_t>(role->most)) {
                give(role);
                grew = true;
            }
    }
    for (const Role& role : method.roles)
        if (role.holders == RoleHolders::everyoneElse && !free.empty()) given[&role] = {free.begin(), free.end()};

    std::vector<RoleAssignment> assignments;
    for (const Role& role : method.roles)
        if (const auto found = given.find(&role); found != given.end() && !found->second.empty())
            assignments.push_back({role.id, found->second});
    return {assignments, {}};
}

} // namespace palet
