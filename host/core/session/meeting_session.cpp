#include "session/meeting_session.hpp"

#include "translate.hpp"

#include <algorithm>

namespace palet {
namespace {

// The roles as the method hands them out, with the agenda's chair and timekeeper in place of
// whoever the method chose: the rotation is fair over a year, the method's choice is not.
std::vector<RoleAssignment> withAgendaRoles(std::vector<RoleAssignment> roles, const MeetingPartRequest& part)
{
    const auto give = [&](const char* roleId, const std::string& member) {
        if (member.empty()) return;
        for (auto& role : roles)
            if (role.roleId == roleId) role.members = {member};
    };
    give(facilitatorRole, part.chair);
    give("timekeeper", part.timekeeper);
    return roles;
}

} // namespace

Outcome<SessionPlan> planMeetingSession(const MeetingSessionRequest& request)
{
    SessionPlan meeting;
    meeting.members = request.members;
    meeting.meeting = request.meeting;
    meeting.method.id = "meeting";
    meeting.method.name = {request.title, request.title};
    meeting.context.groupSize = static_cast<int>(request.members.size());
    meeting.context.language = request.language;
    meeting.context.seed = request.seed;
    for (const MeetingPartRequest& part : request.parts) {
        if (!part.method) return {std::nullopt, tr("no method for %1").arg(QString::fromStdString(part.label)).toStdString()};
        PlanRequest asked;
        asked.members = request.members;
        asked.owner = part.owner;
        asked.minutesAvailable = part.minutes;
        asked.language = request.language;
        asked.seed = request.seed;
        auto planned = planSession(*part.method, asked);
        if (!planned.value) return {std::nullopt, part.label + ": " + planned.error};
        SessionPlan& one = *planned.value;
        if (!part.leftOut.empty()) {
            std::erase_if(one.method.phases, [&](const Phase& phase) {
                return std::find(part.leftOut.begin(), part.leftOut.end(), phase.id) != part.leftOut.end();
            });
            one.phaseMinutes = fitPhaseMinutes(one.method, static_cast<int>(request.members.size()), part.minutes);
            one.takeawayPhase = -1;
            one.notes.clear();
        }
        PlanPart made;
        made.label = part.label;
        made.methodId = one.method.id;
        made.firstPhase = meeting.phaseCount();
        made.phaseCount = one.phaseCount();
        made.caseNumber = part.caseNumber;
        made.roles = withAgendaRoles(one.roles, part);
        if (part.caseNumber > 0 && one.takeawayPhase >= 0) made.takeawayPhase = made.firstPhase + one.takeawayPhase;
        for (const Phase& phase : one.method.phases) meeting.method.phases.push_back(phase);
        for (const Role& role : one.method.roles)
            if (!meeting.method.role(role.id)) meeting.method.roles.push_back(role);
        meeting.phaseMinutes.insert(meeting.phaseMinutes.end(), one.phaseMinutes.begin(), one.phaseMinutes.end());
        for (const auto& note : one.notes) meeting.notes.push_back(part.label + ": " + note);
        meeting.parts.push_back(std::move(made));
    }
    if (meeting.parts.empty()) return {std::nullopt, tr("the meeting's agenda is empty").toStdString()};
    meeting.context.minutesAvailable = meeting.plannedMinutes();
    // The session as a whole: the first part's chair and timekeeper.
    meeting.roles = meeting.parts.front().roles;
    return {std::move(meeting), {}};
}

Outcome<std::vector<RoleMessage>> MeetingMethods::onEvent(const SessionEvent& event)
{
    for (size_t index = 0; index < plan_.parts.size() && index < methods_.size(); ++index) {
        const PlanPart& part = plan_.parts[index];
        if (!part.holds(event.phaseIndex)) continue;
        SessionEvent local = event;
        local.phaseIndex = event.phaseIndex - part.firstPhase;
        return methods_[index]->onEvent(local);
    }
    return {std::vector<RoleMessage>{}, {}};
}

} // namespace palet
