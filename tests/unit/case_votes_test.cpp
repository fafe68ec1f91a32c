// Each member's own vote for a case, on each back-end: one per member and case, taken back at
// will, counted into the case's votes; refused for someone who is not a current member, for an
// unknown case and once the meeting is held; erased with the member.

#include "records/case_records.hpp"
#include "records/case_votes.hpp"
#include "records/group_records.hpp"
#include "records/meeting_records.hpp"
#include "records/member_erasure.hpp"

#include "../support/store_backend.hpp"

#include <catch2/catch.hpp>

using namespace palet;
using namespace palet::test;

namespace {

struct Fixture {
    ScratchStore scratch;
    Store store = scratch.open();
    Meeting meeting;

    Fixture()
    {
        Group group;
        group.name = "Zorgteam";
        REQUIRE(createGroup(store, group));
        REQUIRE(addMembers(store, "Zorgteam", {{"Anna", {}, {}}, {"Bram", {}, {}}, {"Carla", {}, {}}}));
        NewMeeting planned;
        planned.date = QDate{2025, 3, 12};
        planned.start = QTime{9, 30};
        planned.end = QTime{12, 30};
        meeting = *planMeeting(store, "Zorgteam", planned);
        for (const auto& [owner, label] : {std::pair{"Anna", "Grenzen"}, std::pair{"Bram", "Rooster"}}) {
            NewCase brought;
            brought.ownerName = owner;
            brought.label = label;
            REQUIRE(addCase(store, meeting, brought));
        }
    }

    int votesOf(int number) { return (*casesOf(store, meeting.id))[static_cast<size_t>(number - 1)].votes; }
};

} // namespace

TEST_CASE("each member votes once for a case, can take the vote back, and the case counts them")
{
    Fixture f;
    REQUIRE(castVote(f.store, f.meeting, 2, "Anna", true));
    REQUIRE(castVote(f.store, f.meeting, 2, "Carla", true));
    REQUIRE(castVote(f.store, f.meeting, 2, "Carla", true)); // again: still one vote
    REQUIRE(castVote(f.store, f.meeting, 1, "Carla", true));
    CHECK(f.votesOf(1) == 1);
    CHECK(f.votesOf(2) == 2);
    auto voters = votersOf(f.store, f.meeting.id);
    REQUIRE(voters);
    const auto cases = *casesOf(f.store, f.meeting.id);
    CHECK(voters->at(cases[1].id) == QStringList{"Anna", "Carla"});
    CHECK(voters->at(cases[0].id) == QStringList{"Carla"});

    const auto taken = castVote(f.store, f.meeting, 2, "Anna", false);
    REQUIRE(taken);
    CHECK(taken->votes == 1);
    CHECK(votersOf(f.store, f.meeting.id)->at(cases[1].id) == QStringList{"Carla"});
}

TEST_CASE("a vote from someone who is not a member, for a case there is not, or after the meeting is refused and changes nothing")
{
    Fixture f;
    const auto stranger = castVote(f.store, f.meeting, 1, "Zoë", true);
    REQUIRE_FALSE(stranger);
    CHECK(stranger.error.contains("Zoë"));
    const auto missing = castVote(f.store, f.meeting, 3, "Anna", true);
    REQUIRE_FALSE(missing);
    CHECK(missing.error.contains("1 to 2"));
    Meeting held = f.meeting;
    held.status = MeetingStatus::held;
    CHECK_FALSE(castVote(f.store, held, 1, "Anna", true));
    CHECK(f.votesOf(1) == 0);
    CHECK(votersOf(f.store, f.meeting.id)->empty());
}

TEST_CASE("erasing a member erases their votes and the votes for their cases")
{
    Fixture f;
    REQUIRE(castVote(f.store, f.meeting, 1, "Bram", true));
    REQUIRE(castVote(f.store, f.meeting, 2, "Anna", true));
    REQUIRE(castVote(f.store, f.meeting, 2, "Carla", true));
    REQUIRE(eraseMember(f.store, "Anna", {"Zorgteam"}));
    // Anna's case went with her, and so did Bram's vote for it; her vote for Bram's case too.
    const auto cases = *casesOf(f.store, f.meeting.id);
    REQUIRE(cases.size() == 1);
    CHECK(votersOf(f.store, f.meeting.id)->at(cases[0].id) == QStringList{"Carla"});
    auto rows = f.store.run("SELECT COUNT(*) FROM case_votes");
    REQUIRE(rows);
    REQUIRE(rows->next());
    CHECK(rows->value(0).toInt() == 1);
}
