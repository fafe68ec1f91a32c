#include "session_text.hpp"

#include "text/method_figures.hpp"

#include "session/role_choice.hpp"
#include "session/session_summary.hpp"
#include "translate.hpp"

#include <cstdlib>

namespace palet::cli {
namespace {

QString q(const std::string& text) { return QString::fromStdString(text); }

QString names(const std::vector<std::string>& members)
{
    QStringList list;
    for (const auto& member : members) list << q(member);
    return list.join(", ");
}

// "4:53 left of Welcome", or past the phase's time "0:06 over time in Welcome": never "-0:06 left".
QString leftOfText(SessionTime remaining, const QString& phase)
{
    if (remaining.count() < 0) return tr("%1 over time in %2").arg(spanText(-remaining), phase);
    return tr("%1 left of %2").arg(spanText(remaining), phase);
}

} // namespace

QString stampText(SessionTime time)
{
    return clockText(static_cast<int>(std::max<qint64>(time.count(), 0) / 60000));
}

QString spanText(SessionTime span)
{
    // Whole seconds, rounded towards the overrun: a phase is over time from its first millisecond.
    const qint64 ms = span.count();
    const qint64 seconds = ms >= 0 ? (ms + 999) / 1000 : -((-ms) / 1000) - ((-ms) % 1000 ? 1 : 0);
    const qint64 magnitude = std::llabs(seconds);
    const QString sign = seconds < 0 ? "-" : "";
    const auto two = [](qint64 value) { return QString("%1").arg(value, 2, 10, QChar('0')); };
    if (magnitude >= 3600) return QString("%1%2:%3:%4").arg(sign).arg(magnitude / 3600).arg(two(magnitude / 60 % 60), two(magnitude % 60));
    return QString("%1%2:%3").arg(sign).arg(magnitude / 60).arg(two(magnitude % 60));
}

QString phaseName(const SessionPlan& plan, int phase)
{
    if (phase < 0 || phase >= plan.phaseCount()) return {};
    QString name = q(plan.method.phases[static_cast<size_t>(phase)].name.in(plan.context.language));
    if (const PhasePlace* place = plan.placeAt(phase); place && place->round > 0)
        name = tr("%1 (%2 %3 of %4)").arg(name, q(place->roundName.in(plan.context.language))).arg(place->round).arg(place->rounds);
    const PlanPart* part = plan.partAt(phase);
    return part ? QString("%1 · %2").arg(q(part->label), name) : name;
}

QString roleName(const SessionPlan& plan, const std::string& roleId)
{
    const Role* role = plan.method.role(roleId);
    return role ? q(role->name.in(plan.context.language)) : q(roleId);
}

QString roleWithHolders(const SessionPlan& plan, const SessionState& state, const std::string& roleId, int phase)
{
    const auto holders = holdersAt(plan, state, phase, roleId);
    return holders.empty() ? roleName(plan, roleId) : QString("%1 (%2)").arg(roleName(plan, roleId), names(holders));
}

QStringList instructionLines(const SessionPlan& plan, const SessionState& state, int phase)
{
    QStringList lines;
    if (phase < 0 || phase >= plan.phaseCount()) return lines;
    for (const RoleInstruction& instruction : plan.method.phases[static_cast<size_t>(phase)].instructions)
        if (!holdersAt(plan, state, phase, instruction.roleId).empty())
            lines << QString("%1: %2").arg(roleWithHolders(plan, state, instruction.roleId, phase), q(instruction.text.in(plan.context.language)));
    return lines;
}

QStringList messageLines(const SessionPlan& plan, const SessionState& state, const std::vector<RoleMessage>& messages, int phase)
{
    QStringList lines;
    for (const RoleMessage& message : messages) {
        const QString to = message.member.empty() ? roleWithHolders(plan, state, message.roleId, phase) : q(message.member);
        lines << tr("Message for %1: %2").arg(to, q(message.text.in(plan.context.language)));
    }
    return lines;
}

QStringList lookBackLines(const SessionPlan& plan, int phase, const SessionState* state)
{
    QStringList lines;
    if (phase < 0 || phase >= plan.phaseCount() || plan.method.phases[static_cast<size_t>(phase)].id != "look-back") return lines;
    for (const LookBackCase& looked : plan.lookBack) {
        QString line = tr("Last time, case %1 '%2' (%3)").arg(looked.number).arg(q(looked.label), q(looked.owner));
        line += " — " + (looked.takeaway.empty() ? tr("no takeaway recorded") : tr("takeaway: %1").arg(q(looked.takeaway)));
        if (state)
            if (const auto told = state->followUps.find(looked.number); told != state->followUps.end())
                line += " — " + tr("follow-up: %1").arg(q(told->second));
        lines << line;
    }
    return lines;
}

QString followUpLine(const SessionPlan& plan, int caseNumber, const std::string& text)
{
    QString owner;
    for (const LookBackCase& looked : plan.lookBack)
        if (looked.number == caseNumber) owner = q(looked.owner);
    return tr("Follow-up of last time's case %1 (%2): %3").arg(caseNumber).arg(owner, q(text));
}

QStringList presenceLines(const SessionPlan& plan, const SessionState& state, int phase)
{
    QStringList lines;
    if (phase < 0 || phase >= plan.phaseCount()) return lines;
    const Phase& current = plan.method.phases[static_cast<size_t>(phase)];
    const auto named = [&](const std::vector<std::string>& roleIds) {
        QStringList roles;
        for (const std::string& roleId : roleIds) roles << roleWithHolders(plan, state, roleId, phase);
        return roles.join(", ");
    };
    if (current.silent) lines << tr("Who speaks: nobody, this phase is silent");
    if (!current.absent.empty()) lines << tr("Out of the room: %1").arg(named(current.absent));
    if (!current.backTurned.empty()) lines << tr("Back turned to the group: %1").arg(named(current.backTurned));
    return lines;
}

QStringList subgroupLines(const SessionPlan& plan, int phase)
{
    QStringList lines;
    const PhasePlace* place = plan.placeAt(phase);
    if (!place) return lines;
    for (size_t number = 0; number < place->subgroups.size(); ++number) {
        const SubgroupPlace& subgroup = place->subgroups[number];
        QStringList held;
        for (const RoleAssignment& role : subgroup.roles) held << QString("%1: %2").arg(roleName(plan, role.roleId), names(role.members));
        const QString now = subgroup.finished ? tr("its rounds are over; it waits for the others") : held.join(" · ");
        lines << tr("Subgroup %1 (%2): %3").arg(number + 1).arg(names(subgroup.members), now);
    }
    return lines;
}

QStringList roleLines(const SessionPlan& plan, const SessionState& state, int phase)
{
    QStringList lines;
    if (phase < 0 || phase >= plan.phaseCount()) return lines;
    QStringList held;
    for (const RoleAssignment& role : rolesAt(plan, state, phase))
        if (!role.members.empty()) held << QString("%1: %2").arg(roleName(plan, role.roleId), names(role.members));
    const QStringList subgroups = subgroupLines(plan, phase);
    if (!subgroups.isEmpty())
        lines << subgroups; // each subgroup's holders say more than everyone's together
    else if (!held.isEmpty())
        lines << tr("Roles: %1").arg(held.join(" · "));
    const Phase& current = plan.method.phases[static_cast<size_t>(phase)];
    QStringList speakers;
    for (const std::string& roleId : current.speakers) speakers << roleWithHolders(plan, state, roleId, phase);
    if (!current.silent) lines << (speakers.isEmpty() ? tr("Who speaks: everyone") : tr("Who speaks: %1").arg(speakers.join(", ")));
    lines << presenceLines(plan, state, phase);
    QStringList materials;
    for (const LocalizedText& material : current.materials) materials << q(material.in(plan.context.language));
    if (!materials.isEmpty()) lines << tr("Materials: %1").arg(materials.join(", "));
    return lines;
}

QString choiceQuestion(const SessionPlan& plan, const SessionState& state, const std::string& roleId)
{
    QStringList numbered;
    const std::vector<std::string> free = choosableMembers(plan, state, roleId);
    for (size_t index = 0; index < free.size(); ++index) numbered << QString("%1 %2").arg(index + 1).arg(q(free[index]));
    return tr("Who is the %1? %2").arg(roleName(plan, roleId), numbered.join(QString::fromUtf8(" · ")));
}

QStringList choiceLines(const SessionPlan& plan, const SessionState& state, int phase)
{
    QStringList lines;
    for (const RoleChoice& choice : plan.choices) {
        if (choice.phase != phase) continue;
        const auto chosen = state.chosen.find(choice.roleId);
        if (chosen == state.chosen.end())
            lines << tr("The group chooses in this phase. %1").arg(choiceQuestion(plan, state, choice.roleId));
        else
            lines << tr("Chosen: %1 as %2, from the next phase").arg(q(chosen->second.member), roleName(plan, choice.roleId));
    }
    return lines;
}

QString pluginStoppedLine(const SessionPlan& plan, int phase, const std::string& how)
{
    const PlanPart* part = plan.partAt(phase);
    const QString method = q(part ? part->methodId : plan.method.id);
    if (how.empty()) return tr("The plugin of %1 stopped, and the session goes on without its messages.").arg(method);
    return tr("The plugin of %1 stopped, and the session goes on without its messages: %2").arg(method, q(how));
}

QString plainEventLine(const SessionPlan& plan, const SessionState& state, const RunEvent& event)
{
    const QString stamp = QString("[%1] ").arg(stampText(event.t));
    const QString name = phaseName(plan, event.phase);
    const auto plainMessages = [&] {
        QString text;
        for (const QString& line : messageLines(plan, state, event.messages, event.phase)) text += "  " + line;
        if (!event.pluginError.empty()) text += "  " + tr("(the method's plugin failed: %1)").arg(q(event.pluginError));
        return text;
    };
    switch (event.kind) {
    case RunEventKind::sessionStarted: {
        QStringList roles;
        for (const RoleAssignment& role : plan.roles) roles << QString("%1: %2").arg(roleName(plan, role.roleId), names(role.members));
        for (const RoleChoice& choice : plan.choices)
            roles << tr("%1: chosen by the group in phase %2").arg(roleName(plan, choice.roleId)).arg(choice.phase + 1);
        return stamp + tr("%1 for %2: %3 phases, %4 minutes (seed %5). Roles: %6.")
                           .arg(q(plan.method.name.in(plan.context.language)), names(plan.members))
                           .arg(plan.phaseCount())
                           .arg(secondsAsMinutes(plan.plannedSeconds()))
                           .arg(plan.context.seed)
                           .arg(roles.join("; "));
    }
    case RunEventKind::phaseStarted: {
        QString line = stamp + tr("Phase %1/%2: %3 (%4 min)")
                                   .arg(event.phase + 1)
                                   .arg(plan.phaseCount())
                                   .arg(name)
                                   .arg(secondsAsMinutes(plan.phaseSeconds[static_cast<size_t>(event.phase)]));
        const QStringList instructions = instructionLines(plan, state, event.phase);
        if (!instructions.isEmpty()) line += QString::fromUtf8(" — ") + instructions.join(' ');
        for (const QString& away : presenceLines(plan, state, event.phase)) line += QString::fromUtf8(" — ") + away;
        for (const QString& choice : choiceLines(plan, state, event.phase)) line += QString::fromUtf8(" — ") + choice;
        for (const QString& subgroup : subgroupLines(plan, event.phase)) line += QString::fromUtf8(" — ") + subgroup;
        for (const QString& looked : lookBackLines(plan, event.phase)) line += "  " + looked;
        const SessionTime slack = std::max<SessionTime>(std::chrono::seconds{5}, event.length / 20);
        if (event.length - event.remaining > slack || event.remaining > event.length)
            line += ' ' + (event.remaining.count() < 0 ? tr("(%1 over time)").arg(spanText(-event.remaining)) : tr("(%1 left)").arg(spanText(event.remaining)));
        return line + plainMessages();
    }
    case RunEventKind::warning:
        if (event.percentLeft == 0) return stamp + tr("Time is up for %1").arg(name);
        // A warning heard late (a sped-up clock) says where the phase stands now.
        if (event.remaining.count() < 0) return stamp + leftOfText(event.remaining, name);
        return stamp + tr("%1 left of %2 (%3 %)").arg(spanText(event.remaining), name).arg(event.percentLeft);
    case RunEventKind::phaseEnded: {
        QString line = stamp + tr("%1 ended after %2 (planned %3)").arg(name, spanText(event.actual), spanText(event.planned));
        if (event.reason == EndReason::back) line += ' ' + tr("— going back");
        return line + plainMessages();
    }
    case RunEventKind::paused:
        if (event.remaining.count() < 0) return stamp + tr("Paused, %1 over time in %2").arg(spanText(-event.remaining), name);
        return stamp + tr("Paused, %1 left of %2").arg(spanText(event.remaining), name);
    case RunEventKind::resumed:
        if (event.remaining.count() < 0)
            return stamp + tr("Resumed after a pause of %1, %2 over time in %3").arg(spanText(event.pausedFor), spanText(-event.remaining), name);
        return stamp + tr("Resumed after a pause of %1, %2 left of %3").arg(spanText(event.pausedFor), spanText(event.remaining), name);
    case RunEventKind::extended:
        if (event.remaining.count() < 0) return stamp + tr("A minute added to %1, %2 over time").arg(name, spanText(-event.remaining));
        return stamp + tr("A minute added to %1, %2 left").arg(name, spanText(event.remaining));
    case RunEventKind::skipped: return stamp + tr("Skipped phase %1/%2: %3").arg(event.phase + 1).arg(plan.phaseCount()).arg(name);
    case RunEventKind::takeaway: return stamp + tr("Takeaway: %1").arg(q(event.text));
    case RunEventKind::followUp: return stamp + followUpLine(plan, event.caseNumber, event.text);
    case RunEventKind::reopened: {
        const QString down = event.downCounts ? tr("counted as meeting time") : tr("counted as a pause");
        QString line = stamp + tr("Continued from the journal after %1 without palet, %2").arg(spanText(event.down), down);
        if (event.phase >= 0) line += ", " + leftOfText(event.remaining, name);
        return line;
    }
    case RunEventKind::finished: return stamp + (event.quit ? tr("Stopped before the end") : tr("Finished"));
    case RunEventKind::pluginStopped: return stamp + pluginStoppedLine(plan, event.phase, event.pluginError);
    case RunEventKind::roleChosen: {
        const RoleChoice* choice = choiceOf(plan, event.roleId);
        const QString from = choice ? phaseName(plan, choice->phase + 1) : QString{};
        if (event.byDefault)
            return stamp + tr("Nobody chose the %1, so Palet took %2, the first member free; %2 holds the role from %3")
                               .arg(roleName(plan, event.roleId), q(event.member), from);
        return stamp + tr("The group chose %1 as %2, from %3").arg(q(event.member), roleName(plan, event.roleId), from);
    }
    case RunEventKind::alive: return {};
    }
    return {};
}

QString summaryText(const SessionPlan& plan, const SessionState& state)
{
    const SessionSummary summary = summarize(plan, state);
    QString text = tr("Summary of %1").arg(q(plan.method.name.in(plan.context.language))) + '\n';
    int widest = tr("Total").size();
    for (int phase = 0; phase < plan.phaseCount(); ++phase) widest = std::max(widest, static_cast<int>(phaseName(plan, phase).size()) + 4);
    text += QString("  %1  %2  %3\n").arg(QString{}.leftJustified(widest), tr("planned").rightJustified(8), tr("actual").rightJustified(8));
    for (const PhaseOutcome& outcome : summary.phases) {
        const QString label = QString("%1. %2").arg(outcome.phase + 1).arg(phaseName(plan, outcome.phase));
        QString actual = outcome.runs ? spanText(outcome.actual) : (outcome.skipped ? tr("skipped") : tr("—"));
        text += QString("  %1  %2  %3\n").arg(label.leftJustified(widest), spanText(outcome.planned).rightJustified(8), actual.rightJustified(8));
    }
    text += QString("  %1  %2  %3\n").arg(tr("Total").leftJustified(widest), spanText(summary.planned).rightJustified(8), spanText(summary.actual).rightJustified(8));
    for (const RoleChoice& choice : plan.choices)
        if (const auto chosen = state.chosen.find(choice.roleId); chosen != state.chosen.end())
            text += tr("Chosen during the session: %1 as %2").arg(q(chosen->second.member), roleName(plan, choice.roleId))
                    + (chosen->second.byDefault ? ' ' + tr("(nobody chose; the first member free)") : QString{}) + '\n';
    if (plan.parts.empty()) {
        text += tr("Takeaway: %1").arg(summary.takeaway.empty() ? tr("(none recorded)") : q(summary.takeaway)) + '\n';
        return text;
    }
    // A meeting: each round's takeaway, recorded during the round, and what was told in the look-back.
    for (const PlanPart& part : plan.parts) {
        if (part.caseNumber == 0) continue;
        QString takeaway = tr("(none recorded)");
        for (const auto& [phase, recorded] : state.takeaways)
            if (part.holds(phase)) takeaway = q(recorded);
        const auto& owners = plan.holdersAt(part.firstPhase, "case-owner");
        text += tr("Takeaway of case %1 (%2): %3").arg(part.caseNumber).arg(owners.empty() ? QString{} : q(owners.front()), takeaway) + '\n';
    }
    for (const auto& [number, told] : state.followUps) text += followUpLine(plan, number, told) + '\n';
    return text;
}

} // namespace palet::cli
