#include "records/attendance_confirmation.hpp"

#include "records/calendar_text.hpp"
#include "records/group_records.hpp"
#include "records/meeting_records.hpp"
#include "records/record_names.hpp"
#include "translate.hpp"

namespace palet {
namespace {

QString meetingName(const Meeting& meeting)
{
    return tr("the meeting of %1 on %2 at %3").arg(meeting.groupName, dateText(meeting.date), clockTimeText(meeting.start));
}

// Held, or running at `at`: planned, on its day, from its start on.
StoreStatus checkConfirmable(const Meeting& meeting, const QDateTime& at)
{
    switch (meeting.status) {
    case MeetingStatus::held: return done();
    case MeetingStatus::cancelled:
        return refusal(tr("%1 was cancelled; there is no presence to confirm").arg(meetingName(meeting)));
    case MeetingStatus::planned: break;
    }
    const QDateTime local = at.toLocalTime();
    if (local.date() == meeting.date && local.time() >= meeting.start) return done();
    if (QDateTime{meeting.date, meeting.start} > local)
        return refusal(tr("%1 has not started yet; presence is confirmed once it runs or has been held")
                           .arg(meetingName(meeting)));
    return refusal(tr("%1 is not recorded as held; presence is confirmed while it runs or once it has been held")
                       .arg(meetingName(meeting)));
}

// The member of the meeting's group by name, present or former, who had not left before the
// meeting's day.
StoreResult<Member> memberAt(const Store& store, const Meeting& meeting, const QString& name)
{
    const auto members = membersOf(store, meeting.groupId);
    if (!members) return members.failure();
    QStringList names;
    for (const Member& member : *members) {
        names << member.name;
        if (nameKey(member.name) != nameKey(name)) continue;
        if (member.leftOn && *member.leftOn < meeting.date)
            return refusal(tr("%1 had left %2 on %3, before %4")
                               .arg(member.name, meeting.groupName, dateText(*member.leftOn), dateText(meeting.date)));
        return member;
    }
    return refusal(tr("%1 has no member '%2'%3").arg(meeting.groupName, name, didYouMeanText(name, names)));
}

StoreStatus checkNotRecordedAbsent(const Store& store, const Meeting& meeting, const Member& member)
{
    auto rows = store.run("SELECT present FROM attendance WHERE meeting_id = ? AND member_id = ?", {meeting.id, member.id});
    if (!rows) return rows.failure();
    if (rows->next() && !rows->value(0).toBool())
        return refusal(tr("%1 is recorded as absent from %2, so cannot confirm being there")
                           .arg(member.name, meetingName(meeting)));
    return done();
}

QString momentText(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

const QString confirmationColumns = "SELECT c.meeting_id, c.member_id, p.name, c.confirmed_at, c.channel"
                                   " FROM attendance_confirmations c JOIN members p ON p.id = c.member_id";

AttendanceConfirmation confirmationFrom(const QSqlQuery& row)
{
    AttendanceConfirmation confirmation;
    confirmation.meetingId = row.value(0).toLongLong();
    confirmation.memberId = row.value(1).toLongLong();
    confirmation.memberName = row.value(2).toString();
    confirmation.confirmedAt = QDateTime::fromString(row.value(3).toString(), Qt::ISODate).toUTC();
    confirmation.channel = confirmationChannelFromId(row.value(4).toString()).value_or(ConfirmationChannel::commandLine);
    return confirmation;
}

} // namespace

QString confirmationChannelId(ConfirmationChannel channel)
{
    switch (channel) {
    case ConfirmationChannel::commandLine: return QStringLiteral("command-line");
    case ConfirmationChannel::room: return QStringLiteral("room");
    }
    return {};
}

std::optional<ConfirmationChannel> confirmationChannelFromId(const QString& id)
{
    for (ConfirmationChannel channel : {ConfirmationChannel::commandLine, ConfirmationChannel::room})
        if (confirmationChannelId(channel) == id) return channel;
    return std::nullopt;
}

StoreResult<ConfirmedAttendance> confirmAttendance(Store& store, const ConfirmationRequest& request)
{
    // Seconds are what the store keeps, so what comes back equals what is read later.
    QDateTime at = request.at.isValid() ? request.at.toUTC() : QDateTime::currentDateTimeUtc();
    at.setTime(QTime{at.time().hour(), at.time().minute(), at.time().second()});
    return store.write([&]() -> StoreResult<ConfirmedAttendance> {
        const auto meeting = meetingWithId(store, request.meetingId);
        if (!meeting) return meeting.failure();
        if (auto confirmable = checkConfirmable(*meeting, at); !confirmable) return confirmable.failure();
        const auto member = memberAt(store, *meeting, request.memberName);
        if (!member) return member.failure();
        if (auto present = checkNotRecordedAbsent(store, *meeting, *member); !present) return present.failure();
        // Two phones confirming at once: the second insert does nothing and reads the first.
        auto inserted = store.run("INSERT INTO attendance_confirmations (meeting_id, member_id, confirmed_at, channel)"
                                  " VALUES (?, ?, ?, ?) ON CONFLICT (meeting_id, member_id) DO NOTHING",
                                  {meeting->id, member->id, momentText(at), confirmationChannelId(request.channel)});
        if (!inserted) return inserted.failure();
        const bool earlier = inserted->numRowsAffected() == 0;
        auto kept = store.run(confirmationColumns + " WHERE c.meeting_id = ? AND c.member_id = ?", {meeting->id, member->id});
        if (!kept) return kept.failure();
        if (!kept->next()) return databaseFailure(store, tr("the confirmation was not found after it was recorded"));
        return ConfirmedAttendance{confirmationFrom(*kept), earlier};
    });
}

StoreResult<std::vector<AttendanceConfirmation>> confirmationsOf(const Store& store, qint64 meetingId)
{
    auto rows = store.run(confirmationColumns + " WHERE c.meeting_id = ? ORDER BY c.confirmed_at, p.name_key", {meetingId});
    if (!rows) return rows.failure();
    std::vector<AttendanceConfirmation> confirmations;
    while (rows->next()) confirmations.push_back(confirmationFrom(*rows));
    return confirmations;
}

} // namespace palet
