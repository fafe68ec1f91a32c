#pragma once
// Where the records live: a SQLite file (the default, one per facilitator) or a PostgreSQL
// database a firm shares among its facilitators.

#include "records/store_result.hpp"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace palet {

enum class StoreDriver { sqlite, postgresql };

struct StoreLocation {
    StoreDriver driver = StoreDriver::sqlite;
    QString path; // SQLite: the database file
    // Only Palet's own default folder is made when missing; a folder a user names must exist, so
    // that a typing error does not scatter folders over the disk.
    bool createFolder = false;

    // PostgreSQL; what is left empty libpq takes from its own defaults (PGHOST, PGPASSWORD,
    // ~/.pgpass…).
    QString host; // a name, an address, or the folder of a Unix socket
    int port = 0; // 0: libpq's default
    QString database;
    QString user;
    QString password;
    QStringList options; // further libpq settings, each `key=value` (sslmode=require…)

    // The path, or the URL without the password: safe to print.
    QString displayName() const;
};

// Reads a store location as given to --db or PALET_DB:
//   a file path                        palet.db, /srv/palet/palet.db
//   sqlite:PATH or sqlite://PATH       sqlite:///srv/palet/palet.db
//   postgresql://[USER[:PASSWORD]@][HOST][:PORT][/DATABASE][?KEY=VALUE&…]  (also postgres://)
// The query takes libpq's keywords, for example sslmode=require or host=/run/postgresql.
StoreResult<StoreLocation> parseStoreLocation(const QString& text);

// A store URL as given, safe to print: the password after USER: and a password= setting left out,
// even from a URL that does not parse.
QString urlWithoutPassword(const QString& text);

// $XDG_DATA_HOME/palet/palet.db, with ~/.local/share when XDG_DATA_HOME is not set.
StoreLocation defaultStoreLocation(const QProcessEnvironment& environment);

} // namespace palet
