#include "session/run_event_json.hpp"

#include "records/text_limits.hpp"
#include "session/role_choice.hpp"
#include "session/session_summary.hpp"
#include "translate.hpp"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>

namespace palet {
namespace {

QString q(const std::string& text) { return QString::fromStdString(text); }
qint64 ms(SessionTime time) { return static_cast<qint64>(time.count()); }

QJsonArray strings(const std::vector<std::string>& values)
{
    QJsonArray array;
    for (const auto& value : values) array.append(q(value));
    return array;
}

QJsonValue phaseJson(int index, const SessionPlan& plan)
{
    if (index < 0 || index >= plan.phaseCount()) return QJsonValue::Null;
    const Phase& phase = plan.method.phases[static_cast<size_t>(index)];
    QJsonObject object{{"index", index},
                       {"id", q(phase.id)},
                       {"name", q(phase.name.in(plan.context.language))},
                       {"minutes", static_cast<double>(plan.phaseSeconds[static_cast<size_t>(index)]) / secondsPerMinute},
                       {"seconds", plan.phaseSeconds[static_cast<size_t>(index)]}};
    if (const PhasePlace* place = plan.placeAt(index); place && place->round > 0) {
        object["round"] = place->round;
        object["rounds"] = place->rounds;
    }
    return object;
}

QString roleName(const SessionPlan& plan, const std::string& roleId)
{
    const Role* role = plan.method.role(roleId);
    return role ? q(role->name.in(plan.context.language)) : q(roleId);
}

QString presenceId(Presence presence)
{
    switch (presence) {
    case Presence::inCircle: return "in-circle";
    case Presence::backTurned: return "back-turned";
    case Presence::absent: return "absent";
    }
    return {};
}

QJsonArray instructionsJson(int index, const SessionPlan& plan, const SessionState& state)
{
    QJsonArray array;
    const Phase& phase = plan.method.phases[static_cast<size_t>(index)];
    for (const RoleInstruction& instruction : phase.instructions)
        array.append(QJsonObject{{"role", q(instruction.roleId)},
                                 {"role_name", roleName(plan, instruction.roleId)},
                                 {"members", strings(holdersAt(plan, state, index, instruction.roleId))},
                                 {"text", q(instruction.text.in(plan.context.language))},
                                 {"speaks", phase.maySpeak(instruction.roleId)},
                                 {"presence", presenceId(phase.presenceOf(instruction.roleId))}});
    return array;
}

// Who is where in the phase: silence, and the roles out of the room or with their back turned,
// with their holders, so that a screen can show it.
QJsonObject presenceJson(int index, const SessionPlan& plan, const SessionState& state)
{
    const Phase& phase = plan.method.phases[static_cast<size_t>(index)];
    const auto holders = [&](const std::vector<std::string>& roleIds) {
        QJsonArray array;
        for (const auto& roleId : roleIds)
            array.append(QJsonObject{{"role", q(roleId)}, {"role_name", roleName(plan, roleId)}, {"members", strings(holdersAt(plan, state, index, roleId))}});
        return array;
    };
    return {{"silent", phase.silent}, {"absent", holders(phase.absent)}, {"back_turned", holders(phase.backTurned)}};
}

QJsonArray rolesJson(const SessionPlan& plan, const std::vector<RoleAssignment>& roles)
{
    QJsonArray array;
    for (const RoleAssignment& role : roles)
        array.append(QJsonObject{{"role", q(role.roleId)}, {"role_name", roleName(plan, role.roleId)}, {"members", strings(role.members)}});
    return array;
}

// The phase's round (null outside one) and the subgroups that run it side by side (empty when the
// group stays whole), each with who holds which role there now.
void placeJson(int index, const SessionPlan& plan, QJsonObject& object)
{
    const PhasePlace* place = plan.placeAt(index);
    object["round"] = place && place->round > 0 ? QJsonValue{QJsonObject{{"id", q(place->roundId)},
                                                                        {"name", q(place->roundName.in(plan.context.language))},
                                                                        {"number", place->round},
                                                                        {"of", place->rounds},
                                                                        {"member", q(place->roundMember)}}}
                                                : QJsonValue::Null;
    QJsonArray subgroups;
    if (place)
        for (size_t number = 0; number < place->subgroups.size(); ++number) {
            const SubgroupPlace& subgroup = place->subgroups[number];
            subgroups.append(QJsonObject{{"number", static_cast<int>(number) + 1},
                                         {"members", strings(subgroup.members)},
                                         {"round_member", subgroup.roundMember.empty() ? QJsonValue::Null : QJsonValue{q(subgroup.roundMember)}},
                                         {"finished", subgroup.finished},
                                         {"roles", rolesJson(plan, subgroup.roles)}});
        }
    object["subgroups"] = subgroups;
}

QJsonArray messagesJson(const std::vector<RoleMessage>& messages, Language language)
{
    QJsonArray array;
    for (const RoleMessage& message : messages)
        array.append(QJsonObject{{"role", q(message.roleId)}, {"member", q(message.member)}, {"text", q(message.text.in(language))}});
    return array;
}

QJsonObject planJson(const SessionPlan& plan)
{
    const Language language = plan.context.language;
    QJsonArray roles;
    for (const RoleAssignment& role : plan.roles)
        roles.append(QJsonObject{{"id", q(role.roleId)}, {"name", roleName(plan, role.roleId)}, {"members", strings(role.members)}});
    QJsonArray phases;
    for (int index = 0; index < plan.phaseCount(); ++index) phases.append(phaseJson(index, plan));
    QJsonArray choices;
    for (const RoleChoice& choice : plan.choices)
        choices.append(QJsonObject{{"role", q(choice.roleId)}, {"role_name", roleName(plan, choice.roleId)}, {"phase", phaseJson(choice.phase, plan)}});
    QJsonObject object{
        {"method", QJsonObject{{"id", q(plan.method.id)},
                               {"version", q(plan.method.version.toString())},
                               {"name", q(plan.method.name.in(language))}}},
        {"language", q(std::string{languageCode(language)})},
        {"seed", static_cast<qint64>(plan.context.seed)},
        {"members", strings(plan.members)},
        {"roles", roles},
        {"choices", choices},
        {"minutes_available", plan.context.minutesAvailable},
        {"planned_minutes", plan.plannedMinutes()},
        {"planned_seconds", plan.plannedSeconds()},
        {"takeaway_phase", plan.takeawayPhase >= 0 ? QJsonValue{plan.takeawayPhase} : QJsonValue::Null},
        {"phases", phases},
        {"phase_choices", QJsonObject{{"take_in", strings(plan.takenIn)}, {"leave_out", strings(plan.leftOut)}}},
        {"text_language", q(plan.textLanguage)},
        {"notes", strings(plan.notes)},
        {"subgroup_size", plan.method.subgroupSize},
    };
    if (plan.meeting.empty()) return object;
    // A meeting's session: which phases belong to which block or round.
    object["meeting"] = q(plan.meeting);
    QJsonArray parts;
    for (const PlanPart& part : plan.parts) {
        QJsonArray partRoles;
        for (const RoleAssignment& role : part.roles)
            partRoles.append(QJsonObject{{"id", q(role.roleId)}, {"members", strings(role.members)}});
        parts.append(QJsonObject{{"label", q(part.label)},
                                 {"title", q(part.title)},
                                 {"case_id", part.caseId > 0 ? QJsonValue{static_cast<qint64>(part.caseId)} : QJsonValue::Null},
                                 {"method", q(part.methodId)},
                                 {"first_phase", part.firstPhase},
                                 {"phase_count", part.phaseCount},
                                 {"case", part.caseNumber > 0 ? QJsonValue{part.caseNumber} : QJsonValue::Null},
                                 {"takeaway_phase", part.takeawayPhase >= 0 ? QJsonValue{part.takeawayPhase} : QJsonValue::Null},
                                 {"roles", partRoles}});
    }
    object["parts"] = parts;
    QJsonArray lookBack;
    for (const LookBackCase& looked : plan.lookBack)
        lookBack.append(QJsonObject{{"meeting", q(plan.previousMeeting)},
                                    {"number", looked.number},
                                    {"case_id", looked.caseId > 0 ? QJsonValue{static_cast<qint64>(looked.caseId)} : QJsonValue::Null},
                                    {"label", q(looked.label)},
                                    {"owner", q(looked.owner)},
                                    {"takeaway", looked.takeaway.empty() ? QJsonValue::Null : QJsonValue{q(looked.takeaway)}}});
    object["look_back"] = lookBack;
    return object;
}

QJsonObject summaryJson(const SessionPlan& plan, const SessionState& state)
{
    const SessionSummary summary = summarize(plan, state);
    QJsonArray phases;
    for (const PhaseOutcome& outcome : summary.phases) {
        QJsonObject phase = phaseJson(outcome.phase, plan).toObject();
        phase["planned"] = ms(outcome.planned);
        phase["actual"] = ms(outcome.actual);
        phase["runs"] = outcome.runs;
        phase["skipped"] = outcome.skipped;
        phases.append(phase);
    }
    return {{"phases", phases}, {"planned", ms(summary.planned)}, {"actual", ms(summary.actual)}};
}

// The roles chosen during the session and by whom they are held.
QJsonArray chosenJson(const SessionPlan& plan, const SessionState& state)
{
    QJsonArray array;
    for (const RoleChoice& choice : plan.choices) {
        const auto chosen = state.chosen.find(choice.roleId);
        if (chosen == state.chosen.end()) continue;
        array.append(QJsonObject{{"role", q(choice.roleId)},
                                 {"role_name", roleName(plan, choice.roleId)},
                                 {"member", q(chosen->second.member)},
                                 {"by", chosen->second.byDefault ? "default" : "group"}});
    }
    return array;
}

QString statusId(SessionStatus status)
{
    switch (status) {
    case SessionStatus::notStarted: return "not-started";
    case SessionStatus::running: return "running";
    case SessionStatus::paused: return "paused";
    case SessionStatus::finished: return "finished";
    }
    return {};
}

} // namespace

QJsonObject runEventJson(const RunEvent& event, const SessionPlan& plan, const SessionState& state,
                         const RecordedOptions& options)
{
    QJsonObject object;
    if (event.seq >= 0) object["seq"] = event.seq;
    object["event"] = q(std::string{runEventKindId(event.kind)});
    object["t"] = ms(event.t);
    object["wall"] = QDateTime::fromMSecsSinceEpoch(event.wallMs, Qt::UTC).toString(Qt::ISODateWithMs);
    object["boot_ms"] = static_cast<qint64>(event.bootMs);
    if (event.line > 0) object["line"] = event.line;

    const auto clock = [&] {
        object["deadline"] = ms(event.deadline);
        object["remaining"] = ms(event.remaining);
    };
    const Language language = plan.context.language;
    switch (event.kind) {
    case RunEventKind::sessionStarted:
        object["format"] = eventFormatVersion;
        object["boot_id"] = q(event.bootId);
        object["speed"] = event.speed;
        object["plan"] = planJson(plan);
        object["options"] = QJsonObject{{"script", q(options.script)}, {"auto", options.autoAdvance}};
        break;
    case RunEventKind::phaseStarted:
        object["phase"] = phaseJson(event.phase, plan);
        object["length"] = ms(event.length);
        clock();
        object["instructions"] = instructionsJson(event.phase, plan, state);
        object["presence"] = presenceJson(event.phase, plan, state);
        placeJson(event.phase, plan, object);
        object["messages"] = messagesJson(event.messages, language);
        break;
    case RunEventKind::warning:
        object["phase"] = phaseJson(event.phase, plan);
        object["left_percent"] = event.percentLeft;
        clock();
        break;
    case RunEventKind::phaseEnded:
        object["phase"] = phaseJson(event.phase, plan);
        object["reason"] = q(std::string{endReasonId(event.reason)});
        object["next_phase"] = event.nextPhase >= 0 ? QJsonValue{event.nextPhase} : QJsonValue::Null;
        object["planned"] = ms(event.planned);
        object["actual"] = ms(event.actual);
        object["length"] = ms(event.length);
        clock();
        object["messages"] = messagesJson(event.messages, language);
        break;
    case RunEventKind::paused:
        object["phase"] = phaseJson(event.phase, plan);
        clock();
        break;
    case RunEventKind::resumed:
        object["phase"] = phaseJson(event.phase, plan);
        object["paused_for"] = ms(event.pausedFor);
        clock();
        break;
    case RunEventKind::extended:
        object["phase"] = phaseJson(event.phase, plan);
        object["added"] = ms(event.added);
        object["length"] = ms(event.length);
        clock();
        break;
    case RunEventKind::skipped:
        object["phase"] = phaseJson(event.phase, plan);
        break;
    case RunEventKind::takeaway:
        object["phase"] = phaseJson(event.phase, plan);
        object["text"] = q(event.text);
        break;
    case RunEventKind::followUp:
        object["phase"] = phaseJson(event.phase, plan);
        object["case"] = event.caseNumber;
        object["text"] = q(event.text);
        break;
    case RunEventKind::roleChosen: {
        object["phase"] = phaseJson(event.phase, plan);
        object["role"] = q(event.roleId);
        object["role_name"] = roleName(plan, event.roleId);
        object["member"] = q(event.member);
        object["by"] = event.byDefault ? "default" : "group";
        const RoleChoice* choice = choiceOf(plan, event.roleId);
        object["chosen_in"] = phaseJson(choice ? choice->phase : -1, plan);
        object["held_from"] = phaseJson(choice ? choice->phase + 1 : -1, plan);
        break;
    }
    case RunEventKind::reopened:
        object["boot_id"] = q(event.bootId);
        object["speed"] = event.speed;
        object["down"] = ms(event.down);
        object["down_counts"] = event.downCounts;
        object["phase"] = phaseJson(event.phase, plan);
        object["status"] = statusId(state.status);
        clock();
        object["plan"] = planJson(plan);
        break;
    case RunEventKind::finished:
        object["reason"] = event.quit ? "quit" : "completed";
        object["takeaway"] = q(state.takeaway);
        object["summary"] = summaryJson(plan, state);
        object["chosen"] = chosenJson(plan, state);
        break;
    case RunEventKind::pluginStopped: {
        object["phase"] = phaseJson(event.phase, plan);
        const PlanPart* part = plan.partAt(event.phase);
        object["method"] = q(part ? part->methodId : plan.method.id);
        break;
    }
    case RunEventKind::alive:
        break;
    }
    if (!event.pluginError.empty()) object["plugin_error"] = q(event.pluginError);
    return object;
}

QByteArray jsonLine(const QJsonObject& object)
{
    return QJsonDocument{object}.toJson(QJsonDocument::Compact) + '\n';
}

Outcome<RunEvent> runEventFromJson(const QJsonObject& object)
{
    const auto kind = runEventKindFromId(object["event"].toString().toStdString());
    if (!kind) return {std::nullopt, tr("unknown event '%1'").arg(object["event"].toString()).toStdString()};
    if (!object["t"].isDouble()) return {std::nullopt, tr("the event has no time 't'").toStdString()};
    if (*kind != RunEventKind::alive && !object["seq"].isDouble())
        return {std::nullopt, tr("the event has no sequence number 'seq'").toStdString()};

    // A session lasts hours, not weeks: a time beyond a week, or a speed out of --speed's range,
    // is damage (or a clock run at a speed that was not a number), and is refused rather than
    // recorded as a meeting's minutes.
    constexpr double longestMs = 7.0 * 24 * 3600 * 1000;
    for (const char* key : {"t", "deadline", "length", "remaining", "planned", "actual", "paused_for", "added", "down"}) {
        const QJsonValue value = object[key];
        if (value.isUndefined() || value.isNull()) continue;
        const double ms = value.toDouble(std::numeric_limits<double>::quiet_NaN());
        const bool mayBeNegative = std::string_view{key} == "remaining";
        if (!std::isfinite(ms) || ms > longestMs || ms < (mayBeNegative ? -longestMs : 0))
            return {std::nullopt, tr("the time '%1' is impossible (%2)").arg(key, value.isDouble() ? QString::number(ms) : value.toVariant().toString()).toStdString()};
    }
    if (object.contains("speed")) {
        const double speed = object["speed"].toDouble(std::numeric_limits<double>::quiet_NaN());
        if (!(speed >= 0.01 && speed <= 100000))
            return {std::nullopt, tr("the speed is impossible; it must be from 0.01 to 100000").toStdString()};
    }
    if (const QString tooLong = longTextProblem(tr("a takeaway"), object["text"].toString()); !tooLong.isEmpty())
        return {std::nullopt, tooLong.toStdString()};
    const auto time = [&](const char* key) { return SessionTime{object[key].toInteger()}; };
    const auto index = [&](const QJsonValue& value) {
        if (value.isObject()) return static_cast<int>(value["index"].toInteger(-1));
        if (value.isDouble()) return static_cast<int>(value.toInteger(-1));
        return -1;
    };
    RunEvent event;
    event.kind = *kind;
    event.seq = static_cast<int>(object["seq"].toInteger(-1));
    event.t = time("t");
    event.wallMs = QDateTime::fromString(object["wall"].toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
    event.bootMs = object["boot_ms"].toInteger();
    event.bootId = object["boot_id"].toString().toStdString();
    event.speed = object["speed"].toDouble(1.0);
    event.phase = index(object["phase"]);
    event.deadline = time("deadline");
    event.length = time("length");
    event.remaining = time("remaining");
    event.planned = time("planned");
    event.actual = time("actual");
    if (*kind == RunEventKind::phaseEnded) {
        const auto reason = endReasonFromId(object["reason"].toString().toStdString());
        if (!reason) return {std::nullopt, tr("unknown reason '%1'").arg(object["reason"].toString()).toStdString()};
        event.reason = *reason;
    }
    event.nextPhase = index(object["next_phase"]);
    event.percentLeft = static_cast<int>(object["left_percent"].toInteger());
    event.pausedFor = time("paused_for");
    event.added = time("added");
    event.down = time("down");
    event.downCounts = object["down_counts"].toBool();
    event.quit = object["reason"].toString() == "quit";
    event.text = object["text"].toString().toStdString();
    event.caseNumber = static_cast<int>(object["case"].toInteger());
    if (*kind == RunEventKind::roleChosen) {
        event.roleId = object["role"].toString().toStdString();
        event.member = object["member"].toString().toStdString();
        event.byDefault = object["by"].toString() == "default";
        if (event.roleId.empty() || event.member.empty())
            return {std::nullopt, tr("role-chosen names no role or no member").toStdString()};
    }
    for (const QJsonValue& message : object["messages"].toArray()) {
        const std::string text = message["text"].toString().toStdString();
        event.messages.push_back({message["role"].toString().toStdString(), message["member"].toString().toStdString(), {text, text}});
    }
    event.pluginError = object["plugin_error"].toString().toStdString();
    event.line = static_cast<int>(object["line"].toInteger());
    return {std::move(event), {}};
}

Outcome<RecordedPlan> recordedPlanFromJson(const QJsonObject& sessionStarted)
{
    const QJsonObject plan = sessionStarted["plan"].toObject();
    const QJsonObject method = plan["method"].toObject();
    RecordedPlan recorded;
    recorded.methodId = method["id"].toString().toStdString();
    recorded.meeting = plan["meeting"].toString().toStdString();
    recorded.methodVersion = method["version"].toString().toStdString();
    for (const QJsonValue& member : plan["members"].toArray()) recorded.members.push_back(member.toString().toStdString());
    for (const QJsonValue& role : plan["roles"].toArray()) {
        RoleAssignment assignment{role["id"].toString().toStdString(), {}};
        for (const QJsonValue& member : role["members"].toArray()) assignment.members.push_back(member.toString().toStdString());
        if (assignment.roleId == caseOwnerRole && !assignment.members.empty()) recorded.owner = assignment.members.front();
        recorded.roles.push_back(std::move(assignment));
    }
    recorded.minutesAvailable = static_cast<int>(plan["minutes_available"].toInteger());
    const auto language = languageFromCode(plan["language"].toString().toStdString());
    recorded.language = language.value_or(Language::en);
    recorded.seed = static_cast<std::uint64_t>(plan["seed"].toInteger());
    // Journals before format 2 give each phase whole minutes only.
    for (const QJsonValue& phase : plan["phases"].toArray())
        recorded.phases.push_back({phase["id"].toString().toStdString(),
                                   phase["seconds"].isDouble() ? static_cast<int>(phase["seconds"].toInteger(-1))
                                                               : static_cast<int>(phase["minutes"].toInteger(-1)) * secondsPerMinute});
    recorded.textLanguage = plan["text_language"].toString().toStdString();
    for (const QJsonValue& id : plan["phase_choices"]["take_in"].toArray()) recorded.takenIn.push_back(id.toString().toStdString());
    for (const QJsonValue& id : plan["phase_choices"]["leave_out"].toArray()) recorded.leftOut.push_back(id.toString().toStdString());
    recorded.speed = sessionStarted["speed"].toDouble(1.0);
    for (const auto& [id, seconds] : recorded.phases)
        if (seconds < 0 || seconds > 24 * 60 * secondsPerMinute)
            return {std::nullopt, tr("session-started gives phase '%1' an impossible %2 seconds").arg(QString::fromStdString(id)).arg(seconds).toStdString()};
    if (recorded.minutesAvailable < 0 || recorded.minutesAvailable > 24 * 60)
        return {std::nullopt, tr("session-started gives an impossible %1 minutes available").arg(recorded.minutesAvailable).toStdString()};
    recorded.script = sessionStarted["options"]["script"].toString().toStdString();
    recorded.autoAdvance = sessionStarted["options"]["auto"].toBool();
    if (recorded.methodId.empty() || recorded.members.empty() || recorded.phases.empty() || !language)
        return {std::nullopt, tr("session-started does not describe the plan (method, members, language, phases)").toStdString()};
    return {std::move(recorded), {}};
}

} // namespace palet
