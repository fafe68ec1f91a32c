// The store itself, on each back-end: schema migrations, transactions, and how failures are told.

#include "records/group_records.hpp"
#include "records/schema_migrations.hpp"

#include "../support/store_backend.hpp"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>

#include <stdexcept>

using namespace palet;
using namespace palet::test;

namespace {

// A trigger that refuses to store a member called Bram, so that a change fails after its first
// statements have run.
void plantMemberTrap(const Store& store)
{
    if (store.driver() == StoreDriver::sqlite) {
        runSql(store, {"CREATE TRIGGER trap BEFORE INSERT ON members WHEN NEW.name = 'Bram'"
                       " BEGIN SELECT RAISE(ABORT, 'planted failure'); END"});
        return;
    }
    runSql(store, {"CREATE FUNCTION trap() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                   " IF NEW.name = 'Bram' THEN RAISE EXCEPTION 'planted failure'; END IF; RETURN NEW; END $$",
                   "CREATE TRIGGER trap BEFORE INSERT ON members FOR EACH ROW EXECUTE FUNCTION trap()"});
}

QStringList memberNames(const Store& store, const QString& group)
{
    const auto found = findGroup(store, group);
    REQUIRE(found);
    const auto members = membersOf(store, found->id);
    REQUIRE(members);
    QStringList names;
    for (const Member& member : *members) names << member.name;
    return names;
}

} // namespace

TEST_CASE("opening a new store creates the schema and notes its version")
{
    const ScratchStore scratch;
    {
        Store store = scratch.open();
        CHECK(schemaVersion(store).value == latestSchemaVersion());
        REQUIRE(createGroup(store, Group{0, "Zorgteam", "wijkverpleegkundigen", 4, 5}));
    }
    const Store reopened = scratch.open();
    CHECK(schemaVersion(reopened).value == latestSchemaVersion());
    auto versions = reopened.run("SELECT COUNT(*) FROM schema_version");
    REQUIRE(versions);
    REQUIRE(versions->next());
    CHECK(versions->value(0).toInt() == latestSchemaVersion()); // each migration noted once
    const auto group = findGroup(reopened, "Zorgteam");
    REQUIRE(group);
    CHECK(group->profession == "wijkverpleegkundigen");
    CHECK(group->guidedMeetings == 5);
}

TEST_CASE("a store written by a newer Palet is refused, not misread")
{
    const ScratchStore scratch;
    {
        const Store store = scratch.open();
        runSql(store, {"INSERT INTO schema_version (version, applied_at) VALUES (999, 'later')"});
    }
    const auto reopened = Store::open(scratch.location());
    REQUIRE_FALSE(reopened);
    CHECK(reopened.error.contains("written by a newer Palet (schema version 999"));
}

TEST_CASE("a write that fails half-way leaves the data as it was and says so")
{
    const ScratchStore scratch;
    Store store = scratch.open();
    REQUIRE(createGroup(store, Group{0, "Zorgteam", {}, 4, 4}));
    REQUIRE(addMembers(store, "Zorgteam", {{"Carla", {}, {}}}));
    plantMemberTrap(store);

    // Anna is stored by the first statement, then Bram's fails: Anna must go too.
    const auto added = addMembers(store, "Zorgteam", {{"Anna", LearningStyle::dromer, "BIG 1"}, {"Bram", {}, {}}});
    REQUIRE_FALSE(added);
    CHECK(added.databaseFailed);
    CHECK(added.error.contains("planted failure"));
    CHECK(added.error.endsWith("Nothing was changed."));
    CHECK(memberNames(store, "Zorgteam") == QStringList{"Carla"});

    // The store goes on working after the rollback.
    REQUIRE(addMembers(store, "Zorgteam", {{"Anna", {}, {}}}));
    CHECK(memberNames(store, "Zorgteam") == QStringList{"Anna", "Carla"});
}

TEST_CASE("a change that throws is rolled back")
{
    const ScratchStore scratch;
    Store store = scratch.open();
    REQUIRE(createGroup(store, Group{0, "Zorgteam", {}, 4, 4}));
    CHECK_THROWS_AS(store.write([&]() -> StoreStatus {
        REQUIRE(store.run("UPDATE intervision_groups SET profession = 'changed'"));
        throw std::runtime_error("out of memory, say");
    }),
                    std::runtime_error);
    CHECK(findGroup(store, "Zorgteam")->profession.isEmpty());
}

TEST_CASE("a refusal by a rule of Palet's does not pretend the database failed")
{
    const ScratchStore scratch;
    Store store = scratch.open();
    const auto refused = addMembers(store, "Nobody", {{"Anna", {}, {}}});
    REQUIRE_FALSE(refused);
    CHECK_FALSE(refused.databaseFailed);
    CHECK(refused.error == "no group 'Nobody'; there are no groups yet");
}

TEST_CASE("two connections to one store work side by side")
{
    const ScratchStore scratch;
    Store first = scratch.open();
    const Store second = scratch.open();
    REQUIRE(createGroup(first, Group{0, "Zorgteam", {}, 4, 4}));
    CHECK(findGroup(second, "zorgteam"));
}

TEST_CASE("a SQLite store is durable and readable by its owner only", "[sqlite-only]")
{
    const ScratchStore scratch;
    StoreLocation nested = scratch.location();
    nested.path = scratch.folder() + "/data/palet/palet.db";
    auto opened = Store::open(nested);
    REQUIRE(opened);
    const Store& store = *opened;
    const auto pragma = [&](const QString& name) {
        auto value = store.run("PRAGMA " + name);
        REQUIRE(value);
        REQUIRE(value->next());
        return value->value(0).toString();
    };
    CHECK(pragma("journal_mode") == "wal");
    CHECK(pragma("synchronous") == "2"); // FULL: the log is synced at every commit
    CHECK(pragma("foreign_keys") == "1");
    CHECK(pragma("secure_delete") == "1");
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    CHECK((QFileInfo{nested.path}.permissions() & ~(ownerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser)) == 0);
    CHECK((QFileInfo{scratch.folder() + "/data/palet"}.permissions() &
           (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeGroup | QFileDevice::ExeOther)) == 0);
}

TEST_CASE("a file that is not a SQLite database is refused and left alone", "[sqlite-only]")
{
    const ScratchStore scratch;
    QFile notes{scratch.location().path};
    REQUIRE(notes.open(QIODevice::WriteOnly));
    notes.write("my notes, not a database\n");
    notes.close();
    const auto opened = Store::open(scratch.location());
    REQUIRE_FALSE(opened);
    CHECK(opened.error.contains("is not a SQLite database"));
    REQUIRE(notes.open(QIODevice::ReadOnly));
    CHECK(notes.readAll() == "my notes, not a database\n");
}

TEST_CASE("a PostgreSQL server that cannot be reached is reported at once, without the password",
          "[postgresql-only]")
{
    const auto location = parseStoreLocation("postgresql://palet:sekret@127.0.0.1:1/palet?connect_timeout=3");
    REQUIRE(location);
    const auto opened = Store::open(*location);
    REQUIRE_FALSE(opened);
    CHECK(opened.error.startsWith("cannot open the store postgresql://palet@127.0.0.1:1/palet: "));
    CHECK_FALSE(opened.error.contains("sekret"));
}
