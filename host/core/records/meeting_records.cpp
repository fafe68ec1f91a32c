#include "records/meeting_records.hpp"

#include "records/calendar_text.hpp"
#include "records/group_records.hpp"
#include "records/record_names.hpp"
#include "translate.hpp"

#include <algorithm>

namespace palet {
namespace {

const QString meetingColumns =
    "SELECT m.id, m.group_id, g.name, m.meeting_date, m.start_time, m.end_time, m.place, m.facilitator, m.status"
    " FROM meetings m JOIN intervision_groups g ON g.id = m.group_id";

Meeting meetingFrom(const QSqlQuery& row)
{
    Meeting meeting;
    meeting.id = row.value(0).toLongLong();
    meeting.groupId = row.value(1).toLongLong();
    meeting.groupName = row.value(2).toString();
    meeting.date = dateFromText(row.value(3).toString()).value_or(QDate{});
    meeting.start = clockTimeFromText(row.value(4).toString()).value_or(QTime{});
    meeting.end = clockTimeFromText(row.value(5).toString()).value_or(QTime{});
    meeting.place = row.value(6).toString();
    meeting.facilitator = row.value(7).toString();
    meeting.status = meetingStatusFromId(row.value(8).toString()).value_or(MeetingStatus::planned);
    return meeting;
}

// On PostgreSQL, two facilitators planning for one group at once take turns, so that neither
// misses the other's meeting when checking for overlaps; SQLite's writes already take turns.
StoreStatus lockGroup(const Store& store, qint64 groupId)
{
    if (store.driver() != StoreDriver::postgresql) return done();
    auto locked = store.run("SELECT id FROM intervision_groups WHERE id = ? FOR UPDATE", {groupId});
    if (!locked) return locked.failure();
    return done();
}

StoreResult<std::optional<Meeting>> overlapping(const Store& store, qint64 groupId, const NewMeeting& meeting)
{
    auto rows = store.run(meetingColumns + " WHERE m.group_id = ? AND m.meeting_date = ? AND m.status <> 'cancelled'"
                                           " AND m.start_time < ? AND ? < m.end_time ORDER BY m.start_time",
                          {groupId, dateText(meeting.date), clockTimeText(meeting.end), clockTimeText(meeting.start)});
    if (!rows) return rows.failure();
    if (rows->next()) return std::optional<Meeting>{meetingFrom(*rows)};
    return std::optional<Meeting>{};
}

} // namespace

StoreResult<Meeting> planMeeting(Store& store, const QString& groupName, const NewMeeting& meeting)
{
    if (!meeting.date.isValid() || !meeting.start.isValid() || !meeting.end.isValid())
        return refusal(tr("a meeting needs a date, a start and an end"));
    if (meeting.end <= meeting.start)
        return refusal(tr("a meeting ends after it starts (%1 is not after %2)")
                           .arg(clockTimeText(meeting.end), clockTimeText(meeting.start)));
    return store.write([&]() -> StoreResult<Meeting> {
        const auto group = findGroup(store, groupName);
        if (!group) return group.failure();
        if (auto locked = lockGroup(store, group->id); !locked) return locked.failure();
        if (meeting.status != MeetingStatus::cancelled) {
            const auto other = overlapping(store, group->id, meeting);
            if (!other) return other.failure();
            if (*other)
                return refusal(tr("%1 already meets on %2 from %3 to %4; meetings of one group cannot overlap")
                                   .arg(group->name, dateText((*other)->date), clockTimeText((*other)->start),
                                        clockTimeText((*other)->end)));
        }
        auto inserted = store.run("INSERT INTO meetings (group_id, meeting_date, start_time, end_time, place, facilitator, status)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                                  {group->id, dateText(meeting.date), clockTimeText(meeting.start),
                                   clockTimeText(meeting.end), meeting.place.simplified(), tidyName(meeting.facilitator),
                                   meetingStatusId(meeting.status)});
        if (!inserted) return inserted.failure();
        if (!inserted->next()) return databaseFailure(store, tr("no id came back for the new meeting"));
        Meeting planned;
        planned.id = inserted->value(0).toLongLong();
        planned.groupId = group->id;
        planned.groupName = group->name;
        planned.date = meeting.date;
        planned.start = meeting.start;
        planned.end = meeting.end;
        planned.place = meeting.place.simplified();
        planned.facilitator = tidyName(meeting.facilitator);
        planned.status = meeting.status;
        return planned;
    });
}

StoreResult<std::vector<Meeting>> meetingsOf(const Store& store, qint64 groupId)
{
    auto rows = store.run(meetingColumns + " WHERE m.group_id = ? ORDER BY m.meeting_date, m.start_time, m.id", {groupId});
    if (!rows) return rows.failure();
    std::vector<Meeting> meetings;
    while (rows->next()) meetings.push_back(meetingFrom(*rows));
    return meetings;
}

StoreResult<Meeting> meetingWithId(const Store& store, qint64 meetingId)
{
    auto rows = store.run(meetingColumns + " WHERE m.id = ?", {meetingId});
    if (!rows) return rows.failure();
    if (!rows->next()) return refusal(tr("there is no meeting %1").arg(meetingId));
    return meetingFrom(*rows);
}

StoreResult<Meeting> findMeeting(const Store& store, const MeetingReference& reference)
{
    const auto group = findGroup(store, reference.group);
    if (!group) return group.failure();
    const auto meetings = meetingsOf(store, group->id);
    if (!meetings) return meetings.failure();
    std::vector<Meeting> sameDay;
    for (const Meeting& meeting : *meetings)
        if (meeting.date == reference.date && (!reference.start || meeting.start == *reference.start))
            sameDay.push_back(meeting);

    if (sameDay.empty()) {
        if (meetings->empty()) return refusal(tr("%1 has no meetings yet").arg(group->name));
        // A mistyped day is suggested by the closest day the group meets on.
        QStringList days;
        for (const Meeting& meeting : *meetings) days << dateText(meeting.date);
        const auto closestDay = closestName(dateText(reference.date), days);
        const QString when = reference.start ? tr("%1 at %2").arg(dateText(reference.date), clockTimeText(*reference.start))
                                             : dateText(reference.date);
        QString text = tr("%1 has no meeting on %2").arg(group->name, when);
        if (closestDay) {
            QStringList references;
            for (const Meeting& meeting : *meetings)
                if (dateText(meeting.date) == *closestDay) references << '\'' + meetingReferenceText(meeting, *meetings) + '\'';
            text += tr("; did you mean %1?").arg(references.join(tr(" or ")));
        }
        return refusal(text);
    }
    const bool oneStart = std::all_of(sameDay.begin(), sameDay.end(),
                                      [&](const Meeting& meeting) { return meeting.start == sameDay.front().start; });
    if (!oneStart) {
        QStringList references;
        for (const Meeting& meeting : sameDay) references << meetingReferenceText(meeting, *meetings);
        return refusal(tr("%1 meets more than once on %2; name the meeting with its start time: %3")
                           .arg(group->name, dateText(reference.date), references.join(tr(" or "))));
    }
    // A cancelled meeting and its replacement at the same time: the replacement is meant.
    const auto held = std::find_if(sameDay.begin(), sameDay.end(),
                                   [](const Meeting& meeting) { return meeting.status != MeetingStatus::cancelled; });
    return held != sameDay.end() ? *held : sameDay.back();
}

} // namespace palet
