#include "records/planned_meetings.hpp"

#include "records/group_records.hpp"
#include "records/meeting_records.hpp"
#include "records/meeting_reference.hpp"

#include <algorithm>

namespace palet {

StoreResult<std::vector<PlannedMeeting>> plannedMeetings(const Store& store, QDate from)
{
    const auto groups = listGroups(store);
    if (!groups) return groups.failure();
    std::vector<PlannedMeeting> planned;
    for (const Group& group : *groups) {
        const auto meetings = meetingsOf(store, group.id);
        if (!meetings) return meetings.failure();
        for (const Meeting& meeting : *meetings)
            if (meeting.status == MeetingStatus::planned && meeting.date >= from)
                planned.push_back({meeting, meetingReferenceText(meeting, *meetings)});
    }
    std::stable_sort(planned.begin(), planned.end(), [](const PlannedMeeting& a, const PlannedMeeting& b) {
        return std::pair{a.meeting.date, a.meeting.start} < std::pair{b.meeting.date, b.meeting.start};
    });
    return planned;
}

} // namespace palet
