#include "session/session_summary.hpp"

#include <algorithm>

namespace palet {

SessionSummary summarize(const SessionPlan& plan, const SessionState& state)
{
    SessionSummary summary;
    for (int phase = 0; phase < plan.phaseCount(); ++phase) {
        PhaseOutcome outcome;
        outcome.phase = phase;
        outcome.planned = std::chrono::seconds{plan.phaseSeconds[static_cast<size_t>(phase)]};
        for (const PhaseRun& run : state.runs)
            if (run.phase == phase) {
                outcome.actual += run.active();
                ++outcome.runs;
            }
        outcome.skipped = std::find(state.skipped.begin(), state.skipped.end(), phase) != state.skipped.end();
        summary.planned += outcome.planned;
        summary.actual += outcome.actual;
        summary.phases.push_back(outcome);
    }
    summary.takeaway = state.takeaway;
    summary.quit = state.quit;
    return summary;
}

} // namespace palet
