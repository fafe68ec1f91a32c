#include "session/role_assignment.hpp"

#include "translate.hpp"

#include <algorithm>
#include <deque>

namespace palet {
namespace {

// The order in which roles are handed out: the case owner, the facilitator, the other roles one
// member holds, then the optional ones; the roles everyone else holds come last.
std::vector<const Role*> handingOrder(const MethodSpec& method)
{
    std::vector<const Role*> order;
    const auto add = [&](auto&& wanted) {
        for (const Role& role : method.roles)
            if (wanted(role) && std::find(order.begin(), order.end(), &role) == order.end()) order.push_back(&role);
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

    const bool hasEveryoneElse = std::any_of(method.roles.begin(), method.roles.end(),
                                             [](const Role& role) { return role.holders == RoleHolders::everyoneElse; });
    const auto needed = std::count_if(method.roles.begin(), method.roles.end(),
                                      [](const Role& role) { return role.holders == RoleHolders::one; })
                        + (hasEveryoneElse ? 1 : 0);
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

    std::vector<std::pair<const Role*, std::vector<std::string>>> given;
    for (const Role* role : handingOrder(method)) {
        if (free.empty()) break;
        const bool leaveOne = hasEveryoneElse;
        if (role->holders == RoleHolders::optional && free.size() < (leaveOne ? 2u : 1u)) continue;
        given.push_back({role, {free.front()}});
        free.pop_front();
    }
    for (const Role& role : method.roles)
        if (role.holders == RoleHolders::everyoneElse && !free.empty()) given.push_back({&role, {free.begin(), free.end()}});

    std::vector<RoleAssignment> assignments;
    for (const Role& role : method.roles)
        for (const auto& [holder, names] : given)
            if (holder == &role) assignments.push_back({role.id, names});
    return {assignments, {}};
}

} // namespace palet
