#include "store_backend.hpp"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace palet::test {
namespace {

Backend& chosenBackend()
{
    static Backend chosen = Backend::sqlite;
    return chosen;
}

// Runs one statement on the server's maintenance database; gives the error, or nothing.
QString onServer(const QString& sql)
{
    const auto server = parseStoreLocation(postgresServerUrl());
    if (!server) return server.error;
    const QString name = "palet-test-admin-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase("QPSQL", name);
        database.setHostName(server->host);
        if (server->port > 0) database.setPort(server->port);
        database.setDatabaseName(server->database.isEmpty() ? "postgres" : server->database);
        database.setUserName(server->user);
        database.setPassword(server->password);
        if (!database.open()) {
            error = database.lastError().text();
        } else {
            QSqlQuery query{database};
            if (!query.exec(sql)) error = query.lastError().text();
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

Backend backend()
{
    return chosenBackend();
}

void setBackend(Backend chosen)
{
    chosenBackend() = chosen;
}

QString backendName(Backend chosen)
{
    return chosen == Backend::sqlite ? "sqlite" : "postgresql";
}

QString postgresServerUrl()
{
    QString url = qEnvironmentVariable("PALET_TEST_POSTGRES_URL");
    if (url.isEmpty()) {
        QFile file{PALET_TEST_POSTGRES_STATE "/url"};
        if (file.open(QIODevice::ReadOnly)) url = QString::fromUtf8(file.readAll()).trimmed();
    }
    if (url.isEmpty())
        FAIL("No PostgreSQL server for the tests. Run them with ctest, which starts one "
             "(tests/support/postgres_server, needs Debian's postgresql package: scripts/palet-dev test installs it), "
             "or set PALET_TEST_POSTGRES_URL to a server where you may create databases.");
    return url;
}

ScratchStore::ScratchStore()
{
    REQUIRE(folder_.isValid());
    if (backend() == Backend::sqlite) {
        location_.path = folder_.filePath("palet.db");
        url_ = location_.path;
        return;
    }
    const QString server = postgresServerUrl();
    database_ = "palet_test_" + QUuid::createUuid().toString(QUuid::Id128);
    const QString error = onServer("CREATE DATABASE " + database_);
    INFO("PostgreSQL server " << server.toStdString());
    if (!error.isEmpty()) FAIL("Cannot create a database on the test PostgreSQL server: " << error.toStdString());
    QUrl url{server};
    url.setPath('/' + database_);
    url_ = url.toString();
    const auto parsed = parseStoreLocation(url_);
    REQUIRE(parsed);
    location_ = *parsed;
}

ScratchStore::~ScratchStore()
{
    if (!database_.isEmpty()) onServer("DROP DATABASE IF EXISTS " + database_ + " WITH (FORCE)");
}

Store ScratchStore::open() const
{
    auto store = Store::open(location_);
    INFO("store " << url_.toStdString() << ": " << store.error.toStdString());
    REQUIRE(store);
    return std::move(*store);
}

void runSql(const Store& store, const QStringList& statements)
{
    for (const QString& statement : statements) {
        const auto ran = store.run(statement);
        INFO(statement.toStdString() << ": " << ran.error.toStdString());
        REQUIRE(ran);
    }
}

void runSqlBeforePalet(const ScratchStore& scratch, const QStringList& statements)
{
    const StoreLocation& location = scratch.location();
    const QString name = "palet-test-raw-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(location.driver == StoreDriver::sqlite ? "QSQLITE" : "QPSQL", name);
        if (location.driver == StoreDriver::sqlite) {
            database.setDatabaseName(location.path);
        } else {
            database.setHostName(location.host);
            if (location.port > 0) database.setPort(location.port);
            database.setDatabaseName(location.database);
            database.setUserName(location.user);
            database.setPassword(location.password);
        }
        const bool opened = database.open();
        INFO("store " << scratch.url().toStdString() << ": " << database.lastError().text().toStdString());
        REQUIRE(opened);
        QSqlQuery query{database};
        for (const QString& statement : statements) {
            const bool ran = query.exec(statement);
            INFO(statement.toStdString() << ": " << query.lastError().text().toStdString());
            REQUIRE(ran);
        }
        query.finish();
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace palet::test
