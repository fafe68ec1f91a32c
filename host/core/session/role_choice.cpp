#include "session/role_choice.hpp"

#include "translate.hpp"

#include <QStringList>

#include <algorithm>

namespace palet {
namespace {

QString q(const std::string& text) { return QString::fromStdString(text); }

bool contains(const std::vector<std::string>& list, const std::string& value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

// The place of `roleId` among the method's roles, to keep assignments in the method's order.
std::size_t rolePlace(const SessionPlan& plan, const std::string& roleId)
{
    const auto found = std::find_if(plan.method.roles.begin(), plan.method.roles.end(), [&](const Role& role) { return role.id == roleId; });
    return static_cast<std::size_t>(found - plan.method.roles.begin());
}

// Whether a member holding `roleId` may still be chosen: the role of everyone else, or an optional
// one, which the method does without.
bool leavable(const SessionPlan& plan, const std::string& roleId)
{
    const Role* role = plan.method.role(roleId);
    return role && (role->holders == RoleHolders::everyoneElse || role->holders == RoleHolders::optional);
}

} // namespace

std::vector<RoleChoice> roleChoicesOf(const MethodSpec& method, const std::string& owner)
{
    std::vector<RoleChoice> choices;
    for (const Role& role : method.roles) {
        if (!role.chosenDuringSession() || (role.id == caseOwnerRole && !owner.empty())) continue;
        const auto phase = std::find_if(method.phases.begin(), method.phases.end(), [&](const Phase& one) { return one.id == role.chosenIn; });
        if (phase != method.phases.end()) choices.push_back({role.id, static_cast<int>(phase - method.phases.begin())});
    }
    return choices;
}

const RoleChoice* choiceOf(const SessionPlan& plan, const std::string& roleId)
{
    const auto found = std::find_if(plan.choices.begin(), plan.choices.end(), [&](const RoleChoice& choice) { return choice.roleId == roleId; });
    return found == plan.choices.end() ? nullptr : &*found;
}

std::vector<RoleAssignment> rolesAt(const SessionPlan& plan, const SessionState& state, int phase)
{
    std::vector<RoleAssignment> roles = plan.rolesAt(phase);
    for (const RoleChoice& choice : plan.choices) {
        const auto chosen = state.chosen.find(choice.roleId);
        if (phase <= choice.phase || chosen == state.chosen.end()) continue;
        const std::string& member = chosen->second.member;
        for (RoleAssignment& role : roles) {
            const bool held = contains(role.members, member);
            std::erase(role.members, member);
            // An optional role the chosen member leaves (the scribe's pen) passes to the first of
            // everyone else, while another is left there, as it was handed out.
            if (!held || !role.members.empty()) continue;
            const Role* kind = plan.method.role(role.roleId);
            if (!kind || kind->holders != RoleHolders::optional) continue;
            for (RoleAssignment& rest : roles) {
                const Role* restKind = plan.method.role(rest.roleId);
                if (restKind && restKind->holders == RoleHolders::everyoneElse && rest.members.size() >= 2) {
                    role.members.push_back(rest.members.front());
                    rest.members.erase(rest.members.begin());
                    break;
                }
            }
        }
        std::erase_if(roles, [](const RoleAssignment& role) { return role.members.empty(); });
        const auto place = std::find_if(roles.begin(), roles.end(), [&](const RoleAssignment& role) {
            return rolePlace(plan, role.roleId) > rolePlace(plan, choice.roleId);
        });
        roles.insert(place, {choice.roleId, {member}});
    }
    return roles;
}

std::vector<std::string> holdersAt(const SessionPlan& plan, const SessionState& state, int phase, const std::string& roleId)
{
    for (const RoleAssignment& role : rolesAt(plan, state, phase))
        if (role.roleId == roleId) return role.members;
    return {};
}

std::map<std::string, std::vector<std::string>> roleHoldersAt(const SessionPlan& plan, const SessionState& state, int phase)
{
    std::map<std::string, std::vector<std::string>> map;
    for (const RoleAssignment& role : rolesAt(plan, state, phase)) map[role.roleId] = role.members;
    return map;
}

std::vector<MemberRoles> memberRolesAt(const SessionPlan& plan, const SessionState& state, int phase)
{
    const std::vector<RoleAssignment> roles = rolesAt(plan, state, phase);
    std::vector<MemberRoles> list;
    for (const std::string& member : plan.members) {
        MemberRoles held{member, {}};
        for (const RoleAssignment& role : roles)
            if (contains(role.members, member)) held.roleIds.push_back(role.roleId);
        list.push_back(std::move(held));
    }
    return list;
}

std::vector<std::string> choosableMembers(const SessionPlan& plan, const SessionState& state, const std::string& roleId)
{
    const RoleChoice* choice = choiceOf(plan, roleId);
    if (!choice) return {};
    const std::vector<RoleAssignment> planned = plan.rolesAt(choice->phase);
    std::vector<std::string> members;
    for (const std::string& member : plan.members) {
        const bool holdsOne = std::any_of(planned.begin(), planned.end(), [&](const RoleAssignment& role) {
            return contains(role.members, member) && !leavable(plan, role.roleId);
        });
        const bool chosenElsewhere = std::any_of(state.chosen.begin(), state.chosen.end(), [&](const auto& other) {
            return other.first != roleId && other.second.member == member;
        });
        if (!holdsOne && !chosenElsewhere) members.push_back(member);
    }
    return members;
}

std::string choiceProblem(const SessionPlan& plan, const SessionState& state, const std::string& roleId, const std::string& member)
{
    if (!choiceOf(plan, roleId)) {
        QStringList chosen;
        for (const RoleChoice& choice : plan.choices) chosen << q(choice.roleId);
        return (chosen.isEmpty() ? tr("this session chooses no role; the plan names every holder")
                                 : tr("the role '%1' is not chosen during this session; the roles chosen are: %2").arg(q(roleId), chosen.join(", ")))
            .toStdString();
    }
    const std::vector<std::string> free = choosableMembers(plan, state, roleId);
    if (contains(free, member)) return {};
    QStringList names;
    for (const std::string& name : free) names << q(name);
    if (!contains(plan.members, member))
        return tr("'%1' is not one of the members; choose one of: %2").arg(q(member), names.join(", ")).toStdString();
    return tr("%1 holds another role already; choose one of: %2").arg(q(member), names.join(", ")).toStdString();
}

std::string choiceDue(const SessionPlan& plan, const SessionState& state)
{
    if (state.phase < 0) return {};
    for (const RoleChoice& choice : plan.choices)
        if (choice.phase == state.phase && !state.chosen.count(choice.roleId)) return choice.roleId;
    return {};
}

} // namespace palet
