// palet group, through the real binary, on each back-end.

#include "records_sandbox.hpp"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>

using namespace palet::test;

TEST_CASE("palet group create, add-member and show tell who is in the group")
{
    const RecordsSandbox sandbox;
    const auto created = sandbox.run({"group", "create", "Zorgteam Noord", "--profession", "wijkverpleegkundigen",
                                      "--guided-meetings", "5"});
    REQUIRE(created.exitCode == 0);
    CHECK(created.out.startsWith("Created group Zorgteam Noord (wijkverpleegkundigen): 4 meetings a year.\n"
                                 "The first 5 meetings with a guide, then on its own.\n"));
    const auto added = sandbox.run({"group", "add-member", "zorgteam noord", "Anna", "Bram", "Carla"});
    REQUIRE(added.exitCode == 0);
    CHECK(added.out == "Added Anna, Bram, Carla to Zorgteam Noord; it has 3 members now.\n");
    REQUIRE(sandbox.run({"group", "add-member", "Zorgteam Noord", "Dirk de Boer", "--style", "beslisser", "--pe-register",
                         "BIG 19012"}).exitCode == 0);

    const auto shown = sandbox.run({"group", "show", "Zorgteam Noord"});
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.startsWith("Zorgteam Noord\nProfession: wijkverpleegkundigen\n"));
    CHECK(shown.out.contains("Members (4):"));
    CHECK(shown.out.contains("Dirk de Boer  beslisser  PE register BIG 19012"));
    CHECK(shown.out.contains("Meetings (0):\n  none yet"));

    const QJsonObject json = sandbox.run({"group", "show", "Zorgteam Noord", "--json"}).json().object();
    CHECK(json["name"] == "Zorgteam Noord");
    CHECK(json["meetings_per_year"] == 4);
    CHECK(json["guided_meetings"] == 5);
    const QJsonArray members = json["members"].toArray();
    REQUIRE(members.size() == 4);
    CHECK(members[0].toObject() == QJsonObject{{"name", "Anna"}, {"learning_style", QJsonValue{}}, {"pe_register", QJsonValue{}},
                                               {"left_on", QJsonValue{}}});
    CHECK(members[3].toObject()["learning_style"] == "beslisser");
    CHECK(members[3].toObject()["pe_register"] == "BIG 19012");
    CHECK(json["former_members"].toArray().isEmpty());
    CHECK(json["meetings"].toArray().isEmpty());
}

TEST_CASE("palet group list shows every group with its members and next meeting")
{
    const RecordsSandbox sandbox;
    CHECK(sandbox.run({"group", "list"}).out == "No groups yet. Create one: palet group create NAME\n");
    REQUIRE(sandbox.run({"group", "create", "Zorgteam"}).exitCode == 0);
    REQUIRE(sandbox.run({"group", "create", "Advocaten", "--meetings-per-year", "6"}).exitCode == 0);
    REQUIRE(sandbox.run({"group", "add-member", "Zorgteam", "Anna", "Bram"}).exitCode == 0);
    REQUIRE(sandbox.run({"meeting", "new", "Zorgteam", "--date", "2999-03-12", "--start", "09:30", "--end", "12:30"}).exitCode == 0);
    const auto listed = sandbox.run({"group", "list"});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out == "GROUP      MEMBERS  MEETINGS  NEXT MEETING\n"
                        "Advocaten  0        0         -\n"
                        "Zorgteam   2        1         Zorgteam@2999-03-12\n");
    const QJsonArray json = sandbox.run({"group", "list", "--json"}).json().array();
    REQUIRE(json.size() == 2);
    CHECK(json[0].toObject()["meetings_per_year"] == 6);
    CHECK(json[1].toObject()["members"] == 2);
    CHECK(json[1].toObject()["next_meeting"] == "Zorgteam@2999-03-12");
}

TEST_CASE("palet group refuses unknown names with a suggestion and a wrong command line with status 2")
{
    const RecordsSandbox sandbox;
    REQUIRE(sandbox.run({"group", "create", "Zorgteam"}).exitCode == 0);
    const auto unknown = sandbox.run({"group", "show", "Zorgteem"});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err == "palet group show: no group 'Zorgteem'; did you mean 'Zorgteam'?\n");
    CHECK(unknown.out.isEmpty());
    const auto twice = sandbox.run({"group", "create", "zorgteam"});
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.contains("there is already a group 'Zorgteam'"));
    CHECK(sandbox.run({"group", "create", "Team@Work"}).exitCode == 1);

    const auto subcommand = sandbox.run({"group", "craete", "X"});
    CHECK(subcommand.exitCode == 2);
    CHECK(subcommand.err.startsWith("palet group: unknown subcommand 'craete'; did you mean 'create'?"));
    CHECK(sandbox.run({"group"}).exitCode == 2);
    CHECK(sandbox.run({"group", "--help"}).out.contains("add-member"));
    CHECK(sandbox.run({"help", "group"}).out.contains("remove-member"));
    CHECK(sandbox.run({"group", "create"}).exitCode == 2);
    CHECK(sandbox.run({"group", "create", "A", "B"}).exitCode == 2);
    CHECK(sandbox.run({"group", "create", "A", "--meetings-per-year", "many"}).exitCode == 2);
    const auto style = sandbox.run({"group", "add-member", "Zorgteam", "Anna", "--style", "dromr"});
    CHECK(style.exitCode == 2);
    CHECK(style.err.contains("unknown learning style 'dromr'; did you mean 'dromer'?"));
    CHECK(sandbox.run({"group", "add-member", "Zorgteam", "Anna", "Bram", "--style", "dromer"}).exitCode == 2);
    CHECK(sandbox.run({"group", "show", "Zorgteam", "--json"}).json().object()["members"].toArray().isEmpty());
}

TEST_CASE("palet group remove-member keeps the member's history and they can come back")
{
    const RecordsSandbox sandbox;
    REQUIRE(sandbox.run({"group", "create", "Zorgteam"}).exitCode == 0);
    REQUIRE(sandbox.run({"group", "add-member", "Zorgteam", "Anna", "Bram"}).exitCode == 0);
    const auto removed = sandbox.run({"group", "remove-member", "Zorgteam", "bram"});
    REQUIRE(removed.exitCode == 0);
    CHECK(removed.out.startsWith("Bram left Zorgteam. Their cases and attendance stay in the group's history;"));
    CHECK(removed.out.contains("palet member erase \"Bram\" --group \"Zorgteam\""));
    const QJsonObject json = sandbox.run({"group", "show", "Zorgteam", "--json"}).json().object();
    CHECK(json["members"].toArray().size() == 1);
    REQUIRE(json["former_members"].toArray().size() == 1);
    CHECK(json["former_members"][0].toObject()["left_on"].isString());
    CHECK(sandbox.run({"group", "show", "Zorgteam"}).out.contains("Former members: Bram (left "));

    const auto again = sandbox.run({"group", "remove-member", "Zorgteam", "Bram"});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains("Bram left Zorgteam on "));
    CHECK(sandbox.run({"group", "remove-member", "Zorgteam", "Ana"}).err.contains("did you mean 'Anna'?"));
    REQUIRE(sandbox.run({"group", "add-member", "Zorgteam", "Bram"}).exitCode == 0);
    CHECK(sandbox.run({"group", "show", "Zorgteam", "--json"}).json().object()["members"].toArray().size() == 2);
}

TEST_CASE("a write that fails half-way says so and leaves the store as it was")
{
    const RecordsSandbox sandbox;
    REQUIRE(sandbox.run({"group", "create", "Zorgteam"}).exitCode == 0);
    {
        const palet::Store store = sandbox.openStore();
        if (sandbox.onSqlite())
            runSql(store, {"CREATE TRIGGER trap BEFORE INSERT ON members WHEN NEW.name = 'Bram'"
                           " BEGIN SELECT RAISE(ABORT, 'planted failure'); END"});
        else
            runSql(store, {"CREATE FUNCTION trap() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                           " IF NEW.name = 'Bram' THEN RAISE EXCEPTION 'planted failure'; END IF; RETURN NEW; END $$",
                           "CREATE TRIGGER trap BEFORE INSERT ON members FOR EACH ROW EXECUTE FUNCTION trap()"});
    }
    const auto failed = sandbox.run({"group", "add-member", "Zorgteam", "Anna", "Bram", "Carla"});
    CHECK(failed.exitCode == 1);
    CHECK(failed.out.isEmpty());
    CHECK(failed.err.startsWith("palet group add-member: the store "));
    CHECK(failed.err.contains("planted failure"));
    CHECK(failed.err.endsWith("Nothing was changed.\n"));
    CHECK(sandbox.run({"group", "show", "Zorgteam", "--json"}).json().object()["members"].toArray().isEmpty());
}
