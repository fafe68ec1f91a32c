#pragma once
// Who may record a takeaway now: the case owner, in their closing phase, while it is on. The
// terminal's facilitator types it for them; in the room the owner types their own.

#include "session/session_plan.hpp"
#include "session/session_state.hpp"

#include <string>

namespace palet {

bool mayRecordTakeaway(const SessionPlan& plan, const SessionState& state, const std::string& member);

} // namespace palet
