#pragma once
// A member's own confirmation that they were at a meeting, recorded with the moment it was given:
// the digital counterpart of signing the attendance list. The terminal (`palet attendance
// confirm`) and the room (a participant's phone) record it through confirmAttendance alone, so
// the rules are the same wherever it is given.
//
// The rules:
// - the meeting is held, or running: planned, and `at` falls on its day, from its start on;
//   a cancelled meeting, or one that has not started yet, is refused;
// - the member belongs to the meeting's group (found by name without regard to case, with a
//   suggestion when misspelt), and had not left it before the meeting's day;
// - a member recorded absent from a held meeting cannot confirm: the record says otherwise;
// - a confirmation is given once: confirming again changes nothing and gives back the first.
// A confirmation is kept apart from the attendance the facilitator records, so recording the
// meeting's outcome afterwards leaves it as it is; erasing the member removes it.

#include "records/store.hpp"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace palet {

// Where the confirmation was given.
enum class ConfirmationChannel { commandLine, room };

// The id kept in the store and shown in JSON: "command-line" or "room".
QString confirmationChannelId(ConfirmationChannel channel);
std::optional<ConfirmationChannel> confirmationChannelFromId(const QString& id);

struct AttendanceConfirmation {
    qint64 meetingId = 0;
    qint64 memberId = 0;
    QString memberName; // as the group knows them
    QDateTime confirmedAt; // UTC, to the second
    ConfirmationChannel channel = ConfirmationChannel::commandLine;
};

struct ConfirmationRequest {
    qint64 meetingId = 0;
    QString memberName; // as typed or chosen
    ConfirmationChannel channel = ConfirmationChannel::commandLine;
    QDateTime at; // when it was given; an invalid one means now
};

struct ConfirmedAttendance {
    AttendanceConfirmation confirmation; // the one kept: the first, when confirmed before
    bool earlier = false;                // the member had confirmed before; nothing was changed
};

// Records the confirmation, or refuses with a sentence that names what is wrong (see the rules
// above). Safe to call from two places at once: the second finds the first.
StoreResult<ConfirmedAttendance> confirmAttendance(Store& store, const ConfirmationRequest& request);

// The meeting's confirmations, the earliest first.
StoreResult<std::vector<AttendanceConfirmation>> confirmationsOf(const Store& store, qint64 meetingId);

} // namespace palet
