#pragma once
// The store back-end a test program runs its cases against (its --backend option), and a fresh,
// empty store on it for each test: a file in a temporary folder, or a database of its own on the
// test PostgreSQL server (started by tests/support/postgres_server, or PALET_TEST_POSTGRES_URL).

#include "records/store.hpp"

#include <QString>
#include <QTemporaryDir>

namespace palet::test {

enum class Backend { sqlite, postgresql };

Backend backend();
void setBackend(Backend chosen);
QString backendName(Backend chosen);

// The test PostgreSQL server's URL. Fails the running test, saying how to get one, when there is none.
QString postgresServerUrl();

class ScratchStore {
public:
    ScratchStore();
    ~ScratchStore();
    ScratchStore(const ScratchStore&) = delete;
    ScratchStore& operator=(const ScratchStore&) = delete;

    const StoreLocation& location() const { return location_; }
    QString url() const { return url_; } // as --db and PALET_DB take it
    QString folder() const { return folder_.path(); }

    // Opens the store; the test fails when it cannot.
    Store open() const;

private:
    QTemporaryDir folder_;
    StoreLocation location_;
    QString url_;
    QString database_; // PostgreSQL: the database made for this test
};

// Runs statements on the test's store outside Palet, e.g. to plant a trigger that makes a write
// fail half-way. Fails the test when a statement fails.
void runSql(const Store& store, const QStringList& statements);

// The same on a store Palet has not opened yet, so that nothing is migrated: to write a store as
// an older Palet left it.
void runSqlBeforePalet(const ScratchStore& scratch, const QStringList& statements);

} // namespace palet::test
