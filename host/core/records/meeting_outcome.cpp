#include "records/meeting_outcome.hpp"

#include "translate.hpp"

namespace palet {

StoreStatus recordMeetingOutcome(Store& store, qint64 meetingId, const MeetingOutcome& outcome)
{
    return store.write([&]() -> StoreStatus {
        auto status = store.run("SELECT status FROM meetings WHERE id = ?", {meetingId});
        if (!status) return status.failure();
        if (!status->next()) return refusal(tr("there is no meeting %1").arg(meetingId));
        if (status->value(0).toString() != meetingStatusId(MeetingStatus::planned))
            return refusal(tr("the meeting is %1 already; its outcome was not recorded again").arg(status->value(0).toString()));
        const auto attend = [&](qint64 member, bool present) -> StoreStatus {
            if (auto removed = store.run("DELETE FROM attendance WHERE meeting_id = ? AND member_id = ?", {meetingId, member}); !removed)
                return removed.failure();
            if (auto inserted = store.run("INSERT INTO attendance (meeting_id, member_id, present) VALUES (?, ?, ?)",
                                          {meetingId, member, present});
                !inserted)
                return inserted.failure();
            return done();
        };
        for (qint64 member : outcome.present)
            if (auto kept = attend(member, true); !kept) return kept;
        for (qint64 member : outcome.absent)
            if (auto kept = attend(member, false); !kept) return kept;
        for (const TreatedCase& treated : outcome.treated)
            if (auto marked = store.run("UPDATE cases SET status = 'treated', takeaway = ? WHERE id = ? AND meeting_id = ?",
                                        {treated.takeaway.isEmpty() ? QVariant{QMetaType::fromType<QString>()} : QVariant{treated.takeaway},
                                         treated.caseId, meetingId});
                !marked)
                return marked.failure();
        for (const LookedBackCase& looked : outcome.lookedBack)
            if (auto marked = store.run("UPDATE cases SET status = 'looked-back', follow_up = ? WHERE id = ? AND status = 'treated'",
                                        {looked.followUp.isEmpty() ? QVariant{QMetaType::fromType<QString>()} : QVariant{looked.followUp},
                                         looked.caseId});
                !marked)
                return marked.failure();
        if (auto cleared = store.run("DELETE FROM meeting_parts WHERE meeting_id = ?", {meetingId}); !cleared) return cleared.failure();
        for (const PartTime& part : outcome.parts)
            if (auto inserted = store.run("INSERT INTO meeting_parts (meeting_id, position, label, method_id, case_number,"
                                          " planned_seconds, actual_seconds) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                          {meetingId, part.position, part.label, part.methodId,
                                           part.caseNumber ? QVariant{*part.caseNumber} : QVariant{QMetaType::fromType<int>()},
                                           part.plannedSeconds, part.actualSeconds});
                !inserted)
                return inserted.failure();
        if (auto held = store.run("UPDATE meetings SET status = 'held' WHERE id = ?", {meetingId}); !held) return held.failure();
        return done();
    });
}

StoreResult<std::vector<PartTime>> partTimesOf(const Store& store, qint64 meetingId)
{
    auto rows = store.run("SELECT position, label, method_id, case_number, planned_seconds, actual_seconds FROM meeting_parts"
                          " WHERE meeting_id = ? ORDER BY position",
                          {meetingId});
    if (!rows) return rows.failure();
    std::vector<PartTime> parts;
    while (rows->next()) {
        PartTime part;
        part.position = rows->value(0).toInt();
        part.label = rows->value(1).toString();
        part.methodId = rows->value(2).toString();
        if (!rows->value(3).isNull()) part.caseNumber = rows->value(3).toInt();
        part.plannedSeconds = rows->value(4).toInt();
        part.actualSeconds = rows->value(5).toInt();
        parts.push_back(std::move(part));
    }
    return parts;
}

} // namespace palet
