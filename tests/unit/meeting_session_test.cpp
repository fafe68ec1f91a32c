// A meeting as one session: the parts' phases one after the other, each part's roles, one
// takeaway per round, and each method hearing its own phases numbered as it knows them.

#include "session/meeting_session.hpp"

#include "session_test_support.hpp"

using namespace palet;
using namespace palet::test;

namespace {

// Remembers the phase indexes it heard, as a plugin would see them.
class ListeningMethod final : public MethodImplementation {
public:
    explicit ListeningMethod(MethodSpec spec) : spec_(std::move(spec)) {}
    Outcome<MethodSpec> spec(const MethodContext&) const override { return {spec_, {}}; }
    Outcome<std::vector<RoleMessage>> onEvent(const SessionEvent& event) override
    {
        if (event.kind == SessionEvent::Kind::phaseStarted) {
            heard.push_back(event.phaseIndex);
            owners.push_back(event.roleHolders.count("case-owner") ? event.roleHolders.at("case-owner").front() : "");
        }
        return {std::vector<RoleMessage>{}, {}};
    }
    std::vector<int> heard;
    std::vector<std::string> owners;

private:
    MethodSpec spec_;
};

struct MeetingFixture {
    MethodSpec blockSpec = threePhaseMethod({5, 5, 5});
    MethodSpec roundSpec = threePhaseMethod({10, 10, 5});
    ListeningMethod block{blockSpec};
    ListeningMethod round{roundSpec};

    MeetingSessionRequest request()
    {
        MeetingSessionRequest asked;
        asked.meeting = "Zorgteam@2025-03-12";
        asked.title = "Meeting";
        asked.members = {"Ann", "Bo", "Cas", "Dee"};
        // The agenda's assignment (planning/part_roles): the run takes it as it is.
        asked.parts = {{"Opening", &block, 15, 0, "", {}, {}, "Opening", 0},
                       {"Round: case 1", &round, 25, 1, "Bo",
                        {{"case-owner", {"Bo"}}, {"facilitator", {"Ann"}}, {"timekeeper", {"Cas"}}, {"adviser", {"Dee"}}}, {}, "Round", 11},
                       {"Round: case 2", &round, 25, 2, "Cas",
                        {{"case-owner", {"Cas"}}, {"facilitator", {"Dee"}}, {"timekeeper", {"Ann"}}, {"adviser", {"Bo"}}}, {}, "Round", 12}};
        return asked;
    }
};

} // namespace

TEST_CASE("a meeting's session runs every part's phases in order with the part's roles")
{
    MeetingFixture fixture;
    const auto plan = planMeetingSession(fixture.request());
    INFO(plan.error);
    REQUIRE(plan.value);
    CHECK(plan.value->phaseCount() == 9);
    CHECK(plan.value->plannedMinutes() == 65);
    REQUIRE(plan.value->parts.size() == 3);
    CHECK(plan.value->parts[1].firstPhase == 3);
    CHECK(plan.value->parts[2].takeawayPhase == 8);
    CHECK(plan.value->parts[0].takeawayPhase == -1);
    CHECK(plan.value->holdersAt(4, "case-owner") == std::vector<std::string>{"Bo"});
    CHECK(plan.value->holdersAt(4, "facilitator") == std::vector<std::string>{"Ann"});
    CHECK(plan.value->holdersAt(7, "case-owner") == std::vector<std::string>{"Cas"});
    CHECK(plan.value->holdersAt(7, "timekeeper") == std::vector<std::string>{"Ann"});

    MeetingMethods methods{*plan.value, {&fixture.block, &fixture.round, &fixture.round}};
    ManualClock clock;
    SessionRunner runner{*plan.value, methods, clock};
    runner.start();
    for (int phase = 0; phase < 9; ++phase) {
        if (phase == 5) {
            CHECK(runner.asksTakeawayOnNext());
            runner.recordTakeaway("first");
        }
        // The second round asks its own owner again; nothing else asks.
        CHECK(runner.asksTakeawayOnNext() == (phase == 8));
        clock.advance(1min);
        runner.next();
    }
    CHECK(runner.state().finished());
    CHECK(runner.state().takeaways == std::map<int, std::string>{{5, "first"}});
    CHECK(fixture.block.heard == std::vector<int>{0, 1, 2});
    CHECK(fixture.round.heard == std::vector<int>{0, 1, 2, 0, 1, 2});
    CHECK(fixture.round.owners == std::vector<std::string>{"Bo", "Bo", "Bo", "Cas", "Cas", "Cas"});
}

TEST_CASE("a part runs the agenda's phases with the agenda's minutes")
{
    MeetingFixture fixture;
    auto asked = fixture.request();
    asked.parts[0].phaseSeconds = {{"step-1", 180}, {"step-3", 420}};
    asked.parts[0].minutes = 10;
    asked.parts[1].phaseSeconds = {{"step-1", 720}, {"step-2", 480}, {"step-3", 300}};
    const auto plan = planMeetingSession(asked);
    REQUIRE(plan.value);
    CHECK(plan.value->parts[0].phaseCount == 2);
    CHECK(plan.value->phaseCount() == 8);
    CHECK(plan.value->phaseSeconds == std::vector<int>{180, 420, 720, 480, 300, 600, 600, 300});
    CHECK(plan.value->parts[1].takeawayPhase == plan.value->parts[1].firstPhase + 2);
    // Phases the method did not compute (a plugin's own) leave the method's fit in place.
    asked.parts[1].phaseSeconds = {{"turn-1", 1500}};
    const auto own = planMeetingSession(asked);
    REQUIRE(own.value);
    CHECK(own.value->parts[1].phaseCount == 3);
    CHECK(own.value->plannedMinutes() == 60);
    asked.parts.clear();
    CHECK(!planMeetingSession(asked).value);
}
