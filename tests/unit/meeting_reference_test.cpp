#include "records/calendar_text.hpp"
#include "records/meeting_reference.hpp"

#include <catch2/catch.hpp>

using namespace palet;

TEST_CASE("dates are read only as YYYY-MM-DD and times only as HH:MM")
{
    CHECK(dateFromText("2025-03-12") == QDate{2025, 3, 12});
    CHECK(dateFromText("2024-02-29") == QDate{2024, 2, 29});
    for (const char* wrong : {"12-03-2025", "2025-3-12", "2025-02-30", "2025/03/12", "2025-03-12T09:00", "", " 2025-03-12"})
        CHECK_FALSE(dateFromText(wrong));
    CHECK(clockTimeFromText("09:30") == QTime{9, 30});
    CHECK(clockTimeFromText("23:59") == QTime{23, 59});
    for (const char* wrong : {"9:30", "24:00", "09:60", "09.30", "0930", "09:30:00", "9u30"})
        CHECK_FALSE(clockTimeFromText(wrong));
    CHECK(dateText(QDate{2025, 3, 2}) == "2025-03-02");
    CHECK(clockTimeText(QTime{9, 5}) == "09:05");
}

TEST_CASE("a meeting is named GROUP@DATE, with @START when needed")
{
    const auto plain = parseMeetingReference("Zorgteam Noord@2025-03-12");
    REQUIRE(plain);
    CHECK(plain->group == "Zorgteam Noord");
    CHECK(plain->date == QDate{2025, 3, 12});
    CHECK_FALSE(plain->start);
    const auto timed = parseMeetingReference("Zorgteam@2025-03-12@14:00");
    REQUIRE(timed);
    CHECK(timed->start == QTime{14, 0});
    for (const char* wrong : {"Zorgteam", "Zorgteam@", "@2025-03-12", "Zorgteam@12-03-2025", "Zorgteam@2025-03-12@2pm",
                              "a@b@2025-03-12"})
        CHECK_FALSE(parseMeetingReference(wrong));
}

TEST_CASE("a meeting's reference has its start only when its group meets again that day")
{
    Meeting morning{1, 1, "Zorgteam", {2025, 3, 12}, {9, 30}, {12, 0}, {}, {}, MeetingStatus::planned};
    Meeting nextWeek = morning;
    nextWeek.id = 2;
    nextWeek.date = QDate{2025, 3, 19};
    CHECK(meetingReferenceText(morning, {morning, nextWeek}) == "Zorgteam@2025-03-12");
    Meeting afternoon = morning;
    afternoon.id = 3;
    afternoon.start = QTime{14, 0};
    CHECK(meetingReferenceText(morning, {morning, nextWeek, afternoon}) == "Zorgteam@2025-03-12@09:30");
    CHECK(meetingReferenceText(afternoon, {morning, nextWeek, afternoon}) == "Zorgteam@2025-03-12@14:00");
}
