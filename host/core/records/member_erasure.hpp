#pragma once
// The right to erasure (GDPR article 17): a member's personal data and the texts of their cases
// removed for good, not merely hidden. On SQLite, deleted content is overwritten (secure_delete),
// the file rebuilt and the write-ahead log emptied, so that the bytes are gone from palet.db and
// palet.db-wal. On PostgreSQL the tables are rewritten; the server's own log and backups are
// its administrator's to age out.

#include "records/store.hpp"

#include <QStringList>

#include <vector>

namespace palet {

struct ErasedMembership {
    QString group;
    QString member;
    int cases = 0;
    int roles = 0;
    int attendance = 0;
    QStringList texts; // the labels, texts, takeaways and follow-ups of their cases, for erasing copies elsewhere
};

struct Erasure {
    std::vector<ErasedMembership> memberships;
    bool scrubbed = false; // the deleted bytes are gone from the store's files
    QString note;          // what the user should know when they may not be
    QStringList keptNames; // every member left in the store, whose names copies must keep
};

// The groups that have (or had) a member of this name; refused with a suggestion when none has.
StoreResult<QStringList> groupsWithMember(const Store& store, const QString& memberName);

// Erases the member from each group named, in one transaction: all or nothing.
StoreResult<Erasure> eraseMember(Store& store, const QString& memberName, const QStringList& groupNames);

} // namespace palet
