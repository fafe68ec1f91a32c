#include "method_spec_check.hpp"

#include "translate.hpp"

#include <algorithm>
#include <set>

namespace palet {

namespace {

// Each round names consecutive phases of the method, in their order, and no phase is in two;
// the role that rotates is held by one member.
std::string checkRounds(const MethodSpec& spec)
{
    const auto fail = [](const QString& message) { return message.toStdString(); };
    const auto q = [](const std::string& text) { return QString::fromStdString(text); };
    std::set<std::string> ids;
    for (const auto& phase : spec.phases) ids.insert(phase.id);
    std::set<std::string> inRounds;
    for (const Round& round : spec.rounds) {
        if (!ids.insert(round.id).second) return fail(tr("round id '%1' is already a phase's or a round's").arg(q(round.id)));
        if (round.name.empty()) return fail(tr("round '%1' has no name").arg(q(round.id)));
        if (round.phaseIds.empty()) return fail(tr("round '%1' repeats no phase").arg(q(round.id)));
        int previous = -1;
        for (const auto& phaseId : round.phaseIds) {
            int index = -1;
            for (size_t candidate = 0; candidate < spec.phases.size(); ++candidate)
                if (spec.phases[candidate].id == phaseId) index = static_cast<int>(candidate);
            if (index < 0) return fail(tr("round '%1' repeats unknown phase '%2'").arg(q(round.id), q(phaseId)));
            if (!inRounds.insert(phaseId).second) return fail(tr("phase '%1' is in two rounds").arg(q(phaseId)));
            if (previous >= 0 && index != previous + 1)
                return fail(tr("round '%1' repeats phases that do not follow each other in the method's order").arg(q(round.id)));
            previous = index;
        }
        if (round.repeat == RoundRepeat::eachHolder && !spec.role(round.holdersOf))
            return fail(tr("round '%1' repeats for the holders of unknown role '%2'").arg(q(round.id), q(round.holdersOf)));
        if (!round.rotates.empty()) {
            const Role* rotating = spec.role(round.rotates);
            if (!rotating) return fail(tr("round '%1' rotates unknown role '%2'").arg(q(round.id), q(round.rotates)));
            if (rotating->holders != RoleHolders::one)
                return fail(tr("round '%1' rotates role '%2', which is not held by one member").arg(q(round.id), q(round.rotates)));
        }
    }
    return {};
}

} // namespace

std::string checkMethodSpec(const MethodSpec& spec)
{
    const auto fail = [](const QString& message) { return message.toStdString(); };
    if (spec.name.empty()) return fail(tr("the method has no name"));
    if (spec.groupSize.min < 2 || spec.groupSize.min > spec.groupSize.max || spec.groupSize.max > maxGroupMembers
        || (spec.groupSize.open && spec.groupSize.max != maxGroupMembers))
        return fail(tr("its group size is impossible"));
    if (spec.roles.empty()) return fail(tr("it has no roles"));
    if (spec.ownMinutes && (spec.ownMinutes->min < 1 || spec.ownMinutes->min > spec.ownMinutes->max || spec.ownMinutes->max > maxMethodMinutes))
        return fail(tr("its own minutes are impossible"));
    if (spec.phases.empty()) return fail(tr("it has no phases"));
    for (const auto& role : spec.roles)
        if (role.holders == RoleHolders::counted
            && (role.fewest < 0 || role.most < 1 || role.fewest > role.most || role.most > maxGroupMembers))
            return fail(tr("role '%1' has an impossible number of holders").arg(QString::fromStdString(role.id)));
    std::set<std::string> phaseIds;
    for (const auto& phase : spec.phases) {
        const QString phaseId = QString::fromStdString(phase.id);
        if (!phaseIds.insert(phase.id).second) return fail(tr("phase id '%1' appears twice").arg(phaseId));
        const auto& minutes = phase.minutes;
        const bool boundsOk = minutes.minSeconds >= 1 && minutes.maxSeconds <= maxPhaseSeconds && minutes.minSeconds <= minutes.maxSeconds;
        const bool shareOk = minutes.kind != PhaseDuration::Kind::perParticipant
                             || (minutes.perParticipantSeconds >= 1 && minutes.perParticipantSeconds <= maxPhaseSeconds);
        if (!boundsOk || !shareOk) return fail(tr("phase '%1' has a time outside 1 second to 240 minutes").arg(phaseId));
        if (phase.instructions.empty()) return fail(tr("no role is active in phase '%1'").arg(phaseId));
        if (!minutes.counting.empty() && !spec.role(minutes.counting))
            return fail(tr("phase '%1' counts the holders of unknown role '%2'").arg(phaseId, QString::fromStdString(minutes.counting)));
        for (const auto& instruction : phase.instructions)
            if (!spec.role(instruction.roleId))
                return fail(tr("phase '%1' instructs unknown role '%2'").arg(phaseId, QString::fromStdString(instruction.roleId)));
        for (const auto& speaker : phase.speakers)
            if (!spec.role(speaker))
                return fail(tr("phase '%1' lets unknown role '%2' speak").arg(phaseId, QString::fromStdString(speaker)));
        if (phase.silent && !phase.speakers.empty())
            return fail(tr("phase '%1' is silent but names speakers").arg(phaseId));
        for (const auto* away : {&phase.absent, &phase.backTurned})
            for (const auto& roleId : *away)
                if (!spec.role(roleId))
                    return fail(tr("phase '%1' sends unknown role '%2' away").arg(phaseId, QString::fromStdString(roleId)));
    }
    // A role chosen during the method: one holder, chosen in a phase that always runs and is not
    // the last, and named by no phase before it is held (docs/method-format.md).
    for (const auto& role : spec.roles) {
        if (!role.chosenDuringSession()) continue;
        const QString roleId = QString::fromStdString(role.id);
        const auto chosenAt = std::find_if(spec.phases.begin(), spec.phases.end(), [&](const Phase& phase) { return phase.id == role.chosenIn; });
        if (role.holders != RoleHolders::one || chosenAt == spec.phases.end() || chosenAt + 1 == spec.phases.end() || chosenAt->isOptional())
            return fail(tr("role '%1' cannot be chosen in phase '%2'").arg(roleId, QString::fromStdString(role.chosenIn)));
        for (auto phase = spec.phases.begin(); phase != chosenAt + 1; ++phase) {
            const auto names = [&](const std::vector<std::string>& ids) { return std::find(ids.begin(), ids.end(), role.id) != ids.end(); };
            if (phase->instructionFor(role.id) || names(phase->speakers) || names(phase->absent) || names(phase->backTurned) || phase->minutes.counting == role.id)
                return fail(tr("phase '%1' names role '%2' before it is chosen").arg(QString::fromStdString(phase->id), roleId));
        }
    }
    if (spec.subgroupSize != 0 && (spec.subgroupSize < 2 || spec.subgroupSize > maxGroupMembers))
        return fail(tr("its subgroups of %1 are impossible; give 0 (no subgroups) or 2 to %2").arg(spec.subgroupSize).arg(maxGroupMembers));
    return checkRounds(spec);
}

} // namespace palet
