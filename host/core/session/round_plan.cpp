#include "session/round_plan.hpp"

#include "translate.hpp"

#include <QStringList>

#include <algorithm>

namespace palet {
namespace {

bool contains(const std::vector<std::string>& list, const std::string& value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

const std::vector<std::string>& holdersIn(const std::vector<RoleAssignment>& roles, const std::string& roleId)
{
    static const std::vector<std::string> nobody;
    for (const auto& role : roles)
        if (role.roleId == roleId) return role.members;
    return nobody;
}

// The member whose round it is takes the rotating role, and its holder takes theirs: a swap keeps
// every other role where it was. Each role's holders stay in the order the members were given.
std::vector<RoleAssignment> rotated(std::vector<RoleAssignment> roles, const std::string& rotates, const std::string& member,
                                    const std::vector<std::string>& order)
{
    const auto& holders = holdersIn(roles, rotates);
    if (rotates.empty() || holders.empty() || holders.front() == member) return roles;
    const std::string holder = holders.front();
    const auto place = [&](const std::string& name) { return std::find(order.begin(), order.end(), name) - order.begin(); };
    for (auto& role : roles) {
        for (auto& name : role.members)
            name = name == member ? holder : name == holder ? member : name;
        std::sort(role.members.begin(), role.members.end(), [&](const auto& a, const auto& b) { return place(a) < place(b); });
    }
    return roles;
}

// The members a subgroup's rounds are for, in the order they come: every member, the rotating
// role's first holder first; or the holders of a role.
std::vector<std::string> turnsOf(const Round& round, const std::vector<std::string>& members, const std::vector<RoleAssignment>& base)
{
    if (round.repeat == RoundRepeat::eachHolder) return holdersIn(base, round.holdersOf);
    std::vector<std::string> turns;
    if (const auto& holders = holdersIn(base, round.rotates); !round.rotates.empty() && !holders.empty())
        turns.push_back(holders.front());
    for (const auto& member : members)
        if (!contains(turns, member)) turns.push_back(member);
    return turns;
}

// Everyone's roles across the subgroups, in the method's order of roles; the subgroups in `order`.
std::vector<RoleAssignment> merged(const MethodSpec& method, const std::vector<const std::vector<RoleAssignment>*>& groups)
{
    std::vector<RoleAssignment> all;
    for (const Role& role : method.roles) {
        RoleAssignment one{role.id, {}};
        for (const auto* roles : groups)
            for (const auto& name : holdersIn(*roles, role.id)) one.members.push_back(name);
        if (!one.members.empty()) all.push_back(std::move(one));
    }
    return all;
}

} // namespace

std::vector<SessionStep> sessionSteps(const MethodSpec& method, int members)
{
    std::vector<SessionStep> steps;
    for (int index = 0; index < static_cast<int>(method.phases.size()); ++index) {
        const Round* round = method.roundOf(method.phases[static_cast<size_t>(index)].id);
        if (!round) {
            steps.push_back({index, 0, 0});
            continue;
        }
        std::vector<int> repeated;
        for (int other = 0; other < static_cast<int>(method.phases.size()); ++other)
            if (round->holds(method.phases[static_cast<size_t>(other)].id)) repeated.push_back(other);
        if (repeated.front() != index) continue; // written out with the round's first phase
        const int rounds = method.roundsFor(*round, members);
        for (int number = 1; number <= rounds; ++number)
            for (int phase : repeated) steps.push_back({phase, number, rounds});
    }
    return steps;
}

std::vector<std::vector<std::string>> splitIntoSubgroups(const MethodSpec& method, const std::vector<std::string>& members)
{
    std::vector<std::vector<std::string>> groups;
    auto next = members.begin();
    for (int size : subgroupSizes(static_cast<int>(members.size()), method.subgroupSize)) {
        groups.emplace_back(next, next + size);
        next += size;
    }
    return groups;
}

Outcome<RoundPlan> planRounds(const MethodSpec& method, const std::vector<std::string>& members, const std::string& owner)
{
    RoundPlan plan;
    plan.method = method;
    plan.method.rounds.clear();
    plan.method.phases.clear();
    const auto steps = sessionSteps(method, static_cast<int>(members.size()));
    for (const SessionStep& step : steps) plan.method.phases.push_back(method.phases[static_cast<size_t>(step.phase)]);

    const bool split = method.subgroupSize >= 2;
    if (method.rounds.empty() && !split) {
        auto roles = assignRoles(method, members, owner);
        if (!roles.value) return {std::nullopt, roles.error};
        plan.roles = std::move(*roles.value);
        return {std::move(plan), {}};
    }

    struct Group {
        std::vector<std::string> members;
        std::vector<RoleAssignment> base;
    };
    std::vector<Group> groups;
    const auto subgroups = splitIntoSubgroups(method, members);
    if (!owner.empty() && !contains(members, owner))
        return {std::nullopt, tr("the case owner '%1' is not one of the members").arg(QString::fromStdString(owner)).toStdString()};
    for (size_t number = 0; number < subgroups.size(); ++number) {
        const auto& names = subgroups[number];
        auto roles = assignRoles(method, names, contains(names, owner) ? owner : std::string{});
        if (!roles.value) {
            if (!split) return {std::nullopt, roles.error};
            QStringList listed;
            for (const auto& name : names) listed << QString::fromStdString(name);
            return {std::nullopt, tr("subgroup %1 (%2): %3")
                                      .arg(number + 1)
                                      .arg(listed.join(", "), QString::fromStdString(roles.error))
                                      .toStdString()};
        }
        groups.push_back({names, std::move(*roles.value)});
    }
    // The case owner's subgroup first, so that the plan's first case owner is the one asked for
    // (a resumed session asks for that one again).
    std::stable_partition(groups.begin(), groups.end(), [&](const Group& group) { return contains(group.members, owner); });
    std::vector<const std::vector<RoleAssignment>*> bases;
    for (const Group& group : groups) bases.push_back(&group.base);
    plan.roles = merged(method, bases);

    // The subgroups as the members were given, for the screens.
    std::vector<const Group*> inOrder;
    for (const auto& names : subgroups)
        for (const Group& group : groups)
            if (group.members == names) inOrder.push_back(&group);

    for (const SessionStep& step : steps) {
        PhasePlace place;
        const Round* round = step.round > 0 ? method.roundOf(method.phases[static_cast<size_t>(step.phase)].id) : nullptr;
        if (round) {
            place.roundId = round->id;
            place.roundName = round->name;
            place.round = step.round;
            place.rounds = step.rounds;
        }
        std::vector<std::vector<RoleAssignment>> held;
        for (const Group* group : inOrder) {
            SubgroupPlace subgroup{group->members, group->base, {}, false};
            if (round) {
                const auto turns = turnsOf(*round, group->members, group->base);
                if (step.round > static_cast<int>(turns.size())) {
                    subgroup.finished = true;
                    subgroup.roles.clear();
                } else {
                    subgroup.roundMember = turns[static_cast<size_t>(step.round - 1)];
                    subgroup.roles = rotated(group->base, round->rotates, subgroup.roundMember, group->members);
                }
            }
            held.push_back(subgroup.roles);
            place.subgroups.push_back(std::move(subgroup));
        }
        std::vector<const std::vector<RoleAssignment>*> heldOrder;
        // The same order as the plan's roles: the case owner's subgroup first.
        for (const Group& group : groups)
            for (size_t index = 0; index < inOrder.size(); ++index)
                if (inOrder[index] == &group) heldOrder.push_back(&held[index]);
        place.roles = merged(method, heldOrder);
        if (!split) {
            place.roundMember = place.subgroups.front().roundMember;
            place.subgroups.clear();
        }
        plan.places.push_back(std::move(place));
    }
    return {std::move(plan), {}};
}

} // namespace palet
