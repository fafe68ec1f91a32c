#pragma once
// The meetings still to be held, of every group, from a day on: what `palet serve` without a
// meeting offers the facilitator in the console, each with the reference that names it.

#include "records/meeting.hpp"
#include "records/store.hpp"

#include <QDate>

#include <vector>

namespace palet {

struct PlannedMeeting {
    Meeting meeting;
    QString reference; // GROUP@YYYY-MM-DD, as short as it can be
};

// Planned (not held, not cancelled) on `from` or later, by date and start time.
StoreResult<std::vector<PlannedMeeting>> plannedMeetings(const Store& store, QDate from);

} // namespace palet
