#include "session/plan_progress.hpp"

#include <algorithm>

namespace palet {

SessionTime planProgress(const SessionPlan& plan, const SessionState& state, SessionTime now)
{
    if (!state.started()) return SessionTime{0};
    if (state.finished()) return std::chrono::seconds{plan.plannedSeconds()};
    // The phase on now, or between two the one that follows (-1: none follows).
    const int at = state.phase >= 0 ? state.phase : state.pending ? state.pendingPhase : -1;
    if (at < 0) return std::chrono::seconds{plan.plannedSeconds()};
    SessionTime done{0};
    for (int phase = 0; phase < at && phase < plan.phaseCount(); ++phase)
        done += std::chrono::seconds{plan.phaseSeconds[static_cast<size_t>(phase)]};
    if (state.phase == at) {
        const SessionTime planned = std::chrono::seconds{plan.phaseSeconds[static_cast<size_t>(at)]};
        done += std::clamp(state.length - state.remaining(now), SessionTime{0}, planned);
    }
    return done;
}

} // namespace palet
