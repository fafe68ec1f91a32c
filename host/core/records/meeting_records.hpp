#pragma once
// Meetings in the store: planned without overlapping another meeting of the same group, and
// found again by a reference such as Zorgteam@2025-03-12.

#include "records/group.hpp"
#include "records/meeting.hpp"
#include "records/meeting_reference.hpp"
#include "records/store.hpp"

#include <vector>

namespace palet {

struct NewMeeting {
    QDate date;
    QTime start;
    QTime end; // after the start, on the same day
    QString place;
    QString facilitator;
    MeetingStatus status = MeetingStatus::planned;
};

// Refused when it overlaps a meeting of the group that is not cancelled (one may start when the
// other ends).
StoreResult<Meeting> planMeeting(Store& store, const QString& groupName, const NewMeeting& meeting);

// By date and start time.
StoreResult<std::vector<Meeting>> meetingsOf(const Store& store, qint64 groupId);

// The meeting with this id, or a refusal when there is none.
StoreResult<Meeting> meetingWithId(const Store& store, qint64 meetingId);

// The meeting a reference names; refused with a suggestion when there is none, and with the
// references to choose from when the group meets more than once that day.
StoreResult<Meeting> findMeeting(const Store& store, const MeetingReference& reference);

} // namespace palet
