#pragma once
// The proof of attendance of a held meeting, as the group signs it: the group and its
// profession, the day and the times, the hours actually held, the guide, every present member
// with their PE register and a line to sign, the absent members, and who confirmed their
// presence digitally (records/attendance_confirmation.hpp). Made from the records alone.

#include "records/attendance_confirmation.hpp"
#include "records/meeting.hpp"
#include "records/store.hpp"

#include <QJsonObject>

#include <optional>
#include <vector>

namespace palet {

struct SheetMember {
    qint64 memberId = 0;
    QString name;
    QString peRegister; // register and number as the member gave them; may be empty
    std::optional<AttendanceConfirmation> confirmation;
};

struct AttendanceSheet {
    Meeting meeting;
    QString reference; // GROUP@YYYY-MM-DD
    QString profession;
    QString guide; // may be empty
    // Seconds the meeting was held: the recorded run's parts added up, or, when it was not run
    // with Palet, its scheduled length.
    int heldSeconds = 0;
    bool heldFromRun = false;
    std::vector<SheetMember> present;
    std::vector<SheetMember> absent;
    // For a meeting recorded as held without being run (no attendance recorded), the members of
    // the group that day: the paper gives them a line to sign too.
    std::vector<SheetMember> unrecorded;
};

// Refused unless the meeting was held. A member with no attendance recorded who confirmed
// counts as present: the confirmation is their signature.
StoreResult<AttendanceSheet> gatherAttendanceSheet(const Store& store, const Meeting& meeting);

// "2 h 55 min", "3 h".
QString heldText(int seconds);

QString attendanceMarkdown(const AttendanceSheet& sheet);
// A whole HTML page; also what the PDF is made from.
QString attendanceHtml(const AttendanceSheet& sheet);
QJsonObject attendanceJson(const AttendanceSheet& sheet);

} // namespace palet
