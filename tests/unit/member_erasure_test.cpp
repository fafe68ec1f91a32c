// The right to erasure, on each back-end: the member's data and case texts are gone, from the
// tables and (on SQLite) from the bytes of the files.

#include "records/case_records.hpp"
#include "records/group_records.hpp"
#include "records/meeting_records.hpp"
#include "records/member_erasure.hpp"
#include "records/participation_records.hpp"

#include "../support/store_backend.hpp"

#include <catch2/catch.hpp>

#include <QFile>

using namespace palet;
using namespace palet::test;

namespace {

const QString secretName = "Quirijn Zevenbergen";
const QString secretText = "Zeldzame-vertrouwelijke-tekst-8841 over een cliënt";

// Zorgteam with Quirijn and Anna, each with a case, role and attendance in one meeting.
struct Fixture {
    ScratchStore scratch;
    Store store = scratch.open();
    Meeting meeting;

    Fixture()
    {
        Group group;
        group.name = "Zorgteam";
        REQUIRE(createGroup(store, group));
        const auto members = addMembers(store, "Zorgteam", {{secretName, LearningStyle::dromer, "BIG 555"}, {"Anna", {}, {}}});
        REQUIRE(members);
        NewMeeting planned;
        planned.date = QDate{2025, 3, 12};
        planned.start = QTime{9, 30};
        planned.end = QTime{12, 30};
        meeting = *planMeeting(store, "Zorgteam", planned);
        const auto secretCase = addCase(store, meeting, {secretName, "Grenzen", secretText, CaseStatus::treated, "Nee zeggen"});
        REQUIRE(secretCase);
        REQUIRE(addCase(store, meeting, {"Anna", "Boze cliënt", "Annas eigen tekst", CaseStatus::broughtIn, {}}));
        for (const Member& member : *members) {
            REQUIRE(assignRole(store, {meeting.id, member.id, "adviser", std::nullopt}));
            REQUIRE(recordAttendance(store, meeting.id, {{meeting.id, member.id, true}}));
        }
        REQUIRE(assignRole(store, {meeting.id, members->front().id, "case-owner", secretCase->id}));
    }

    int count(const QString& sql)
    {
        auto rows = store.run(sql);
        REQUIRE(rows);
        REQUIRE(rows->next());
        return rows->value(0).toInt();
    }
};

// Whether any of the SQLite store's files holds the bytes.
bool filesHold(const QString& databasePath, const QString& text)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        QFile file{databasePath + suffix};
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text.toUtf8())) return true;
    }
    return false;
}

} // namespace

TEST_CASE("erasing a member removes their data, cases, roles and attendance, and nothing else")
{
    Fixture fixture;
    CHECK(groupsWithMember(fixture.store, "quirijn zevenbergen").value == QStringList{"Zorgteam"});
    const auto erasure = eraseMember(fixture.store, "quirijn zevenbergen", {"Zorgteam"});
    REQUIRE(erasure);
    REQUIRE(erasure->memberships.size() == 1);
    CHECK(erasure->memberships[0].member == secretName);
    CHECK(erasure->memberships[0].cases == 1);
    CHECK(erasure->memberships[0].roles == 2);
    CHECK(erasure->memberships[0].attendance == 1);
    CHECK(erasure->scrubbed);

    CHECK(fixture.count("SELECT COUNT(*) FROM members") == 1);
    CHECK(fixture.count("SELECT COUNT(*) FROM cases") == 1);
    CHECK(fixture.count("SELECT COUNT(*) FROM role_assignments") == 1);
    CHECK(fixture.count("SELECT COUNT(*) FROM attendance") == 1);
    CHECK(fixture.count("SELECT COUNT(*) FROM cases WHERE case_text LIKE '%Zeldzame%' OR label = 'Grenzen'") == 0);
    const auto cases = casesOf(fixture.store, fixture.meeting.id);
    REQUIRE(cases);
    REQUIRE(cases->size() == 1);
    CHECK(cases->front().ownerName == "Anna");
    CHECK(cases->front().text == "Annas eigen tekst");
}

TEST_CASE("erasing someone unknown is refused with a suggestion, and changes nothing")
{
    Fixture fixture;
    CHECK(groupsWithMember(fixture.store, "Quirijn Zevenberg").error ==
          "no group has a member 'Quirijn Zevenberg'; did you mean 'Quirijn Zevenbergen'?");
    CHECK(eraseMember(fixture.store, "Ana", {"Zorgteam"}).error == "Zorgteam has no member 'Ana'; did you mean 'Anna'?");
    CHECK(eraseMember(fixture.store, "Anna", {"Zorgteem"}).error == "no group 'Zorgteem'; did you mean 'Zorgteam'?");
    CHECK(fixture.count("SELECT COUNT(*) FROM members") == 2);
}

TEST_CASE("a member of two groups is erased from the groups named, all or none")
{
    Fixture fixture;
    Group coaches;
    coaches.name = "Coaches";
    REQUIRE(createGroup(fixture.store, coaches));
    REQUIRE(addMembers(fixture.store, "Coaches", {{secretName, {}, {}}}));
    CHECK(groupsWithMember(fixture.store, secretName).value == QStringList{"Coaches", "Zorgteam"});
    // Anna is not in Coaches: the erasure from Zorgteam is not kept either.
    CHECK_FALSE(eraseMember(fixture.store, "Anna", {"Zorgteam", "Coaches"}));
    CHECK(fixture.count("SELECT COUNT(*) FROM members WHERE name = 'Anna'") == 1);
    const auto erasure = eraseMember(fixture.store, secretName, {"Zorgteam", "coaches"});
    REQUIRE(erasure);
    CHECK(erasure->memberships.size() == 2);
    CHECK(fixture.count("SELECT COUNT(*) FROM members") == 1);
}

TEST_CASE("an erasure that fails half-way keeps everything and says so")
{
    Fixture fixture;
    if (fixture.store.driver() == StoreDriver::sqlite)
        runSql(fixture.store, {"CREATE TRIGGER trap BEFORE DELETE ON members BEGIN SELECT RAISE(ABORT, 'planted failure'); END"});
    else
        runSql(fixture.store, {"CREATE FUNCTION trap() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                               " RAISE EXCEPTION 'planted failure'; END $$",
                               "CREATE TRIGGER trap BEFORE DELETE ON members FOR EACH ROW EXECUTE FUNCTION trap()"});
    // Roles, attendance and cases are deleted before the member row, whose deletion fails.
    const auto erasure = eraseMember(fixture.store, secretName, {"Zorgteam"});
    REQUIRE_FALSE(erasure);
    CHECK(erasure.error.contains("planted failure"));
    CHECK(erasure.error.endsWith("Nothing was changed."));
    CHECK(fixture.count("SELECT COUNT(*) FROM cases") == 2);
    CHECK(fixture.count("SELECT COUNT(*) FROM role_assignments") == 3);
    CHECK(fixture.count("SELECT COUNT(*) FROM attendance") == 2);
}

TEST_CASE("after an erasure the text is gone from the bytes of palet.db and its write-ahead log", "[sqlite-only]")
{
    Fixture fixture;
    const QString path = fixture.store.location().path;
    REQUIRE(filesHold(path, secretText));
    REQUIRE(filesHold(path, secretName));
    REQUIRE(filesHold(path, "BIG 555"));

    const auto erasure = eraseMember(fixture.store, secretName, {"Zorgteam"});
    REQUIRE(erasure);
    CHECK(erasure->scrubbed);
    CHECK(erasure->note.isEmpty());
    // While the store is still open, and after it is closed.
    CHECK_FALSE(filesHold(path, secretText));
    CHECK_FALSE(filesHold(path, secretName));
    CHECK_FALSE(filesHold(path, "BIG 555"));
    CHECK(filesHold(path, "Annas eigen tekst"));
    fixture.store = fixture.scratch.open();
    CHECK_FALSE(filesHold(path, secretText));
    CHECK(casesOf(fixture.store, fixture.meeting.id)->size() == 1);
}
