#include "records/meeting_reference.hpp"

#include "records/calendar_text.hpp"

#include <algorithm>

namespace palet {

std::optional<MeetingReference> parseMeetingReference(const QString& text)
{
    const QStringList parts = text.split('@');
    if (parts.size() < 2 || parts.size() > 3 || parts[0].trimmed().isEmpty()) return std::nullopt;
    MeetingReference reference;
    reference.group = parts[0].trimmed();
    const auto date = dateFromText(parts[1]);
    if (!date) return std::nullopt;
    reference.date = *date;
    if (parts.size() == 3) {
        reference.start = clockTimeFromText(parts[2]);
        if (!reference.start) return std::nullopt;
    }
    return reference;
}

QString meetingReferenceText(const Meeting& meeting, const std::vector<Meeting>& groupMeetings)
{
    const bool sharesItsDay = std::any_of(groupMeetings.begin(), groupMeetings.end(), [&](const Meeting& other) {
        return other.id != meeting.id && other.date == meeting.date;
    });
    QString text = meeting.groupName + '@' + dateText(meeting.date);
    if (sharesItsDay) text += '@' + clockTimeText(meeting.start);
    return text;
}

} // namespace palet
