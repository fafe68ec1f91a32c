#include "records/case_choices.hpp"

#include "records/case_records.hpp"
#include "records/group_records.hpp"

#include <algorithm>
#include "translate.hpp"

namespace palet {
namespace {

StoreResult<Case> changeCase(Store& store, const Meeting& meeting, int number, const QString& column, const QVariant& value)
{
    return store.write([&]() -> StoreResult<Case> {
        auto found = findCase(store, meeting, number);
        if (!found) return found;
        if (auto changed = store.run("UPDATE cases SET " + column + " = ? WHERE id = ?", {value, found->id}); !changed)
            return changed.failure();
        return findCase(store, meeting, number);
    });
}

} // namespace

StoreResult<Case> findCase(const Store& store, const Meeting& meeting, int number)
{
    auto cases = casesOf(store, meeting.id);
    if (!cases) return cases.failure();
    if (cases->empty()) return refusal(tr("the meeting has no cases yet; add one with 'palet case add'"));
    if (number < 1 || number > static_cast<int>(cases->size()))
        return refusal(tr("the meeting has no case %1; its cases are numbered 1 to %2").arg(number).arg(cases->size()));
    return (*cases)[static_cast<std::size_t>(number - 1)];
}

StoreResult<Case> triageCase(Store& store, const Meeting& meeting, int number, CaseTriage triage)
{
    return changeCase(store, meeting, number, "triage", caseTriageId(triage));
}

StoreResult<Case> voteForCase(Store& store, const Meeting& meeting, int number, int votes)
{
    if (votes < 0) return refusal(tr("votes cannot be fewer than 0, not %1").arg(votes));
    // Each member votes once for each case they find current and appealing: at most as many votes
    // as the group has members.
    const auto group = findGroup(store, meeting.groupName);
    if (!group) return group.failure();
    const auto members = membersOf(store, group->id);
    if (!members) return members.failure();
    const auto current = std::count_if(members->begin(), members->end(), [&](const Member& member) {
        return !member.leftOn || *member.leftOn > meeting.date;
    });
    if (votes > current)
        return refusal(tr("%1 votes for one case, but each member votes once for a case and %2 has %n member(s)", static_cast<int>(current))
                           .arg(votes)
                           .arg(group->name));
    return changeCase(store, meeting, number, "votes", votes);
}

StoreResult<Case> setCaseTheme(Store& store, const Meeting& meeting, int number, const std::string& theme)
{
    return changeCase(store, meeting, number, "theme",
                      theme.empty() ? QVariant{QMetaType::fromType<QString>()} : QVariant{QString::fromStdString(theme)});
}

StoreResult<Case> chooseMethodFor(Store& store, const Meeting& meeting, int number, const QString& methodId)
{
    return changeCase(store, meeting, number, "method_id",
                      methodId.isEmpty() ? QVariant{QMetaType::fromType<QString>()} : QVariant{methodId});
}

StoreStatus recordPlanDecisions(Store& store, qint64 meetingId, const std::vector<ChosenCase>& chosen,
                                const std::vector<MeetingRole>& roles)
{
    return store.write([&]() -> StoreStatus {
        if (auto reset = store.run("UPDATE cases SET status = 'brought-in' WHERE meeting_id = ? AND status = 'chosen'", {meetingId});
            !reset)
            return reset.failure();
        for (const ChosenCase& one : chosen)
            if (auto marked = store.run("UPDATE cases SET status = 'chosen', method_id = ?"
                                        " WHERE id = ? AND meeting_id = ? AND status = 'brought-in'",
                                        {one.methodId, one.caseId, meetingId});
                !marked)
                return marked.failure();
        if (auto cleared = store.run("DELETE FROM role_assignments WHERE meeting_id = ? AND role IN ('facilitator', 'timekeeper')",
                                     {meetingId});
            !cleared)
            return cleared.failure();
        for (const MeetingRole& role : roles)
            if (auto inserted = store.run("INSERT INTO role_assignments (meeting_id, member_id, role, case_id) VALUES (?, ?, ?, ?)",
                                          {meetingId, role.memberId, role.role,
                                           role.caseId ? QVariant{*role.caseId} : QVariant{QMetaType::fromType<qlonglong>()}});
                !inserted)
                return inserted.failure();
        return done();
    });
}

} // namespace palet
