#pragma once
// How a facilitator names a meeting on the command line: the group and the day, as in
// `Zorgteam@2025-03-12`. When a group meets twice on one day, the start time tells them apart:
// `Zorgteam@2025-03-12@14:00`. Group names never contain '@'.

#include "records/meeting.hpp"

#include <optional>
#include <vector>

namespace palet {

struct MeetingReference {
    QString group;
    QDate date;
    std::optional<QTime> start;
};

// Nothing when the text is not GROUP@YYYY-MM-DD or GROUP@YYYY-MM-DD@HH:MM.
std::optional<MeetingReference> parseMeetingReference(const QString& text);

// The shortest reference that names `meeting` among the meetings of its group.
QString meetingReferenceText(const Meeting& meeting, const std::vector<Meeting>& groupMeetings);

} // namespace palet
