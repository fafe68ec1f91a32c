#pragma once
// Who held which role in a meeting, and who was there: the ground for proofs of attendance and
// PE points later.

#include "records/meeting.hpp"
#include "records/store.hpp"

#include <vector>

namespace palet {

// Records that a member of the meeting's group held a role (a method's role id). Assigning the
// same role to the same member for the same case again changes nothing.
StoreStatus assignRole(Store& store, const MeetingRole& assignment);
StoreResult<std::vector<MeetingRole>> rolesIn(const Store& store, qint64 meetingId);

// Records presence or absence of each member given, all or none; a member recorded before is
// recorded again.
StoreStatus recordAttendance(Store& store, qint64 meetingId, const std::vector<Attendance>& attendance);
StoreResult<std::vector<Attendance>> attendanceOf(const Store& store, qint64 meetingId);

} // namespace palet
