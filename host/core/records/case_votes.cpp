#include "records/case_votes.hpp"

#include "records/case_choices.hpp"
#include "records/group_records.hpp"
#include "translate.hpp"
#include "text/domain_words.hpp"

#include <QDateTime>

namespace palet {

StoreResult<Case> castVote(Store& store, const Meeting& meeting, int number, const QString& memberName, bool vote)
{
    if (meeting.status != MeetingStatus::planned)
        return refusal(tr("the meeting is %1; votes are cast before it is held").arg(meetingStatusText(meeting.status)));
    return store.write([&]() -> StoreResult<Case> {
        const auto found = findCase(store, meeting, number);
        if (!found) return found;
        if (found->status != CaseStatus::broughtIn && found->status != CaseStatus::chosen)
            return refusal(tr("case %1 is %2; votes are for cases still to be treated").arg(number).arg(caseStatusText(found->status)));
        const auto group = findGroup(store, meeting.groupName);
        if (!group) return group.failure();
        const auto member = findCurrentMember(store, *group, memberName);
        if (!member) return member.failure();
        auto changed = vote ? store.run("INSERT INTO case_votes (case_id, member_id, voted_at) VALUES (?, ?, ?)"
                                        " ON CONFLICT DO NOTHING",
                                        {found->id, member->id, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)})
                            : store.run("DELETE FROM case_votes WHERE case_id = ? AND member_id = ?", {found->id, member->id});
        if (!changed) return changed.failure();
        if (auto counted = store.run("UPDATE cases SET votes = (SELECT COUNT(*) FROM case_votes WHERE case_id = ?) WHERE id = ?",
                                     {found->id, found->id});
            !counted)
            return counted.failure();
        return findCase(store, meeting, number);
    });
}

StoreResult<std::map<qint64, QStringList>> votersOf(const Store& store, qint64 meetingId)
{
    auto rows = store.run("SELECT v.case_id, m.name FROM case_votes v JOIN cases c ON c.id = v.case_id"
                          " JOIN members m ON m.id = v.member_id WHERE c.meeting_id = ? ORDER BY v.voted_at, m.id",
                          {meetingId});
    if (!rows) return rows.failure();
    std::map<qint64, QStringList> voters;
    while (rows->next()) voters[rows->value(0).toLongLong()] << rows->value(1).toString();
    return voters;
}

} // namespace palet
