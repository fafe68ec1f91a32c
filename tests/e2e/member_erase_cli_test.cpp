// palet member erase, through the real binary, on each back-end: the right to erasure.

#include "records_sandbox.hpp"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace palet::test;

namespace {

const QString secret = "Uitzonderlijk-geheim-7391: de cliënt dreigde met een klacht";

// Zorgteam with Anna and Bram, each with a case in one meeting; Anna's has a text.
void prepare(const RecordsSandbox& sandbox)
{
    REQUIRE(sandbox.run({"group", "create", "Zorgteam"}).exitCode == 0);
    REQUIRE(sandbox.run({"group", "add-member", "Zorgteam", "Anna Jansen", "--style", "dromer", "--pe-register", "BIG 777"}).exitCode == 0);
    REQUIRE(sandbox.run({"group", "add-member", "Zorgteam", "Bram"}).exitCode == 0);
    REQUIRE(sandbox.run({"meeting", "new", "Zorgteam", "--date", "2025-03-12", "--start", "09:30", "--end", "12:30"}).exitCode == 0);
    REQUIRE(sandbox.runWithInput({"case", "add", "Zorgteam@2025-03-12", "--owner", "Anna Jansen", "--label", "Klacht", "--text", "-"},
                                 secret.toUtf8())
                .exitCode == 0);
    REQUIRE(sandbox.run({"case", "add", "Zorgteam@2025-03-12", "--owner", "Bram", "--label", "Werkdruk", "--text", "Te veel"}).exitCode == 0);
}

bool storeFilesHold(const RecordsSandbox& sandbox, const QString& text)
{
    for (const char* suffix : {"", "-wal", "-shm"}) {
        QFile file{sandbox.sqliteFile() + suffix};
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text.toUtf8())) return true;
    }
    return false;
}

} // namespace

TEST_CASE("palet member erase removes the member's personal data and case texts, and nothing else")
{
    const RecordsSandbox sandbox;
    prepare(sandbox);
    const auto erased = sandbox.run({"member", "erase", "anna jansen", "--yes"});
    REQUIRE(erased.exitCode == 0);
    CHECK(erased.out.startsWith("Erased Anna Jansen from Zorgteam: their name, learning style and PE register, "
                                "1 case with its texts, 0 attendance records, 0 roles.\n"));
    if (sandbox.onSqlite()) CHECK(erased.out.contains("It is gone from the store " + sandbox.sqliteFile() + ": overwritten"));
    else CHECK(erased.err.contains("note: the database server keeps older copies in its own logs and backups for a while"));

    const QJsonObject group = sandbox.run({"group", "show", "Zorgteam", "--json"}).json().object();
    REQUIRE(group["members"].toArray().size() == 1);
    CHECK(group["members"][0].toObject()["name"] == "Bram");
    CHECK(group["former_members"].toArray().isEmpty());
    const QJsonArray cases = sandbox.run({"case", "list", "Zorgteam@2025-03-12", "--json", "--text"}).json().array();
    REQUIRE(cases.size() == 1);
    CHECK(cases[0].toObject()["owner"] == "Bram");
    CHECK(cases[0].toObject()["text"] == "Te veel");

    const auto again = sandbox.run({"member", "erase", "Anna Jansen", "--yes"});
    CHECK(again.exitCode == 1);
    CHECK(again.err == "palet member erase: no group has a member 'Anna Jansen'\n");
}

TEST_CASE("after palet member erase the text is gone from palet.db and palet.db-wal", "[sqlite-only]")
{
    const RecordsSandbox sandbox;
    prepare(sandbox);
    REQUIRE(storeFilesHold(sandbox, secret));
    REQUIRE(storeFilesHold(sandbox, "BIG 777"));
    REQUIRE(sandbox.run({"member", "erase", "Anna Jansen", "--yes"}).exitCode == 0);
    CHECK_FALSE(storeFilesHold(sandbox, secret));
    CHECK_FALSE(storeFilesHold(sandbox, "Anna Jansen"));
    CHECK_FALSE(storeFilesHold(sandbox, "BIG 777"));
    CHECK(QFile{sandbox.sqliteFile() + "-wal"}.size() == 0);
    CHECK(storeFilesHold(sandbox, "Te veel")); // the proof looks in the right place
}

TEST_CASE("palet member erase asks which group when more than one has a member of that name")
{
    const RecordsSandbox sandbox;
    prepare(sandbox);
    REQUIRE(sandbox.run({"group", "create", "Coaches"}).exitCode == 0);
    REQUIRE(sandbox.run({"group", "add-member", "Coaches", "Bram"}).exitCode == 0);
    const auto ambiguous = sandbox.run({"member", "erase", "Bram", "--yes"});
    CHECK(ambiguous.exitCode == 1);
    CHECK(ambiguous.err.contains("more than one group has a member 'Bram' (Coaches, Zorgteam); say which with "
                                 "--group \"Coaches\" or --group \"Zorgteam\""));
    CHECK(sandbox.run({"member", "erase", "Bram", "--yes", "--group", "Coaches"}).exitCode == 0);
    CHECK(sandbox.run({"group", "show", "Zorgteam", "--json"}).json().object()["members"].toArray().size() == 2);
    const QJsonObject json = sandbox.run({"member", "erase", "Bram", "--yes", "--json"}).json().object();
    CHECK(json["erased"].toArray().size() == 1);
    CHECK(json["erased"][0].toObject()["cases"] == 1);
    CHECK(json["scrubbed"] == true);
    const auto unknown = sandbox.run({"member", "erase", "Anna Janssen", "--yes"});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains("did you mean 'Anna Jansen'?"));
    CHECK(sandbox.run({"member", "erase", "--yes"}).exitCode == 2);
}
