#include "records/member_erasure.hpp"

#include "records/group_records.hpp"
#include "records/record_names.hpp"
#include "translate.hpp"

namespace palet {
namespace {

StoreResult<int> deleted(const Store& store, const QString& sql, const QVariantList& values)
{
    auto ran = store.run(sql, values);
    if (!ran) return ran.failure();
    return ran->numRowsAffected();
}

StoreResult<ErasedMembership> eraseMembership(const Store& store, const QString& groupName, const QString& memberName)
{
    const auto group = findGroup(store, groupName);
    if (!group) return group.failure();
    const auto members = membersOf(store, group->id);
    if (!members) return members.failure();
    QStringList names;
    for (const Member& member : *members) {
        if (nameKey(member.name) != nameKey(memberName)) {
            names << member.name;
            continue;
        }
        ErasedMembership erased;
        erased.group = group->name;
        erased.member = member.name;
        const QVariantList id{member.id};
        auto texts = store.run("SELECT label, case_text, takeaway, follow_up FROM cases WHERE owner_id = ?", id);
        if (!texts) return texts.failure();
        while (texts->next())
            for (int column = 0; column < 4; ++column)
                if (!texts->value(column).toString().isEmpty()) erased.texts << texts->value(column).toString();
        const auto roles = deleted(store,
                                   "DELETE FROM role_assignments WHERE member_id = ?"
                                   " OR case_id IN (SELECT id FROM cases WHERE owner_id = ?)",
                                   {member.id, member.id});
        if (!roles) return roles.failure();
        // Their votes, and everyone's votes for their cases.
        const auto votes = deleted(store,
                                   "DELETE FROM case_votes WHERE member_id = ?"
                                   " OR case_id IN (SELECT id FROM cases WHERE owner_id = ?)",
                                   {member.id, member.id});
        if (!votes) return votes.failure();
        const auto confirmations = deleted(store, "DELETE FROM attendance_confirmations WHERE member_id = ?", id);
        if (!confirmations) return confirmations.failure();
        const auto address = deleted(store, "DELETE FROM invoice_addresses WHERE member_id = ?", id);
        if (!address) return address.failure();
        const auto certificates = deleted(store, "DELETE FROM certificates WHERE member_id = ?", id);
        if (!certificates) return certificates.failure();
        // Invoices stay, with the name on them: tax law keeps them for seven years (GDPR article
        // 17(3)(b)); only their link to the member goes.
        const auto invoices = deleted(store, "UPDATE invoices SET member_id = NULL WHERE member_id = ?", id);
        if (!invoices) return invoices.failure();
        const auto attendance = deleted(store, "DELETE FROM attendance WHERE member_id = ?", id);
        if (!attendance) return attendance.failure();
        const auto cases = deleted(store, "DELETE FROM cases WHERE owner_id = ?", id);
        if (!cases) return cases.failure();
        const auto row = deleted(store, "DELETE FROM members WHERE id = ?", id);
        if (!row) return row.failure();
        erased.roles = *roles;
        erased.attendance = *attendance;
        erased.cases = *cases;
        return erased;
    }
    return refusal(tr("%1 has no member '%2'%3").arg(group->name, memberName, didYouMeanText(memberName, names)));
}

// Makes the deleted bytes unreadable from the store's files, after the erasure was committed.
Erasure scrubbed(const Store& store, Erasure erasure)
{
    if (store.driver() == StoreDriver::sqlite) {
        // VACUUM rebuilds the file from the live rows only; the checkpoint copies the result into
        // palet.db and truncates palet.db-wal to nothing.
        bool complete = false;
        if (store.run("VACUUM")) {
            auto checkpoint = store.run("PRAGMA wal_checkpoint(TRUNCATE)"); // gives busy, log, checkpointed
            complete = checkpoint && checkpoint->next() && checkpoint->value(0).toInt() == 0;
        }
        erasure.scrubbed = complete;
        if (!complete)
            erasure.note = tr("the data is deleted, but another program has the store open, so a copy may stay in "
                              "%1-wal until that program closes it; run the erasure again then to be sure")
                               .arg(store.location().path);
        return erasure;
    }
    auto vacuumed = store.run("VACUUM FULL cases, case_votes, members, attendance, attendance_confirmations, certificates, invoice_addresses, role_assignments");
    erasure.scrubbed = bool(vacuumed);
    erasure.note = vacuumed ? tr("the database server keeps older copies in its own logs and backups for a while; its "
                                 "administrator decides how long")
                            : tr("the data is deleted, but the tables could not be rewritten (%1); until they are, the "
                                 "bytes may stay in the server's files")
                                  .arg(vacuumed.error);
    return erasure;
}

} // namespace

StoreResult<QStringList> groupsWithMember(const Store& store, const QString& memberName)
{
    auto rows = store.run("SELECT g.name, p.name_key, p.name FROM members p JOIN intervision_groups g ON g.id = p.group_id"
                          " ORDER BY g.name_key");
    if (!rows) return rows.failure();
    QStringList groups;
    QStringList everyone;
    while (rows->next()) {
        if (rows->value(1).toString() == nameKey(memberName)) groups << rows->value(0).toString();
        if (!everyone.contains(rows->value(2).toString())) everyone << rows->value(2).toString();
    }
    if (groups.isEmpty())
        return refusal(tr("no group has a member '%1'%2").arg(memberName, didYouMeanText(memberName, everyone)));
    return groups;
}

StoreResult<Erasure> eraseMember(Store& store, const QString& memberName, const QStringList& groupNames)
{
    if (groupNames.isEmpty()) return refusal(tr("name the groups to erase %1 from").arg(memberName));
    auto erased = store.write([&]() -> StoreResult<Erasure> {
        Erasure erasure;
        QStringList seen;
        for (const QString& groupName : groupNames) {
            if (seen.contains(nameKey(groupName))) continue;
            seen << nameKey(groupName);
            const auto membership = eraseMembership(store, groupName, memberName);
            if (!membership) return membership.failure();
            erasure.memberships.push_back(*membership);
        }
        auto kept = store.run("SELECT DISTINCT name FROM members");
        if (!kept) return kept.failure();
        while (kept->next()) erasure.keptNames << kept->value(0).toString();
        return erasure;
    });
    if (!erased) return erased;
    return scrubbed(store, std::move(*erased));
}

} // namespace palet
