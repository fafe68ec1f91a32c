#include "records/store.hpp"

#include "files/private_files.hpp"
#include "records/schema_migrations.hpp"
#include "translate.hpp"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QUuid>

#include <utility>

namespace palet {
namespace {

QString driverName(StoreDriver driver)
{
    return driver == StoreDriver::sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

// The records are confidential: a new store's folder and file are for their owner only (SQLite
// gives its -wal and -shm files the database file's permissions).
StoreStatus prepareSqliteFile(const QString& path, bool createFolder)
{
    const QFileInfo file{path};
    if (file.isDir()) return refusal(tr("%1 is a folder, not a Palet store").arg(path));
    if (file.exists()) {
        QFile existing{path};
        if (file.size() > 0 && existing.open(QIODevice::ReadOnly) && existing.read(16) != QByteArray("SQLite format 3", 16))
            return refusal(tr("%1 is not a SQLite database, so not a Palet store").arg(path));
        return done();
    }
    const QString folder = file.absolutePath();
    if (!QFileInfo{folder}.isDir()) {
        if (!createFolder)
            return refusal(tr("the folder %1 for the store %2 does not exist; make it first, or check the path")
                               .arg(folder, file.fileName()));
        if (!makePrivateFolder(folder)) return refusal(tr("cannot create the folder %1 for the store").arg(folder));
    }
    QFile created{path};
    if (!created.open(QIODevice::NewOnly | QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        !makePrivate(created))
        return refusal(tr("cannot create the store %1: %2").arg(path, created.errorString()));
    return done();
}

void configure(QSqlDatabase& database, const StoreLocation& location)
{
    if (location.driver == StoreDriver::sqlite) {
        database.setDatabaseName(location.path);
        database.setConnectOptions("QSQLITE_BUSY_TIMEOUT=10000");
        return;
    }
    if (!location.host.isEmpty()) database.setHostName(location.host);
    if (location.port > 0) database.setPort(location.port);
    if (!location.database.isEmpty()) database.setDatabaseName(location.database);
    if (!location.user.isEmpty()) database.setUserName(location.user);
    if (!location.password.isEmpty()) database.setPassword(location.password);
    // Palet's defaults first: libpq takes the last of a setting given twice, so the URL's win.
    // An unreachable server is reported, not waited for.
    const QStringList options = QStringList{"connect_timeout=10", "application_name=palet"} + location.options;
    database.setConnectOptions(options.join(';'));
}

// Durability and confidentiality, per connection: a write-ahead log synced at every commit,
// foreign keys enforced, deleted content overwritten, temporary tables kept off the disk.
StoreStatus applySqliteSettings(const Store& store)
{
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA secure_delete = ON", "PRAGMA temp_store = MEMORY",
                               "PRAGMA synchronous = FULL"})
        if (auto ran = store.run(pragma); !ran) return ran.failure();
    auto journal = store.run("PRAGMA journal_mode = WAL");
    if (!journal) return journal.failure();
    const QString mode = journal->next() ? journal->value(0).toString() : QString{};
    if (mode.compare("wal", Qt::CaseInsensitive) != 0)
        return refusal(tr("%1: SQLite could not switch to write-ahead logging (journal mode '%2'); Palet needs it "
                          "to keep the records safe. Is the folder on a network file system?")
                           .arg(store.location().path, mode));
    return done();
}

} // namespace

StoreResult<Store> Store::open(const StoreLocation& location)
{
    const QString driver = driverName(location.driver);
    if (!QSqlDatabase::isDriverAvailable(driver))
        return refusal(tr("Qt's %1 database driver is not installed (Debian package %2)")
                           .arg(driver, location.driver == StoreDriver::sqlite ? "libqt6sql6-sqlite" : "libqt6sql6-psql"));
    if (location.driver == StoreDriver::sqlite)
        if (auto prepared = prepareSqliteFile(location.path, location.createFolder); !prepared) return prepared.failure();

    Store store{location, "palet-store-" + QUuid::createUuid().toString(QUuid::WithoutBraces)};
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(driver, store.connectionName_);
        configure(database, location);
        if (!database.open())
            return refusal(tr("cannot open the store %1: %2").arg(location.displayName(), database.lastError().text().trimmed()));
    }
    if (location.driver == StoreDriver::sqlite)
        if (auto settled = applySqliteSettings(store); !settled) return settled.failure();
    if (auto migrated = migrateSchema(store); !migrated) return migrated.failure();
    return store;
}

Store::Store(StoreLocation location, QString connectionName)
    : location_(std::move(location)), connectionName_(std::move(connectionName))
{
}

Store::Store(Store&& other) noexcept
    : location_(std::move(other.location_)), connectionName_(std::exchange(other.connectionName_, {}))
{
}

Store& Store::operator=(Store&& other) noexcept
{
    if (this != &other) {
        close();
        location_ = std::move(other.location_);
        connectionName_ = std::exchange(other.connectionName_, {});
    }
    return *this;
}

Store::~Store()
{
    close();
}

// Qt keeps connections by name; one is removed only after every handle to it is gone.
void Store::close()
{
    if (connectionName_.isEmpty()) return;
    {
        QSqlDatabase database = QSqlDatabase::database(connectionName_, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(connectionName_);
    connectionName_.clear();
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(connectionName_, false);
}

StoreResult<QSqlQuery> Store::run(const QString& sql, const QVariantList& values) const
{
    QSqlQuery query{database()};
    query.setForwardOnly(true);
    if (values.isEmpty()) {
        if (!query.exec(sql)) return databaseFailure(*this, query);
        return query;
    }
    QVariantList bound;
    for (const QVariant& value : values) {
        // Qt binds a null QString as NULL; Palet's empty texts are empty. A NULL is asked for
        // with a QVariant of a type and no value.
        const bool emptyText = value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull();
        bound << (emptyText ? QVariant{QString{""}} : value);
    }
    if (driver() == StoreDriver::postgresql) {
        // Qt's PostgreSQL driver prepares statements on the server and frees them when the query
        // goes; inside a transaction that has failed, freeing fails and the driver prints a
        // warning. Values quoted by the driver, in one plain statement, leave nothing to free.
        if (!query.exec(withLiterals(sql, bound))) return databaseFailure(*this, query);
        return query;
    }
    if (!query.prepare(sql)) return databaseFailure(*this, query);
    for (const QVariant& value : bound) query.addBindValue(value);
    if (!query.exec()) return databaseFailure(*this, query);
    return query;
}

QString Store::withLiterals(const QString& sql, const QVariantList& values) const
{
    const QSqlDriver* driver = database().driver();
    QString text;
    qsizetype next = 0;
    bool inString = false;
    for (const QChar c : sql) {
        if (c == '\'') inString = !inString;
        if (c != '?' || inString || next >= values.size()) {
            text += c;
            continue;
        }
        const QVariant& value = values[next++];
        QSqlField field{QString{}, value.metaType()};
        field.setValue(value);
        text += driver->formatValue(field);
    }
    return text;
}

StoreStatus Store::begin() const
{
    // IMMEDIATE takes SQLite's write lock at once, so what a change reads cannot be changed by
    // another writer before it writes; PostgreSQL changes lock what they need (see the callers).
    auto begun = run(driver() == StoreDriver::sqlite ? "BEGIN IMMEDIATE" : "BEGIN");
    if (!begun) return begun.failure();
    return done();
}

StoreStatus Store::commit() const
{
    auto committed = run("COMMIT");
    if (!committed) return committed.failure();
    return done();
}

void Store::rollback() const
{
    QSqlQuery query{database()};
    query.exec("ROLLBACK");
}

StoreFailure databaseFailure(const Store& store, const QSqlQuery& query)
{
    return databaseFailure(store, query.lastError().text());
}

StoreFailure databaseFailure(const Store& store, const QString& databaseText)
{
    return {tr("the store %1 failed: %2").arg(store.location().displayName(), databaseText.trimmed()), true};
}

QString nothingChangedText()
{
    return tr("Nothing was changed.");
}

} // namespace palet
