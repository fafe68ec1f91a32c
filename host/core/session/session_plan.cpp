#include "session/session_plan.hpp"

#include "catalog/text_language.hpp"
#include "planning/minute_sharing.hpp"
#include "session/role_choice.hpp"
#include "text/method_figures.hpp"
#include "translate.hpp"

#include <QStringList>

#include <algorithm>
#include <numeric>
#include <set>
#include <utility>

namespace palet {
namespace {

QString q(const std::string& text) { return QString::fromStdString(text); }

std::optional<std::string> membersProblem(const std::vector<std::string>& members)
{
    if (members.empty()) return tr("no members given").toStdString();
    std::set<std::string> seen;
    for (const auto& member : members) {
        if (member.empty()) return tr("a member's name is empty").toStdString();
        if (!seen.insert(member).second) return tr("the member '%1' is named twice").arg(q(member)).toStdString();
    }
    return std::nullopt;
}

int lastOwnerPhase(const MethodSpec& method)
{
    for (int index = static_cast<int>(method.phases.size()) - 1; index >= 0; --index)
        if (method.phases[static_cast<size_t>(index)].instructionFor(caseOwnerRole)) return index;
    return -1;
}

// Drops the optional phases that do not run: those run only when chosen and not taken in, and
// those left out. Every id asked for must be an optional phase of the method.
std::optional<std::string> chooseOptionalPhases(MethodSpec& method, const PlanRequest& request)
{
    QStringList optional;
    for (const Phase& phase : method.phases)
        if (phase.isOptional()) optional << q(phase.id);
    for (const auto* asked : {&request.takeIn, &request.leaveOut})
        for (const std::string& id : *asked) {
            const auto phase = std::find_if(method.phases.begin(), method.phases.end(), [&](const Phase& one) { return one.id == id; });
            if (phase == method.phases.end())
                return tr("%1 has no phase '%2'").arg(q(method.id), q(id)).toStdString();
            if (!phase->isOptional())
                return (optional.isEmpty() ? tr("phase '%1' of %2 always runs; the method has no optional phases").arg(q(id), q(method.id))
                                           : tr("phase '%1' of %2 always runs; its optional phases are %3").arg(q(id), q(method.id), optional.join(", ")))
                    .toStdString();
        }
    const auto named = [](const std::vector<std::string>& ids, const Phase& phase) {
        return std::find(ids.begin(), ids.end(), phase.id) != ids.end();
    };
    std::erase_if(method.phases, [&](const Phase& phase) {
        return (phase.inclusion == Inclusion::whenChosen && !named(request.takeIn, phase)) ||
               (phase.isOptional() && named(request.leaveOut, phase));
    });
    return std::nullopt;
}

// A case owner given beforehand (`--owner`, a meeting's case) is a choice made already: the role
// is handed out at the start like any other, and the phase in which the group would have chosen
// it is left out, unless another role is still chosen there.
void settleChosenOwner(MethodSpec& method, const std::string& owner)
{
    Role* role = nullptr;
    for (Role& candidate : method.roles)
        if (candidate.id == caseOwnerRole) role = &candidate;
    if (owner.empty() || !role || !role->chosenDuringSession()) return;
    const std::string phaseId = std::exchange(role->chosenIn, {});
    const bool stillChosenThere = std::any_of(method.roles.begin(), method.roles.end(), [&](const Role& other) { return other.chosenIn == phaseId; });
    if (!stillChosenThere) std::erase_if(method.phases, [&](const Phase& phase) { return phase.id == phaseId; });
}

} // namespace

int SessionPlan::plannedSeconds() const { return std::accumulate(phaseSeconds.begin(), phaseSeconds.end(), 0); }

const std::vector<std::string>& SessionPlan::holders(const std::string& roleId) const
{
    static const std::vector<std::string> nobody;
    for (const auto& role : roles)
        if (role.roleId == roleId) return role.members;
    return nobody;
}

std::map<std::string, std::vector<std::string>> SessionPlan::roleHolders() const
{
    std::map<std::string, std::vector<std::string>> map;
    for (const auto& role : roles) map[role.roleId] = role.members;
    return map;
}

const PlanPart* SessionPlan::partAt(int phase) const
{
    for (const auto& part : parts)
        if (part.holds(phase)) return &part;
    return nullptr;
}

bool SessionPlan::isTakeawayPhase(int phase) const
{
    if (parts.empty()) return phase == takeawayPhase;
    const PlanPart* part = partAt(phase);
    return part && part->takeawayPhase == phase;
}

const PhasePlace* SessionPlan::placeAt(int phase) const
{
    if (phase < 0 || phase >= static_cast<int>(places.size())) return nullptr;
    const PhasePlace& place = places[static_cast<size_t>(phase)];
    return place.round > 0 || !place.subgroups.empty() ? &place : nullptr;
}

const std::vector<RoleAssignment>& SessionPlan::rolesAt(int phase) const
{
    if (const PhasePlace* place = placeAt(phase)) return place->roles;
    const PlanPart* part = partAt(phase);
    return part ? part->roles : roles;
}

const std::vector<std::string>& SessionPlan::holdersAt(int phase, const std::string& roleId) const
{
    static const std::vector<std::string> nobody;
    for (const auto& role : rolesAt(phase))
        if (role.roleId == roleId) return role.members;
    return nobody;
}

std::map<std::string, std::vector<std::string>> SessionPlan::roleHoldersAt(int phase) const
{
    std::map<std::string, std::vector<std::string>> map;
    for (const auto& role : rolesAt(phase)) map[role.roleId] = role.members;
    return map;
}

std::vector<MemberRoles> SessionPlan::memberRolesAt(int phase) const
{
    std::vector<MemberRoles> list;
    for (const auto& member : members) {
        MemberRoles held{member, {}};
        for (const auto& role : rolesAt(phase))
            if (std::find(role.members.begin(), role.members.end(), member) != role.members.end())
                held.roleIds.push_back(role.roleId);
        list.push_back(std::move(held));
    }
    return list;
}

int typicalSeconds(const MethodSpec& method, int members)
{
    if (method.ownMinutes) return (method.ownMinutes->min + method.ownMinutes->max) / 2 * secondsPerMinute;
    // Every phase counts: by now the optional ones that do not run are gone.
    SecondRange total;
    // Subgroups run side by side: a phase lasts as long as it does in the largest.
    for (const Phase& phase : method.phases) total += phase.minutes.secondsFor(method.largestSubgroup(members));
    const int middle = (total.min + total.max) / 2;
    const auto dividesBoth = [&](int step) { return total.min % step == 0 && total.max % step == 0; };
    const int step = dividesBoth(secondsPerMinute) ? secondsPerMinute : dividesBoth(30) ? 30 : 1;
    return middle - middle % step;
}

std::vector<int> fitPhaseSeconds(const MethodSpec& method, int members, int secondsAvailable)
{
    std::vector<SecondRange> ranges;
    std::vector<std::string> steps; // a round's phases written out keep their id: one step, repeated
    // Subgroups run side by side: a phase lasts as long as it does in the largest.
    for (const auto& phase : method.phases) {
        ranges.push_back(phase.minutes.secondsFor(method.largestSubgroup(members)));
        steps.push_back(phase.id);
    }
    if (!method.ownMinutes) return shareSecondsByStep(ranges, steps, secondsAvailable);
    // The method's own minutes bound its time, and its phases fill that time.
    const int seconds = std::clamp(secondsAvailable, method.ownMinutes->min * secondsPerMinute, method.ownMinutes->max * secondsPerMinute);
    return shareSecondsByStep(ranges, steps, seconds, PastTheMost::inProportion);
}

Outcome<SessionPlan> planSession(const MethodImplementation& method, const PlanRequest& request)
{
    if (const auto problem = membersProblem(request.members)) return {std::nullopt, *problem};
    const int members = static_cast<int>(request.members.size());

    SessionPlan plan;
    plan.members = request.members;
    plan.context.groupSize = members;
    plan.context.minutesAvailable = request.minutesAvailable.value_or(0);
    plan.context.language = request.language;
    plan.context.seed = request.seed;

    auto spec = method.spec(plan.context);
    if (!spec.value) return {std::nullopt, spec.error};
    plan.method = std::move(*spec.value);
    if (const auto problem = chooseOptionalPhases(plan.method, request)) return {std::nullopt, *problem};
    settleChosenOwner(plan.method, request.owner);
    showTextsIn(plan.method, request.textLanguage, request.language);
    plan.textLanguage = request.textLanguage;
    plan.takenIn = request.takeIn;
    plan.leftOut = request.leaveOut;
    if (plan.method.phases.empty())
        return {std::nullopt, tr("%1 has no phases to run").arg(q(plan.method.id)).toStdString()};

    auto rounds = planRounds(plan.method, plan.members, request.owner);
    if (!rounds.value) return {std::nullopt, rounds.error};
    plan.method = std::move(rounds.value->method);
    plan.roles = std::move(rounds.value->roles);
    plan.places = std::move(rounds.value->places);
    if (plan.method.phases.empty()) // a round for the holders of a role nobody holds
        return {std::nullopt, tr("%1 has no phases to run").arg(q(plan.method.id)).toStdString()};
    plan.choices = roleChoicesOf(plan.method, request.owner);
    plan.phaseSeconds = fitPhaseSeconds(plan.method, members,
                                        request.minutesAvailable ? *request.minutesAvailable * secondsPerMinute
                                                                 : typicalSeconds(plan.method, members));
    plan.takeawayPhase = lastOwnerPhase(plan.method);

    if (!plan.method.groupSize.admits(members))
        plan.notes.push_back(tr("%1 is meant for %2 to %3 members; this session has %4")
                                 .arg(q(plan.method.id))
                                 .arg(plan.method.groupSize.min)
                                 .arg(plan.method.groupSize.max)
                                 .arg(members)
                                 .toStdString());
    if (request.minutesAvailable && plan.plannedSeconds() != *request.minutesAvailable * secondsPerMinute)
        plan.notes.push_back(tr("the phases of %1 take %2 minutes, not the %3 available")
                                 .arg(q(plan.method.id))
                                 .arg(secondsAsMinutes(plan.plannedSeconds()))
                                 .arg(*request.minutesAvailable)
                                 .toStdString());
    return {std::move(plan), {}};
}

} // namespace palet
