// Cases, roles and attendance in the store, on each back-end.

#include "records/case_records.hpp"
#include "records/group_records.hpp"
#include "records/meeting_records.hpp"
#include "records/participation_records.hpp"

#include "../support/store_backend.hpp"

#include <catch2/catch.hpp>

using namespace palet;
using namespace palet::test;

namespace {

// Zorgteam with Anna, Bram and Carla, and Coaches with Dirk, each with a meeting on 12 March.
struct Fixture {
    ScratchStore scratch;
    Store store = scratch.open();
    Meeting meeting;
    Meeting otherMeeting;

    Fixture()
    {
        for (const char* name : {"Zorgteam", "Coaches"}) {
            Group group;
            group.name = name;
            REQUIRE(createGroup(store, group));
        }
        REQUIRE(addMembers(store, "Zorgteam", {{"Anna", {}, {}}, {"Bram", {}, {}}, {"Carla", {}, {}}}));
        REQUIRE(addMembers(store, "Coaches", {{"Dirk", {}, {}}}));
        NewMeeting planned;
        planned.date = QDate{2025, 3, 12};
        planned.start = QTime{9, 30};
        planned.end = QTime{12, 30};
        meeting = *planMeeting(store, "Zorgteam", planned);
        otherMeeting = *planMeeting(store, "Coaches", planned);
    }

    qint64 memberId(const QString& group, const QString& name)
    {
        const auto found = findCurrentMember(store, *findGroup(store, group), name);
        REQUIRE(found);
        return found->id;
    }
};

NewCase brought(const QString& owner, const QString& label, const QString& text = {})
{
    NewCase newCase;
    newCase.ownerName = owner;
    newCase.label = label;
    newCase.text = text;
    return newCase;
}

} // namespace

TEST_CASE("a case needs only its owner and a short label")
{
    Fixture fixture;
    const auto added = addCase(fixture.store, fixture.meeting, brought("anna", "Boze cliënt"));
    REQUIRE(added);
    CHECK(added->number == 1);
    CHECK(added->ownerName == "Anna");
    CHECK(added->status == CaseStatus::broughtIn);
    // No text is no text: NULL in the store, not an empty string.
    auto stored = fixture.store.run("SELECT COUNT(*) FROM cases WHERE case_text IS NULL AND takeaway IS NULL");
    REQUIRE(stored);
    REQUIRE(stored->next());
    CHECK(stored->value(0).toInt() == 1);
}

TEST_CASE("cases keep their text, status and takeaway, numbered in the order they came in")
{
    Fixture fixture;
    NewCase second = brought("Bram", "Grenzen aangeven", "Een cliënt belt elke avond.\nWat doe ik?");
    second.status = CaseStatus::treated;
    second.takeaway = "Bel terug op vaste tijden";
    REQUIRE(addCase(fixture.store, fixture.meeting, brought("Anna", "Boze cliënt")));
    const auto added = addCase(fixture.store, fixture.meeting, second);
    REQUIRE(added);
    CHECK(added->number == 2);
    const auto cases = casesOf(fixture.store, fixture.meeting.id);
    REQUIRE(cases);
    REQUIRE(cases->size() == 2);
    CHECK(cases->at(0).label == "Boze cliënt");
    CHECK(cases->at(0).text.isEmpty());
    CHECK(cases->at(1).number == 2);
    CHECK(cases->at(1).ownerName == "Bram");
    CHECK(cases->at(1).text == "Een cliënt belt elke avond.\nWat doe ik?");
    CHECK(cases->at(1).status == CaseStatus::treated);
    CHECK(cases->at(1).takeaway == "Bel terug op vaste tijden");
    CHECK(casesOf(fixture.store, fixture.otherMeeting.id)->empty());
}

TEST_CASE("a case's owner is a current member of the meeting's group")
{
    Fixture fixture;
    CHECK(addCase(fixture.store, fixture.meeting, brought("Ana", "x")).error == "Zorgteam has no member 'Ana'; did you mean 'Anna'?");
    CHECK(addCase(fixture.store, fixture.meeting, brought("Dirk", "x")).error.startsWith("Zorgteam has no member 'Dirk'"));
    REQUIRE(removeMember(fixture.store, "Zorgteam", "Carla", QDate{2025, 3, 1}));
    CHECK(addCase(fixture.store, fixture.meeting, brought("Carla", "x")).error == "Carla left Zorgteam on 2025-03-01");
    CHECK(casesOf(fixture.store, fixture.meeting.id)->empty());
}

TEST_CASE("a case's label is one short line")
{
    Fixture fixture;
    CHECK(addCase(fixture.store, fixture.meeting, brought("Anna", "  ")).error == "a case needs a short label");
    CHECK(addCase(fixture.store, fixture.meeting, brought("Anna", QString(81, 'x'))).error.contains("at most 80 characters"));
    CHECK(addCase(fixture.store, fixture.meeting, brought("Anna", "two\nlines")).error.contains("one line"));
    CHECK(addCase(fixture.store, fixture.meeting, brought("Anna", QString(80, 'x'))));
}

TEST_CASE("roles are recorded once per member, role and case")
{
    Fixture fixture;
    const qint64 anna = fixture.memberId("Zorgteam", "Anna");
    const qint64 bram = fixture.memberId("Zorgteam", "Bram");
    const auto treated = addCase(fixture.store, fixture.meeting, brought("Anna", "Boze cliënt"));
    REQUIRE(treated);
    REQUIRE(assignRole(fixture.store, {fixture.meeting.id, bram, "timekeeper", std::nullopt}));
    REQUIRE(assignRole(fixture.store, {fixture.meeting.id, bram, "timekeeper", std::nullopt}));
    REQUIRE(assignRole(fixture.store, {fixture.meeting.id, anna, "case-owner", treated->id}));
    const auto roles = rolesIn(fixture.store, fixture.meeting.id);
    REQUIRE(roles);
    REQUIRE(roles->size() == 2);
    CHECK(roles->at(0).memberId == bram);
    CHECK(roles->at(0).role == "timekeeper");
    CHECK_FALSE(roles->at(0).caseId);
    CHECK(roles->at(1).caseId == treated->id);
    CHECK_FALSE(assignRole(fixture.store, {fixture.meeting.id, fixture.memberId("Coaches", "Dirk"), "scribe", std::nullopt}));
    CHECK(assignRole(fixture.store, {fixture.meeting.id, anna, "Time Keeper", std::nullopt}).error.contains("is not a role id"));
}

TEST_CASE("attendance is recorded for all members given or for none")
{
    Fixture fixture;
    const qint64 anna = fixture.memberId("Zorgteam", "Anna");
    const qint64 bram = fixture.memberId("Zorgteam", "Bram");
    const qint64 dirk = fixture.memberId("Coaches", "Dirk");
    REQUIRE(recordAttendance(fixture.store, fixture.meeting.id, {{fixture.meeting.id, anna, true}, {fixture.meeting.id, bram, false}}));
    REQUIRE(recordAttendance(fixture.store, fixture.meeting.id, {{fixture.meeting.id, bram, true}}));
    // Dirk is not in the group: the whole change is refused, Anna's absence is not recorded.
    CHECK_FALSE(recordAttendance(fixture.store, fixture.meeting.id, {{fixture.meeting.id, anna, false}, {fixture.meeting.id, dirk, true}}));
    const auto attendance = attendanceOf(fixture.store, fixture.meeting.id);
    REQUIRE(attendance);
    REQUIRE(attendance->size() == 2);
    CHECK(attendance->at(0).memberId == anna);
    CHECK(attendance->at(0).present);
    CHECK(attendance->at(1).memberId == bram);
    CHECK(attendance->at(1).present);
}
