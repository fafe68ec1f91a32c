#include "records/meeting_guidance.hpp"

namespace palet {

MeetingGuidance guidanceOf(const Group& group, const Meeting& meeting, const std::vector<Meeting>& groupMeetings)
{
    MeetingGuidance guidance;
    for (const Meeting& other : groupMeetings) {
        const bool earlier = other.date < meeting.date || (other.date == meeting.date && other.start < meeting.start);
        if (other.id != meeting.id && earlier && other.status == MeetingStatus::held) ++guidance.heldBefore;
    }
    guidance.guided = !meeting.facilitator.isEmpty() || guidance.heldBefore < group.guidedMeetings;
    if (!meeting.facilitator.isEmpty()) guidance.guide = meeting.facilitator;
    else if (guidance.guided) guidance.guide = group.guide;
    return guidance;
}

} // namespace palet
