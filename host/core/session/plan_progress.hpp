#pragma once
// How far a session has come along its plan: the planned minutes of the phases behind it and the
// time of the current phase so far (at most its planned minutes). Skipping a phase moves the
// session past it on the agenda, so it counts as done. Every front shows this as the meeting's
// progress; the session's clock says only how long it has been running, which after skipping
// ahead is far less.

#include "session/session_plan.hpp"
#include "session/session_state.hpp"

namespace palet {

SessionTime planProgress(const SessionPlan& plan, const SessionState& state, SessionTime now);

} // namespace palet
