// Choosing the store: the default file, --db and PALET_DB, and what happens when it cannot be used.

#include "records_sandbox.hpp"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

using namespace palet::test;

TEST_CASE("the store is $XDG_DATA_HOME/palet/palet.db unless --db or PALET_DB names another", "[sqlite-only]")
{
    RecordsSandbox sandbox;
    REQUIRE(sandbox.run({"group", "create", "Default"}).exitCode == 0);
    CHECK(QFileInfo::exists(sandbox.sqliteFile()));

    const QString chosen = sandbox.path("elsewhere/records.db");
    REQUIRE(QDir{}.mkpath(sandbox.path("elsewhere"))); // only the default's folder is made by Palet
    REQUIRE(sandbox.run({"group", "create", "Chosen", "--db", chosen}).exitCode == 0);
    REQUIRE(sandbox.run({"group", "create", "Url", "--db", "sqlite://" + chosen}).exitCode == 0);
    CHECK(QFileInfo::exists(chosen));
    sandbox.set("PALET_DB", chosen);
    CHECK(sandbox.run({"group", "list", "--json"}).json().array().size() == 2);
    CHECK(sandbox.run({"group", "list", "--json", "--db", sandbox.sqliteFile()}).json().array().size() == 1);
}

TEST_CASE("palet --db postgresql://… opens the firm's shared store", "[postgresql-only]")
{
    RecordsSandbox sandbox;
    const QString url = sandbox.storeUrl();
    sandbox.set("PALET_DB", sandbox.path("not-this-one.db"));
    REQUIRE(sandbox.run({"group", "create", "Gedeeld", "--db", url}).exitCode == 0);
    CHECK_FALSE(QFileInfo::exists(sandbox.path("not-this-one.db")));
    sandbox.set("PALET_DB", url);
    CHECK(sandbox.run({"group", "list", "--json"}).json().array().size() == 1);
}

TEST_CASE("a store location that is not one is a wrong command line, a store that cannot be opened is status 1")
{
    RecordsSandbox sandbox;
    const auto scheme = sandbox.run({"group", "list", "--db", "mysql://db/palet"});
    CHECK(scheme.exitCode == 2);
    CHECK(scheme.err.startsWith("palet group list: --db: 'mysql' is not a kind of store Palet knows"));
    sandbox.set("PALET_DB", "oracle://x");
    CHECK(sandbox.run({"group", "list"}).err.startsWith("palet group list: PALET_DB: 'oracle' is not a kind"));

    const auto unreachable = sandbox.run({"group", "list", "--db", "postgresql://palet:sekret@127.0.0.1:1/palet"});
    CHECK(unreachable.exitCode == 1);
    CHECK(unreachable.err.startsWith("palet group list: cannot open the store postgresql://palet@127.0.0.1:1/palet: "));
    CHECK_FALSE(unreachable.err.contains("sekret"));

    const auto folder = sandbox.run({"group", "list", "--db", sandbox.path(".")});
    CHECK(folder.exitCode == 1);
    CHECK(folder.err.contains("is a folder, not a Palet store"));
}
