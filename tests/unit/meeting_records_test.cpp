// Meetings in the store, on each back-end: overlaps refused, references resolved.

#include "records/group_records.hpp"
#include "records/meeting_records.hpp"

#include "../support/store_backend.hpp"

#include <catch2/catch.hpp>

using namespace palet;
using namespace palet::test;

namespace {

NewMeeting on(QDate date, QTime start, QTime end, MeetingStatus status = MeetingStatus::planned)
{
    NewMeeting meeting;
    meeting.date = date;
    meeting.start = start;
    meeting.end = end;
    meeting.status = status;
    return meeting;
}

const QDate march12{2025, 3, 12};

Store storeWithGroups(const ScratchStore& scratch)
{
    Store store = scratch.open();
    for (const char* name : {"Zorgteam", "Coaches"}) {
        Group group;
        group.name = name;
        REQUIRE(createGroup(store, group));
    }
    return store;
}

} // namespace

TEST_CASE("a meeting is planned with its place and facilitator")
{
    const ScratchStore scratch;
    Store store = storeWithGroups(scratch);
    NewMeeting meeting = on(march12, {9, 30}, {12, 30});
    meeting.place = "Buurthuis De Kern";
    meeting.facilitator = "Els";
    const auto planned = planMeeting(store, "zorgteam", meeting);
    REQUIRE(planned);
    CHECK(planned->groupName == "Zorgteam");
    const auto meetings = meetingsOf(store, planned->groupId);
    REQUIRE(meetings);
    REQUIRE(meetings->size() == 1);
    const Meeting& stored = meetings->front();
    CHECK(stored.date == march12);
    CHECK(stored.start == QTime{9, 30});
    CHECK(stored.end == QTime{12, 30});
    CHECK(stored.place == "Buurthuis De Kern");
    CHECK(stored.facilitator == "Els");
    CHECK(stored.status == MeetingStatus::planned);
    CHECK(meetingReferenceText(stored, *meetings) == "Zorgteam@2025-03-12");
}

TEST_CASE("meetings of one group may not overlap, but back to back and other groups are fine")
{
    const ScratchStore scratch;
    Store store = storeWithGroups(scratch);
    REQUIRE(planMeeting(store, "Zorgteam", on(march12, {9, 30}, {12, 30})));
    CHECK(planMeeting(store, "Zorgteam", on(march12, {12, 0}, {13, 0})).error ==
          "Zorgteam already meets on 2025-03-12 from 09:30 to 12:30; meetings of one group cannot overlap");
    CHECK_FALSE(planMeeting(store, "Zorgteam", on(march12, {8, 0}, {17, 0})));
    CHECK(planMeeting(store, "Zorgteam", on(march12, {12, 30}, {14, 0})));
    CHECK(planMeeting(store, "Zorgteam", on(march12.addDays(1), {9, 30}, {12, 30})));
    CHECK(planMeeting(store, "Coaches", on(march12, {9, 30}, {12, 30})));
}

TEST_CASE("a cancelled meeting leaves its time free")
{
    const ScratchStore scratch;
    Store store = storeWithGroups(scratch);
    REQUIRE(planMeeting(store, "Zorgteam", on(march12, {9, 30}, {12, 30}, MeetingStatus::cancelled)));
    const auto replacement = planMeeting(store, "Zorgteam", on(march12, {9, 30}, {12, 30}));
    REQUIRE(replacement);
    const auto found = findMeeting(store, {"Zorgteam", march12, std::nullopt});
    REQUIRE(found);
    CHECK(found->id == replacement->id);
}

TEST_CASE("a meeting must end after it starts")
{
    const ScratchStore scratch;
    Store store = storeWithGroups(scratch);
    CHECK(planMeeting(store, "Zorgteam", on(march12, {12, 0}, {9, 0})).error ==
          "a meeting ends after it starts (09:00 is not after 12:00)");
    CHECK_FALSE(planMeeting(store, "Zorgteam", on(march12, {9, 0}, {9, 0})));
    CHECK(planMeeting(store, "Zorgteem", on(march12, {9, 0}, {10, 0})).error == "no group 'Zorgteem'; did you mean 'Zorgteam'?");
}

TEST_CASE("a meeting is found by its group and day, and by its start when the group meets twice that day")
{
    const ScratchStore scratch;
    Store store = storeWithGroups(scratch);
    CHECK(findMeeting(store, {"Zorgteam", march12, std::nullopt}).error == "Zorgteam has no meetings yet");
    const auto morning = planMeeting(store, "Zorgteam", on(march12, {9, 30}, {12, 0}));
    REQUIRE(morning);
    CHECK(findMeeting(store, {"zorgteam", march12, std::nullopt})->id == morning->id);
    CHECK(findMeeting(store, {"Zorgteam", march12.addDays(1), std::nullopt}).error ==
          "Zorgteam has no meeting on 2025-03-13; did you mean 'Zorgteam@2025-03-12'?");

    const auto afternoon = planMeeting(store, "Zorgteam", on(march12, {14, 0}, {16, 0}));
    REQUIRE(afternoon);
    CHECK(findMeeting(store, {"Zorgteam", march12, std::nullopt}).error ==
          "Zorgteam meets more than once on 2025-03-12; name the meeting with its start time: "
          "Zorgteam@2025-03-12@09:30 or Zorgteam@2025-03-12@14:00");
    CHECK(findMeeting(store, {"Zorgteam", march12, QTime{14, 0}})->id == afternoon->id);
    CHECK(findMeeting(store, {"Zorgteam", march12, QTime{15, 0}}).error.startsWith("Zorgteam has no meeting on 2025-03-12 at 15:00"));
    const auto meetings = meetingsOf(store, morning->groupId);
    REQUIRE(meetings);
    CHECK(meetingReferenceText(meetings->at(1), *meetings) == "Zorgteam@2025-03-12@14:00");
}
