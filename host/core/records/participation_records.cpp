#include "records/participation_records.hpp"

#include "translate.hpp"

#include <QRegularExpression>

namespace palet {
namespace {

// The member belongs to the group the meeting is of.
StoreStatus checkMemberOfMeeting(const Store& store, qint64 meetingId, qint64 memberId)
{
    auto found = store.run("SELECT COUNT(*) FROM meetings m JOIN members p ON p.group_id = m.group_id"
                           " WHERE m.id = ? AND p.id = ?",
                           {meetingId, memberId});
    if (!found) return found.failure();
    if (!found->next() || found->value(0).toInt() == 0)
        return refusal(tr("member %1 is not in the group of meeting %2").arg(memberId).arg(meetingId));
    return done();
}

QVariant caseValue(const std::optional<qint64>& caseId)
{
    return caseId ? QVariant{*caseId} : QVariant{QMetaType::fromType<qlonglong>()};
}

} // namespace

StoreStatus assignRole(Store& store, const MeetingRole& assignment)
{
    static const QRegularExpression roleId{"^[a-z][a-z0-9-]*$"};
    if (!roleId.match(assignment.role).hasMatch())
        return refusal(tr("'%1' is not a role id (lower-case letters, digits and '-')").arg(assignment.role));
    return store.write([&]() -> StoreStatus {
        if (auto member = checkMemberOfMeeting(store, assignment.meetingId, assignment.memberId); !member)
            return member.failure();
        // NULL never equals NULL in SQL, so "the same case" is spelt out for the meeting-wide role.
        auto same = store.run("SELECT COUNT(*) FROM role_assignments WHERE meeting_id = ? AND member_id = ? AND role = ?"
                              " AND (case_id = ? OR (case_id IS NULL AND CAST(? AS BIGINT) IS NULL))",
                              {assignment.meetingId, assignment.memberId, assignment.role, caseValue(assignment.caseId),
                               caseValue(assignment.caseId)});
        if (!same) return same.failure();
        if (same->next() && same->value(0).toInt() > 0) return done();
        auto inserted = store.run("INSERT INTO role_assignments (meeting_id, member_id, role, case_id) VALUES (?, ?, ?, ?)",
                                  {assignment.meetingId, assignment.memberId, assignment.role, caseValue(assignment.caseId)});
        if (!inserted) return inserted.failure();
        return done();
    });
}

StoreResult<std::vector<MeetingRole>> rolesIn(const Store& store, qint64 meetingId)
{
    auto rows = store.run("SELECT meeting_id, member_id, role, case_id FROM role_assignments WHERE meeting_id = ? ORDER BY id",
                          {meetingId});
    if (!rows) return rows.failure();
    std::vector<MeetingRole> roles;
    while (rows->next()) {
        MeetingRole role;
        role.meetingId = rows->value(0).toLongLong();
        role.memberId = rows->value(1).toLongLong();
        role.role = rows->value(2).toString();
        if (!rows->value(3).isNull()) role.caseId = rows->value(3).toLongLong();
        roles.push_back(role);
    }
    return roles;
}

StoreStatus recordAttendance(Store& store, qint64 meetingId, const std::vector<Attendance>& attendance)
{
    return store.write([&]() -> StoreStatus {
        for (const Attendance& entry : attendance) {
            if (auto member = checkMemberOfMeeting(store, meetingId, entry.memberId); !member) return member.failure();
            if (auto removed = store.run("DELETE FROM attendance WHERE meeting_id = ? AND member_id = ?",
                                         {meetingId, entry.memberId});
                !removed)
                return removed.failure();
            if (auto inserted = store.run("INSERT INTO attendance (meeting_id, member_id, present) VALUES (?, ?, ?)",
                                          {meetingId, entry.memberId, entry.present});
                !inserted)
                return inserted.failure();
        }
        return done();
    });
}

StoreResult<std::vector<Attendance>> attendanceOf(const Store& store, qint64 meetingId)
{
    auto rows = store.run("SELECT meeting_id, member_id, present FROM attendance WHERE meeting_id = ? ORDER BY member_id",
                          {meetingId});
    if (!rows) return rows.failure();
    std::vector<Attendance> attendance;
    while (rows->next())
        attendance.push_back({rows->value(0).toLongLong(), rows->value(1).toLongLong(), rows->value(2).toBool()});
    return attendance;
}

} // namespace palet
