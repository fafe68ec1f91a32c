// Members' confirmations of their presence, on each back-end: when they are taken, what is
// refused, and that nothing else changes them.

#include "records/attendance_confirmation.hpp"
#include "records/group_records.hpp"
#include "records/meeting_outcome.hpp"
#include "records/meeting_records.hpp"
#include "records/member_erasure.hpp"
#include "records/participation_records.hpp"

#include "../support/store_backend.hpp"

#include <catch2/catch.hpp>

using namespace palet;
using namespace palet::test;

namespace {

const QDate march12{2025, 3, 12};

QDateTime localMoment(QDate date, QTime time)
{
    return QDateTime{date, time};
}

struct Setting {
    Store store;
    Group group;
    Meeting meeting;
    std::vector<Member> members;
};

// Zorgteam with Anna, Bram and Cor, and a meeting on 12 March 2025 from 09:30 to 12:30.
Setting setting(const ScratchStore& scratch, MeetingStatus status)
{
    Store store = scratch.open();
    Group group;
    group.name = "Zorgteam";
    const auto created = createGroup(store, group);
    REQUIRE(created);
    const auto members = addMembers(store, "Zorgteam", {{"Anna", std::nullopt, {}}, {"Bram", std::nullopt, {}}, {"Cor", std::nullopt, {}}});
    REQUIRE(members);
    NewMeeting meeting;
    meeting.date = march12;
    meeting.start = {9, 30};
    meeting.end = {12, 30};
    meeting.status = status;
    const auto planned = planMeeting(store, "Zorgteam", meeting);
    REQUIRE(planned);
    return {std::move(store), *created, *planned, *members};
}

ConfirmationRequest request(const Setting& given, const QString& name, QDateTime at,
                            ConfirmationChannel channel = ConfirmationChannel::commandLine)
{
    return {given.meeting.id, name, channel, at};
}

std::size_t confirmationCount(const Store& store, qint64 meetingId)
{
    const auto all = confirmationsOf(store, meetingId);
    REQUIRE(all);
    return all->size();
}

} // namespace

TEST_CASE("a member confirms presence at a held meeting once, with the moment and the channel")
{
    const ScratchStore scratch;
    Setting given = setting(scratch, MeetingStatus::held);
    const QDateTime evening = QDateTime{march12, {19, 5, 42}, Qt::UTC};
    const auto first = confirmAttendance(given.store, request(given, "anna", evening.addMSecs(250), ConfirmationChannel::room));
    REQUIRE(first);
    CHECK_FALSE(first->earlier);
    CHECK(first->confirmation.memberName == "Anna");
    CHECK(first->confirmation.memberId == given.members[0].id);
    CHECK(first->confirmation.confirmedAt == evening); // to the second, in UTC
    CHECK(first->confirmation.confirmedAt.timeSpec() == Qt::UTC);
    CHECK(first->confirmation.channel == ConfirmationChannel::room);

    const auto again = confirmAttendance(given.store, request(given, "Anna", evening.addSecs(3600)));
    REQUIRE(again);
    CHECK(again->earlier);
    CHECK(again->confirmation.confirmedAt == evening);
    CHECK(again->confirmation.channel == ConfirmationChannel::room);

    REQUIRE(confirmAttendance(given.store, request(given, "Bram", evening.addSecs(-60))));
    const auto all = confirmationsOf(given.store, given.meeting.id);
    REQUIRE(all);
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).memberName == "Bram"); // the earliest first
    CHECK(all->at(0).channel == ConfirmationChannel::commandLine);
    CHECK(all->at(1).memberName == "Anna");
    CHECK(all->at(1).confirmedAt == evening);
}

TEST_CASE("a confirmation without a moment is taken now")
{
    const ScratchStore scratch;
    Setting given = setting(scratch, MeetingStatus::held);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const auto confirmed = confirmAttendance(given.store, request(given, "Cor", {}));
    REQUIRE(confirmed);
    CHECK(confirmed->confirmation.confirmedAt >= before);
    CHECK(confirmed->confirmation.confirmedAt <= QDateTime::currentDateTimeUtc());
}

TEST_CASE("a planned meeting takes confirmations while it runs: on its day, from its start")
{
    const ScratchStore scratch;
    Setting given = setting(scratch, MeetingStatus::planned);
    const auto early = confirmAttendance(given.store, request(given, "Anna", localMoment(march12, {9, 29})));
    REQUIRE_FALSE(early);
    CHECK(early.error == "the meeting of Zorgteam on 2025-03-12 at 09:30 has not started yet; presence is confirmed "
                         "once it runs or has been held");
    const auto dayAfter = confirmAttendance(given.store, request(given, "Anna", localMoment(march12.addDays(1), {9, 0})));
    REQUIRE_FALSE(dayAfter);
    CHECK(dayAfter.error == "the meeting of Zorgteam on 2025-03-12 at 09:30 is not recorded as held; presence is "
                            "confirmed while it runs or once it has been held");
    CHECK(confirmationCount(given.store, given.meeting.id) == 0);

    REQUIRE(confirmAttendance(given.store, request(given, "Anna", localMoment(march12, {9, 30}), ConfirmationChannel::room)));
    REQUIRE(confirmAttendance(given.store, request(given, "Bram", localMoment(march12, {13, 15}))));
    CHECK(confirmationCount(given.store, given.meeting.id) == 2);
}

TEST_CASE("recording a meeting's outcome leaves the confirmations given while it ran")
{
    const ScratchStore scratch;
    Setting given = setting(scratch, MeetingStatus::planned);
    REQUIRE(confirmAttendance(given.store, request(given, "Anna", localMoment(march12, {10, 0}), ConfirmationChannel::room)));
    MeetingOutcome outcome;
    outcome.present = {given.members[0].id, given.members[1].id};
    outcome.absent = {given.members[2].id};
    REQUIRE(recordMeetingOutcome(given.store, given.meeting.id, outcome));
    CHECK(confirmationCount(given.store, given.meeting.id) == 1);
    // Held now: confirmable at any later time.
    REQUIRE(confirmAttendance(given.store, request(given, "Bram", localMoment(march12.addDays(30), {8, 0}))));
    // But not by a member recorded absent.
    const auto absent = confirmAttendance(given.store, request(given, "Cor", localMoment(march12, {12, 0})));
    REQUIRE_FALSE(absent);
    CHECK(absent.error == "Cor is recorded as absent from the meeting of Zorgteam on 2025-03-12 at 09:30, so cannot "
                          "confirm being there");
    CHECK(confirmationCount(given.store, given.meeting.id) == 2);
}

TEST_CASE("confirmations are refused for a cancelled meeting, a stranger and a member who had left")
{
    const ScratchStore scratch;
    Setting given = setting(scratch, MeetingStatus::held);
    const QDateTime later = QDateTime{march12.addDays(1), {10, 0}, Qt::UTC};

    const auto stranger = confirmAttendance(given.store, request(given, "Anne", later));
    REQUIRE_FALSE(stranger);
    CHECK(stranger.error == "Zorgteam has no member 'Anne'; did you mean 'Anna'?");

    REQUIRE(removeMember(given.store, "Zorgteam", "Bram", march12.addDays(-1)));
    const auto left = confirmAttendance(given.store, request(given, "Bram", later));
    REQUIRE_FALSE(left);
    CHECK(left.error == "Bram had left Zorgteam on 2025-03-11, before 2025-03-12");
    // Leaving on the meeting's day, or after it, leaves the meeting theirs.
    REQUIRE(removeMember(given.store, "Zorgteam", "Cor", march12));
    CHECK(confirmAttendance(given.store, request(given, "Cor", later)));

    NewMeeting cancelled;
    cancelled.date = march12.addDays(7);
    cancelled.start = {9, 30};
    cancelled.end = {12, 30};
    cancelled.status = MeetingStatus::cancelled;
    const auto off = planMeeting(given.store, "Zorgteam", cancelled);
    REQUIRE(off);
    const auto refused = confirmAttendance(given.store, {off->id, "Anna", ConfirmationChannel::commandLine, later.addDays(7)});
    REQUIRE_FALSE(refused);
    CHECK(refused.error == "the meeting of Zorgteam on 2025-03-19 at 09:30 was cancelled; there is no presence to confirm");
    const auto unknown = confirmAttendance(given.store, {off->id + 100, "Anna", ConfirmationChannel::commandLine, later});
    REQUIRE_FALSE(unknown);
    CHECK(confirmationCount(given.store, given.meeting.id) == 1);
    CHECK(confirmationCount(given.store, off->id) == 0);
}

TEST_CASE("erasing a member erases their confirmations")
{
    const ScratchStore scratch;
    Setting given = setting(scratch, MeetingStatus::held);
    REQUIRE(confirmAttendance(given.store, request(given, "Anna", {})));
    REQUIRE(confirmAttendance(given.store, request(given, "Bram", {})));
    REQUIRE(eraseMember(given.store, "Anna", {"Zorgteam"}));
    const auto left = confirmationsOf(given.store, given.meeting.id);
    REQUIRE(left);
    REQUIRE(left->size() == 1);
    CHECK(left->front().memberName == "Bram");
    auto rows = given.store.run("SELECT COUNT(*) FROM attendance_confirmations WHERE member_id = ?", {given.members[0].id});
    REQUIRE(rows);
    REQUIRE(rows->next());
    CHECK(rows->value(0).toInt() == 0);
}
