#pragma once
// What a meeting run live leaves in the records: who was there, the cases treated with their
// takeaways, the previous meeting's cases looked back on with their follow-ups, the planned and actual time of every part of the agenda, and the meeting held.

#include "records/meeting.hpp"
#include "records/store.hpp"

#include <optional>
#include <vector>

namespace palet {

struct PartTime {
    int position = 0; // 1, 2, … in the agenda's order
    QString label;
    QString methodId;
    std::optional<int> caseNumber; // a round's case
    int plannedSeconds = 0;
    int actualSeconds = 0;
};

struct TreatedCase {
    qint64 caseId = 0;
    QString takeaway; // empty: none recorded
};

// A case of the previous meeting, looked back on: what its owner did with it.
struct LookedBackCase {
    qint64 caseId = 0;
    QString followUp; // empty: none recorded
};

struct MeetingOutcome {
    std::vector<qint64> present; // member ids; the group's other current members were absent
    std::vector<qint64> absent;
    std::vector<TreatedCase> treated;
    std::vector<LookedBackCase> lookedBack; // the look-back ran: the previous meeting's treated cases
    std::vector<PartTime> parts;
};

// All or nothing; refused unless the meeting is planned.
StoreStatus recordMeetingOutcome(Store& store, qint64 meetingId, const MeetingOutcome& outcome);

StoreResult<std::vector<PartTime>> partTimesOf(const Store& store, qint64 meetingId);

} // namespace palet
