#pragma once
// Runs the real `palet` binary on a scratch store of the back-end under test: with SQLite the
// sandbox's default store ($XDG_DATA_HOME/palet/palet.db), with PostgreSQL a database of its own
// named by PALET_DB.

#include "palet_process.hpp"

#include "../support/store_backend.hpp"

#include <QByteArray>

namespace palet::test {

class RecordsSandbox {
public:
    RecordsSandbox();

    PaletRun run(const QStringList& arguments) const { return sandbox_.run(arguments); }

    // Starts palet with standard input closed and returns at once, for tests that stop it midway.
    std::unique_ptr<QProcess> start(const QStringList& arguments) const { return sandbox_.start(arguments); }

    // With `input` on standard input.
    PaletRun runWithInput(const QStringList& arguments, const QByteArray& input) const;

    void set(const QString& name, const QString& value);
    const QProcessEnvironment& environment() const { return sandbox_.environment(); }
    QString path(const QString& relative) const { return sandbox_.path(relative); }

    bool onSqlite() const { return backend() == Backend::sqlite; }
    QString storeUrl() const { return storeUrl_; }
    QString sqliteFile() const { return path("data/palet/palet.db"); }

    // The same store, opened directly, to look at or to tamper with.
    Store openStore() const;

private:
    ScratchStore scratch_;
    PaletSandbox sandbox_;
    QString storeUrl_;
};

} // namespace palet::test
