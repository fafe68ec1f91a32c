#pragma once
// A meeting of a group, who held which role in it, and who was there.

#include <QDate>
#include <QString>
#include <QTime>

#include <array>
#include <optional>

namespace palet {

enum class MeetingStatus { planned, held, cancelled };

inline constexpr std::array<MeetingStatus, 3> allMeetingStatuses{MeetingStatus::planned, MeetingStatus::held,
                                                                 MeetingStatus::cancelled};

// The id kept in the store and used on the command line and in JSON.
inline QString meetingStatusId(MeetingStatus status)
{
    switch (status) {
    case MeetingStatus::planned: return QStringLiteral("planned");
    case MeetingStatus::held: return QStringLiteral("held");
    case MeetingStatus::cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

inline std::optional<MeetingStatus> meetingStatusFromId(const QString& id)
{
    for (MeetingStatus status : allMeetingStatuses)
        if (meetingStatusId(status) == id) return status;
    return std::nullopt;
}

struct Meeting {
    qint64 id = 0;
    qint64 groupId = 0;
    QString groupName;
    QDate date;
    QTime start; // minutes precision; the end is later on the same day
    QTime end;
    QString place;       // may be empty
    QString facilitator; // may be empty; the guide need not be a member
    MeetingStatus status = MeetingStatus::planned;
};

// A member held a role (a method's role id such as `timekeeper`), for the whole meeting or for
// one case.
struct MeetingRole {
    qint64 meetingId = 0;
    qint64 memberId = 0;
    QString role;
    std::optional<qint64> caseId;
};

struct Attendance {
    qint64 meetingId = 0;
    qint64 memberId = 0;
    bool present = false;
};

} // namespace palet
