#include "room_snapshot.hpp"

#include "session/plan_progress.hpp"
#include "session/role_choice.hpp"
#include "session/takeaway_author.hpp"
#include "text/method_figures.hpp"

#include <QJsonArray>

#include <algorithm>

namespace palet::room {
namespace {

QString q(const std::string& text) { return QString::fromStdString(text); }

QJsonArray names(const std::vector<std::string>& list)
{
    QJsonArray array;
    for (const auto& name : list) array.append(q(name));
    return array;
}

QString statusId(const SessionState& state)
{
    switch (state.status) {
    case SessionStatus::notStarted: return "waiting";
    case SessionStatus::running: return "running";
    case SessionStatus::paused: return "paused";
    case SessionStatus::finished: return "finished";
    }
    return "waiting";
}

// As the terminal view colours the time: calm, hurry from 20 % left, late from 5 %, then over.
QString levelOf(SessionTime remaining, SessionTime length)
{
    if (remaining.count() < 0) return "over";
    const int percent = warnedPercentFor(remaining, length);
    return percent == 100 ? "calm" : percent == 20 ? "hurry" : "late";
}

// The phase shown: the one on now; before the start the first, between two the next.
int shownPhase(const SessionPlan& plan, const SessionState& state)
{
    if (state.phase >= 0) return state.phase;
    if (!state.started()) return plan.phaseCount() > 0 ? 0 : -1;
    if (state.pending && state.pendingPhase >= 0) return state.pendingPhase;
    return -1;
}

// The part's label, with a case's label for the group's own eyes, on the projector only where the
// group allows it.
QString partLabel(const SessionPlan& plan, int phase, View view, Language language, bool labelsOnProjector)
{
    const PlanPart* part = plan.partAt(phase);
    if (!part) return {};
    if (part->caseNumber == 0 || view != View::screen || labelsOnProjector) return q(part->label);
    return (language == Language::nl ? QStringLiteral("Casus %1") : QStringLiteral("Case %1")).arg(part->caseNumber);
}

QJsonObject phaseObject(const SnapshotInput& input, int phase, View view, Language language)
{
    const Phase& spec = input.plan.method.phases[static_cast<size_t>(phase)];
    QJsonObject object;
    object["index"] = phase;
    object["count"] = input.plan.phaseCount();
    object["id"] = q(spec.id);
    object["name"] = q(spec.name.in(language));
    object["part"] = partLabel(input.plan, phase, view, language, input.facts.caseLabelsOnProjector);
    object["minutes"] = static_cast<double>(input.plan.phaseSeconds[static_cast<size_t>(phase)]) / secondsPerMinute;
    object["seconds"] = input.plan.phaseSeconds[static_cast<size_t>(phase)];
    object["minutes_text"] = secondsAsMinutes(input.plan.phaseSeconds[static_cast<size_t>(phase)]); // "7½"
    object["silent"] = spec.silent;
    if (const PhasePlace* place = input.plan.placeAt(phase); place && place->round > 0)
        object["round"] = QJsonObject{{"name", q(place->roundName.in(language))}, {"number", place->round}, {"of", place->rounds}};
    return object;
}

// The subgroups that run the phase side by side, each with its members and who holds which role
// there now; empty when the group stays whole.
QJsonArray subgroupsAt(const SessionPlan& plan, int phase, Language language)
{
    QJsonArray subgroups;
    const PhasePlace* place = plan.placeAt(phase);
    if (!place) return subgroups;
    for (size_t number = 0; number < place->subgroups.size(); ++number) {
        const SubgroupPlace& subgroup = place->subgroups[number];
        QJsonArray roles;
        for (const RoleAssignment& assignment : subgroup.roles) {
            const Role* role = plan.method.role(assignment.roleId);
            roles.append(QJsonObject{{"id", q(assignment.roleId)},
                                     {"name", role ? q(role->name.in(language)) : q(assignment.roleId)},
                                     {"holders", names(assignment.members)}});
        }
        subgroups.append(QJsonObject{{"number", static_cast<int>(number) + 1},
                                     {"members", names(subgroup.members)},
                                     {"finished", subgroup.finished},
                                     {"roles", roles}});
    }
    return subgroups;
}

QJsonArray rolesJson(const SessionPlan& plan, const SessionState& state, int phase, Language language)
{
    QJsonArray roles;
    const Phase& spec = plan.method.phases[static_cast<size_t>(phase)];
    for (const RoleAssignment& assignment : rolesAt(plan, state, phase)) {
        const Role* role = plan.method.role(assignment.roleId);
        const LocalizedText* instruction = spec.instructionFor(assignment.roleId);
        QJsonObject object;
        object["id"] = q(assignment.roleId);
        object["name"] = role ? q(role->name.in(language)) : q(assignment.roleId);
        object["holders"] = names(assignment.members);
        object["instruction"] = instruction ? q(instruction->in(language)) : QString{};
        object["speaks"] = spec.maySpeak(assignment.roleId);
        switch (spec.presenceOf(assignment.roleId)) {
        case Presence::inCircle: object["presence"] = "in-circle"; break;
        case Presence::backTurned: object["presence"] = "back-turned"; break;
        case Presence::absent: object["presence"] = "absent"; break;
        }
        roles.append(object);
    }
    return roles;
}

QJsonArray myRoles(const SessionPlan& plan, const SessionState& state, int phase, const QString& member, Language language)
{
    QJsonArray mine;
    for (const QJsonValue role : rolesJson(plan, state, phase, language))
        if (role.toObject().value("holders").toArray().contains(member)) mine.append(role);
    return mine;
}

// The roles the group chooses in this phase (format 2's chosen_in), for the console to record:
// who may be chosen, and who was.
QJsonArray holderChoices(const SessionPlan& plan, const SessionState& state, int phase, Language language)
{
    QJsonArray choices;
    for (const RoleChoice& choice : plan.choices) {
        if (choice.phase != phase) continue;
        const Role* role = plan.method.role(choice.roleId);
        const auto chosen = state.chosen.find(choice.roleId);
        QJsonObject object;
        object["role"] = q(choice.roleId);
        object["name"] = role ? q(role->name.in(language)) : q(choice.roleId);
        object["members"] = names(choosableMembers(plan, state, choice.roleId));
        object["chosen"] = chosen == state.chosen.end() ? QJsonValue{QJsonValue::Null} : QJsonValue{q(chosen->second.member)};
        choices.append(object);
    }
    return choices;
}

// The cases brought in so far with their votes. The projector shows how many votes each has, and
// a label only where the group allows it.
QJsonArray casesBeforeStart(const CaseInventory& inventory, View view, const QString& member, bool labelsOnProjector)
{
    QJsonArray cases;
    for (const InventoryCase& each : inventory.cases()) {
        QJsonObject object;
        object["number"] = each.number;
        object["votes"] = static_cast<int>(each.voters.size());
        if (view != View::screen || labelsOnProjector) object["label"] = each.label;
        if (view != View::screen) object["owner"] = each.owner;
        if (view == View::phone) object["mine"] = each.voters.contains(member);
        if (view == View::console) object["voters"] = QJsonArray::fromStringList(each.voters);
        cases.append(object);
    }
    return cases;
}

} // namespace

QJsonObject roomSnapshot(const SnapshotInput& input, View view, Language language, const QString& member)
{
    const SessionPlan& plan = input.plan;
    const SessionState& state = input.state;
    const RoomFacts& facts = input.facts;
    QJsonObject room;
    room["type"] = "room";
    room["status"] = statusId(state);
    room["title"] = facts.title.isEmpty() ? q(plan.method.name.in(language)) : facts.title;
    room["speed"] = input.speed;
    room["clock_ms"] = static_cast<double>(state.started() ? input.now.count() : 0);
    room["planned_ms"] = static_cast<double>(plan.plannedSeconds()) * 1000.0;
    room["progress_ms"] = static_cast<double>(planProgress(plan, state, input.now).count());

    const int phase = shownPhase(plan, state);
    if (phase >= 0) {
        QJsonObject now = phaseObject(input, phase, view, language);
        const bool on = state.phase == phase;
        const SessionTime length = on ? state.length : std::chrono::seconds{plan.phaseSeconds[static_cast<size_t>(phase)]};
        const SessionTime remaining = on ? state.remaining(input.now) : length;
        now["length_ms"] = static_cast<double>(length.count());
        now["remaining_ms"] = static_cast<double>(remaining.count());
        now["level"] = levelOf(remaining, length);
        now["on"] = on;
        room["phase"] = now;
        room["roles"] = rolesJson(plan, state, phase, language);
        room["subgroups"] = subgroupsAt(plan, phase, language);
        if (phase + 1 < plan.phaseCount()) room["next"] = phaseObject(input, phase + 1, view, language);
        if (const QJsonArray choices = holderChoices(plan, state, phase, language); on && !choices.isEmpty()) {
            if (view == View::console) room["holder_choices"] = choices;
            // The projector and the phones say that the group chooses now, and whom it chose.
            QJsonArray said;
            for (const QJsonValue choice : choices)
                said.append(QJsonObject{{"role", choice["role"]}, {"name", choice["name"]}, {"chosen", choice["chosen"]}});
            if (view != View::console) room["choosing"] = said;
        }
        if (view == View::phone && !member.isEmpty()) {
            QJsonObject me;
            me["name"] = member;
            me["roles"] = myRoles(plan, state, phase, member, language);
            for (const QJsonValue subgroup : room["subgroups"].toArray())
                if (subgroup["members"].toArray().contains(member)) me["subgroup"] = subgroup;
            if (phase + 1 < plan.phaseCount()) me["next_roles"] = myRoles(plan, state, phase + 1, member, language);
            const bool owner = holdersAt(plan, state, phase, caseOwnerRole) == std::vector<std::string>{member.toStdString()};
            me["takeaway_due"] = mayRecordTakeaway(plan, state, member.toStdString());
            const auto recorded = state.takeaways.find(phase);
            if (owner && recorded != state.takeaways.end()) me["takeaway"] = q(recorded->second);
            room["me"] = me;
        }
    }
    if (view == View::phone && !member.isEmpty()) {
        QJsonObject me = room.value("me").toObject();
        me["name"] = member;
        const auto attended = facts.attended.find(member);
        if (attended != facts.attended.end()) me["attended_at"] = attended->second.toString(Qt::ISODate);
        room["me"] = me;
    }
    room["attendance_open"] = facts.attendanceOpen;
    if (facts.inventory && !state.started()) room["cases"] = casesBeforeStart(*facts.inventory, view, member, facts.caseLabelsOnProjector);

    if (view != View::phone) {
        QJsonObject join;
        join["code"] = facts.joinCode;
        join["url"] = facts.joinUrl;
        join["renews_in_s"] = facts.codeRenewsIn;
        room["join"] = join;
    }
    if (view == View::console) {
        QJsonArray members;
        for (const std::string& name : facts.members) {
            const QString who = q(name);
            QJsonObject object;
            object["name"] = who;
            const auto online = facts.online.find(who);
            object["online"] = online != facts.online.end() && online->second > 0;
            object["joined"] = facts.joined.count(who) > 0;
            const auto attended = facts.attended.find(who);
            if (attended != facts.attended.end()) object["attended_at"] = attended->second.toString(Qt::ISODate);
            members.append(object);
        }
        room["members"] = members;
        QJsonArray takeaways;
        for (const auto& [at, text] : state.takeaways) {
            QJsonObject object;
            object["phase"] = q(plan.method.phases[static_cast<size_t>(at)].name.in(language));
            object["part"] = partLabel(plan, at, view, language, facts.caseLabelsOnProjector);
            object["text"] = q(text);
            takeaways.append(object);
        }
        room["takeaways"] = takeaways;
        room["confirming_quit"] = facts.confirmingQuit;
        // A method's plugin that broke down: the facilitator learns it here, as on every front.
        QJsonArray stops;
        std::vector<const PlanPart*> told;
        for (const auto& stop : state.pluginStops) {
            const PlanPart* part = plan.partAt(stop.phase);
            if (std::find(told.begin(), told.end(), part) != told.end()) continue; // restored, then journalled
            told.push_back(part);
            stops.append(QJsonObject{{"method", q(part ? part->methodId : plan.method.id)},
                                     {"phase", stop.phase},
                                     {"sentence", q(stop.sentence)}});
        }
        room["plugin_stops"] = stops;
        if (!facts.recorded.isEmpty()) room["recorded"] = facts.recorded;
    }
    return room;
}

QJsonObject choosingSnapshot(const RoomFacts& facts, View view)
{
    QJsonObject room;
    room["type"] = "room";
    room["status"] = "choosing";
    room["title"] = facts.title;
    room["speed"] = 1.0;
    room["clock_ms"] = 0.0;
    room["planned_ms"] = 0.0;
    room["progress_ms"] = 0.0;
    room["attendance_open"] = false;
    if (view == View::console) room["choices"] = facts.choices;
    return room;
}

} // namespace palet::room
