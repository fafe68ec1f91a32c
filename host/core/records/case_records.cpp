#include "records/case_records.hpp"

#include "records/group_records.hpp"
#include "translate.hpp"

namespace palet {
namespace {

QVariant optionalText(const QString& text)
{
    return text.trimmed().isEmpty() ? QVariant{QMetaType::fromType<QString>()} : QVariant{text.trimmed()};
}

} // namespace

StoreResult<Case> addCase(Store& store, const Meeting& meeting, const NewCase& newCase)
{
    const QString label = newCase.label.trimmed();
    if (label.isEmpty()) return refusal(tr("a case needs a short label"));
    if (label.contains('\n')) return refusal(tr("a case's label is one line; the longer text goes in its text"));
    if (label.size() > maximumLabelLength)
        return refusal(tr("a case's label can have at most %1 characters (this one has %2); the longer text goes in its text")
                           .arg(maximumLabelLength)
                           .arg(label.size()));
    return store.write([&]() -> StoreResult<Case> {
        const auto group = findGroup(store, meeting.groupName);
        if (!group) return group.failure();
        const auto owner = findCurrentMember(store, *group, newCase.ownerName);
        if (!owner) return owner.failure();
        auto inserted = store.run("INSERT INTO cases (meeting_id, owner_id, label, case_text, status, takeaway, theme)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                                  {meeting.id, owner->id, label, optionalText(newCase.text), caseStatusId(newCase.status),
                                   optionalText(newCase.takeaway), optionalText(newCase.theme)});
        if (!inserted) return inserted.failure();
        if (!inserted->next()) return databaseFailure(store, tr("no id came back for the new case"));
        Case added;
        added.id = inserted->value(0).toLongLong();
        added.meetingId = meeting.id;
        added.ownerId = owner->id;
        added.ownerName = owner->name;
        added.label = label;
        added.text = newCase.text.trimmed();
        added.status = newCase.status;
        added.takeaway = newCase.takeaway.trimmed();
        added.theme = newCase.theme.trimmed();
        auto position = store.run("SELECT COUNT(*) FROM cases WHERE meeting_id = ? AND id <= ?", {meeting.id, added.id});
        if (!position) return position.failure();
        added.number = position->next() ? position->value(0).toInt() : 0;
        return added;
    });
}

StoreResult<std::vector<Case>> casesOf(const Store& store, qint64 meetingId)
{
    auto rows = store.run("SELECT c.id, c.meeting_id, c.owner_id, p.name, c.label, c.case_text, c.status, c.takeaway,"
                          " c.triage, c.votes, c.method_id, c.follow_up, c.theme"
                          " FROM cases c JOIN members p ON p.id = c.owner_id WHERE c.meeting_id = ? ORDER BY c.id",
                          {meetingId});
    if (!rows) return rows.failure();
    std::vector<Case> cases;
    while (rows->next()) {
        Case found;
        found.id = rows->value(0).toLongLong();
        found.meetingId = rows->value(1).toLongLong();
        found.ownerId = rows->value(2).toLongLong();
        found.ownerName = rows->value(3).toString();
        found.number = static_cast<int>(cases.size()) + 1;
        found.label = rows->value(4).toString();
        found.text = rows->value(5).toString();
        found.status = caseStatusFromId(rows->value(6).toString()).value_or(CaseStatus::broughtIn);
        found.takeaway = rows->value(7).toString();
        found.triage = caseTriageFromId(rows->value(8).toString());
        found.votes = rows->value(9).toInt();
        found.methodId = rows->value(10).toString();
        found.followUp = rows->value(11).toString();
        found.theme = rows->value(12).toString();
        cases.push_back(found);
    }
    return cases;
}

} // namespace palet
