#include "session/session_state.hpp"

#include <algorithm>

namespace palet {

SessionTime warningTime(SessionTime deadline, SessionTime length, int percent)
{
    return deadline - length * percent / 100;
}

int warnedPercentFor(SessionTime remaining, SessionTime length)
{
    for (int percent : {0, 5, 20})
        if (remaining <= length * percent / 100) return percent;
    return 100;
}

SessionTime SessionState::remaining(SessionTime now) const
{
    return deadline - (status == SessionStatus::paused ? pausedAt : now);
}

void SessionState::apply(const RunEvent& event)
{
    if (event.seq >= 0) nextSeq = event.seq + 1;
    lastT = std::max(lastT, event.t);
    if (event.wallMs) lastWallMs = event.wallMs;
    if (event.bootMs) lastBootMs = event.bootMs;
    lastLine = std::max(lastLine, event.line);

    switch (event.kind) {
    case RunEventKind::sessionStarted:
        status = SessionStatus::running;
        bootId = event.bootId;
        speed = event.speed;
        break;
    case RunEventKind::phaseStarted:
        phase = event.phase;
        phaseStart = event.t;
        deadline = event.deadline;
        length = event.length;
        pausedInPhase = SessionTime{0};
        warnedPercent = warnedPercentFor(deadline - event.t, length);
        pending = false;
        break;
    case RunEventKind::warning:
        warnedPercent = std::min(warnedPercent, event.percentLeft);
        break;
    case RunEventKind::phaseEnded:
        if (status == SessionStatus::paused) {
            pausedInPhase += event.t - pausedAt;
            pausedAt = event.t;
        }
        runs.push_back({event.phase, phaseStart, event.t, pausedInPhase, event.reason});
        leftWhenEnded[event.phase] = event.remaining;
        lengthWhenEnded[event.phase] = event.length;
        phase = -1;
        pending = true;
        pendingPhase = event.nextPhase;
        pendingReason = event.reason;
        break;
    case RunEventKind::paused:
        status = SessionStatus::paused;
        pausedAt = event.t;
        break;
    case RunEventKind::resumed:
        status = SessionStatus::running;
        pausedInPhase += event.t - pausedAt;
        deadline = event.deadline;
        break;
    case RunEventKind::extended:
        deadline = event.deadline;
        length = event.length;
        warnedPercent = warnedPercentFor(event.remaining, length);
        break;
    case RunEventKind::skipped:
        skipped.push_back(event.phase);
        break;
    case RunEventKind::pluginStopped:
        pluginStops.push_back({event.phase, event.pluginError});
        break;
    case RunEventKind::takeaway:
        takeaway = event.text;
        takeaways[event.phase] = event.text;
        break;
    case RunEventKind::followUp:
        followUps[event.caseNumber] = event.text;
        break;
    case RunEventKind::roleChosen:
        chosen[event.roleId] = {event.member, event.phase, event.byDefault};
        break;
    case RunEventKind::reopened:
        bootId = event.bootId;
        speed = event.speed;
        if (phase >= 0) {
            if (status == SessionStatus::running && !event.downCounts) pausedInPhase += event.down;
            deadline = event.deadline;
        }
        break;
    case RunEventKind::finished:
        status = SessionStatus::finished;
        quit = event.quit;
        phase = -1;
        pending = false;
        break;
    case RunEventKind::alive:
        break;
    }
}

} // namespace palet
