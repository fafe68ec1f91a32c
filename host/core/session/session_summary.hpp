#pragma once
// What a session came to: per phase the planned and the actual time (pauses left out), and the
// case owner's takeaway.

#include "session/session_plan.hpp"
#include "session/session_state.hpp"

#include <string>
#include <vector>

namespace palet {

struct PhaseOutcome {
    int phase = 0;
    SessionTime planned{0};
    SessionTime actual{0};
    int runs = 0; // how often it was on: 0 when never, 2 or more after going back
    bool skipped = false;
};

struct SessionSummary {
    std::vector<PhaseOutcome> phases;
    SessionTime planned{0};
    SessionTime actual{0};
    std::string takeaway;
    bool quit = false;
};

SessionSummary summarize(const SessionPlan& plan, const SessionState& state);

} // namespace palet
