#pragma once
// Going on with a session from its journal after palet stopped (a crash, a power cut, a closed
// terminal): the same plan made again from what the journal recorded, and how long palet was
// not running.

#include "session/run_event_json.hpp"
#include "session/session_plan.hpp"
#include "session/session_state.hpp"

#include <chrono>
#include <cstdint>
#include <string>

namespace palet {

// The request that makes the recorded plan again.
PlanRequest planRequestFrom(const RecordedPlan& recorded);

// What differs between the plan the journal recorded and the one made again (the method was
// changed since, say); empty when they agree.
std::string planMismatch(const RecordedPlan& recorded, const SessionPlan& plan);

// Real time since the journal's last line: on the boot clock when that line was written in this
// boot (so it is right across a suspend and a clock change), else on the wall clock; never negative.
std::chrono::milliseconds realTimeDown(const SessionState& restored, const std::string& bootId, std::int64_t bootNowMs,
                                       std::int64_t wallNowMs);

} // namespace palet
