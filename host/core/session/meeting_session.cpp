#include "session/meeting_session.hpp"

#include "translate.hpp"

#include <algorithm>

namespace palet {
namespace {

// Whether every phase of the agenda is one of the method's, in the same order.
bool holdsAgendaPhases(const MethodSpec& method, const std::vector<std::pair<std::string, int>>& agenda)
{
    if (agenda.empty()) return false;
    auto phase = method.phases.begin();
    for (const auto& [id, seconds] : agenda) {
        phase = std::find_if(phase, method.phases.end(), [&](const Phase& candidate) { return candidate.id == id; });
        if (phase == method.phases.end()) return false;
        ++phase;
    }
    return true;
}

// The part runs the agenda's phases with the agenda's time: what was planned is what runs.
void keepAgendaPhases(SessionPlan& part, const std::vector<std::pair<std::string, int>>& agenda)
{
    const std::string takeawayId = part.takeawayPhase >= 0 ? part.method.phases[static_cast<size_t>(part.takeawayPhase)].id : std::string{};
    const auto inAgenda = [&](const Phase& phase) {
        return std::any_of(agenda.begin(), agenda.end(), [&](const auto& planned) { return planned.first == phase.id; });
    };
    for (size_t index = part.method.phases.size(); index-- > 0;)
        if (!inAgenda(part.method.phases[index])) {
            part.method.phases.erase(part.method.phases.begin() + static_cast<std::ptrdiff_t>(index));
            if (index < part.places.size()) part.places.erase(part.places.begin() + static_cast<std::ptrdiff_t>(index));
        }
    part.phaseSeconds.clear();
    for (const auto& planned : agenda) part.phaseSeconds.push_back(planned.second);
    part.takeawayPhase = -1;
    for (size_t index = 0; index < part.method.phases.size(); ++index)
        if (part.method.phases[index].id == takeawayId) part.takeawayPhase = static_cast<int>(index);
    part.notes.clear(); // the agenda said what a facilitator should know about its minutes
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
    meeting.previousMeeting = request.previousMeeting;
    meeting.lookBack = request.lookBack;
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
        if (holdsAgendaPhases(one.method, part.phaseSeconds)) keepAgendaPhases(one, part.phaseSeconds);
        PlanPart made;
        made.label = part.label;
        made.title = part.title;
        made.caseId = part.caseId;
        made.methodId = one.method.id;
        made.firstPhase = meeting.phaseCount();
        made.phaseCount = one.phaseCount();
        made.caseNumber = part.caseNumber;
        // The agenda's assignment, not the method's own: it is fair over a year and the same
        // on paper as on screen.
        made.roles = part.roles.empty() ? one.roles : part.roles;
        if (part.caseNumber > 0 && one.takeawayPhase >= 0) made.takeawayPhase = made.firstPhase + one.takeawayPhase;
        if (!one.places.empty()) { // its rounds and subgroups, at the meeting's phases
            meeting.places.resize(static_cast<size_t>(made.firstPhase));
            meeting.places.insert(meeting.places.end(), one.places.begin(), one.places.end());
        }
        for (const Phase& phase : one.method.phases) meeting.method.phases.push_back(phase);
        // The agenda names every holder, so no role is chosen during a meeting's session.
        for (Role role : one.method.roles)
            if (!meeting.method.role(role.id)) {
                role.chosenIn.clear();
                meeting.method.roles.push_back(std::move(role));
            }
        meeting.phaseSeconds.insert(meeting.phaseSeconds.end(), one.phaseSeconds.begin(), one.phaseSeconds.end());
        for (const auto& note : one.notes) meeting.notes.push_back(part.label + ": " + note);
        meeting.parts.push_back(std::move(made));
    }
    if (meeting.parts.empty()) return {std::nullopt, tr("the meeting's agenda is empty").toStdString()};
    if (!meeting.places.empty()) meeting.places.resize(static_cast<size_t>(meeting.phaseCount()));
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
