#include "records/meeting_guidance.hpp"

#include <catch2/catch.hpp>

using namespace palet;

namespace {

Meeting meetingOn(qint64 id, int day, MeetingStatus status, QString facilitator = {})
{
    Meeting meeting;
    meeting.id = id;
    meeting.date = QDate{2027, 1, day};
    meeting.start = QTime{13, 0};
    meeting.end = QTime{16, 0};
    meeting.status = status;
    meeting.facilitator = std::move(facilitator);
    return meeting;
}

} // namespace

TEST_CASE("the group's guide guides its first meetings, a named guide any meeting, nobody afterwards")
{
    Group group;
    group.guidedMeetings = 2;
    group.guide = "Marieke";
    const std::vector<Meeting> meetings{meetingOn(1, 1, MeetingStatus::held), meetingOn(2, 2, MeetingStatus::cancelled),
                                        meetingOn(3, 3, MeetingStatus::held), meetingOn(4, 4, MeetingStatus::planned),
                                        meetingOn(5, 5, MeetingStatus::planned, "Joost")};

    const auto second = guidanceOf(group, meetings[2], meetings);
    CHECK(second.heldBefore == 1); // the cancelled one does not count
    CHECK(second.guided);
    CHECK(second.guide == "Marieke");

    const auto third = guidanceOf(group, meetings[3], meetings);
    CHECK(third.heldBefore == 2);
    CHECK_FALSE(third.guided);
    CHECK(third.guide.isEmpty());

    const auto named = guidanceOf(group, meetings[4], meetings);
    CHECK(named.guided);
    CHECK(named.guide == "Joost");
}
