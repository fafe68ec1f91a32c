#include "session/takeaway_author.hpp"

#include "session/role_choice.hpp"

namespace palet {

bool mayRecordTakeaway(const SessionPlan& plan, const SessionState& state, const std::string& member)
{
    if (state.phase < 0 || state.finished() || !plan.isTakeawayPhase(state.phase)) return false;
    const auto owners = holdersAt(plan, state, state.phase, caseOwnerRole);
    return owners.size() == 1 && owners.front() == member;
}

} // namespace palet
