// The agenda of hand-made meetings, planned with the built-in methods and meeting blocks.

#include "planning/meeting_plan.hpp"

#include <catch2/catch.hpp>

using namespace palet;

namespace {

const MethodCatalog& builtinCatalog()
{
    static const MethodCatalog catalog = MethodCatalog::load({{PALET_SOURCE_DIR "/methods", "built-in"}});
    return catalog;
}

Case brought(qint64 id, const QString& owner, int votes = 0, std::optional<CaseTriage> triage = CaseTriage::intervision)
{
    Case made;
    made.id = id;
    made.ownerId = id;
    made.ownerName = owner;
    made.number = static_cast<int>(id);
    made.label = "Case of " + owner;
    made.votes = votes;
    made.triage = triage;
    return made;
}

MeetingPlanRequest request(int present, QTime start, QTime end, std::vector<Case> cases)
{
    MeetingPlanRequest made;
    made.start = start;
    made.end = end;
    made.present = present;
    made.previousCaseOwners = 2;
    made.cases = std::move(cases);
    return made;
}

// Every line follows the one before it without a gap, from the meeting's start.
void checkClockTimes(const MeetingPlan& plan)
{
    REQUIRE_FALSE(plan.lines.empty());
    QTime at = plan.start;
    for (const AgendaLine& line : plan.lines) {
        CHECK(line.start == at);
        CHECK(line.start.secsTo(line.end) == 60 * line.minutes);
        CHECK(line.minutes >= line.range.min);
        at = line.end;
    }
}

std::vector<std::string> lineIds(const MeetingPlan& plan)
{
    std::vector<std::string> ids;
    for (const AgendaLine& line : plan.lines) ids.push_back(line.methodId);
    return ids;
}

} // namespace

TEST_CASE("a three-hour meeting of six is filled exactly, with a break and the blocks in order")
{
    const auto made = makeMeetingPlan(builtinCatalog(), request(6, {9, 30}, {12, 30},
                                                               {brought(1, "Anna", 1), brought(2, "Bram", 5), brought(3, "Cor", 3)}));
    REQUIRE(made.plan);
    const MeetingPlan& plan = *made.plan;
    CHECK(plan.fits);
    checkClockTimes(plan);
    CHECK(plan.lines.back().end == QTime(12, 30));
    const auto ids = lineIds(plan);
    CHECK(ids.front() == blockIds::opening);
    CHECK(ids[1] == blockIds::inventory);
    CHECK(ids[2] == blockIds::choosing);
    CHECK(ids[ids.size() - 2] == blockIds::closingRound);
    CHECK(ids.back() == blockIds::evaluation);
    CHECK(std::count(ids.begin(), ids.end(), std::string{blockIds::pause}) == 1);
    // The most votes first.
    REQUIRE_FALSE(plan.chosen.empty());
    CHECK(plan.chosen.front().ownerName == "Bram");
    for (const AgendaLine& line : plan.lines)
        if (line.kind == AgendaLine::Kind::round) CHECK(line.theCase.has_value());
}

TEST_CASE("cases for coaching or a work meeting are set aside with the reason")
{
    const auto made = makeMeetingPlan(builtinCatalog(),
                                      request(5, {9, 30}, {12, 0},
                                              {brought(1, "Anna", 0, CaseTriage::coaching), brought(2, "Bram"),
                                               brought(3, "Cor", 0, CaseTriage::workMeeting), brought(4, "Dirk", 0, std::nullopt)}));
    REQUIRE(made.plan);
    REQUIRE(made.plan->setAside.size() == 2);
    CHECK(made.plan->setAside[0].reason.contains("coaching"));
    CHECK(made.plan->setAside[1].reason.contains("work meeting"));
    CHECK(made.plan->notes.join('\n').contains("not triaged"));
    for (const Case& chosen : made.plan->chosen) CHECK((chosen.ownerName == "Bram" || chosen.ownerName == "Dirk"));
}

TEST_CASE("as many cases as fit are chosen — the rest wait with a reason")
{
    std::vector<Case> cases;
    for (int index = 1; index <= 6; ++index) cases.push_back(brought(index, QString("Member %1").arg(index)));
    const auto made = makeMeetingPlan(builtinCatalog(), request(6, {13, 0}, {15, 0}, cases));
    REQUIRE(made.plan);
    CHECK(made.plan->fits);
    checkClockTimes(*made.plan);
    CHECK(made.plan->lines.back().end <= QTime(15, 0));
    CHECK(made.plan->chosen.size() + made.plan->setAside.size() == 6);
    CHECK_FALSE(made.plan->setAside.empty());
    CHECK(made.plan->setAside.back().reason.contains("no time left"));
}

TEST_CASE("a plan that cannot fit says what does not and what would")
{
    MeetingPlanRequest asked = request(5, {13, 0}, {15, 0}, {brought(1, "Anna"), brought(2, "Bram"), brought(3, "Cor")});
    asked.caseCount = 3;
    asked.methods[2] = "incident-method";
    const auto made = makeMeetingPlan(builtinCatalog(), asked);
    REQUIRE(made.plan);
    const MeetingPlan& plan = *made.plan;
    CHECK_FALSE(plan.fits);
    CHECK(plan.minutesNeeded > 120);
    REQUIRE_FALSE(plan.doesNotFit.isEmpty());
    CHECK(plan.doesNotFit.front().contains(QString(": %1 minute").arg(plan.minutesNeeded - 120))); // one form or more: palet_en.ts
    const QString suggestions = plan.wouldFit.join('\n');
    CHECK(suggestions.contains("one case fewer: leave out case 2"));
    CHECK(suggestions.contains("a shorter method for case 2"));
    CHECK(suggestions.contains(QString("a later end: %1").arg(QTime(13, 0).addSecs(60 * plan.minutesNeeded).toString("HH:mm"))));
    checkClockTimes(plan); // still laid out, running over
}

TEST_CASE("a short meeting has no break")
{
    const auto made = makeMeetingPlan(builtinCatalog(), request(4, {19, 0}, {20, 30}, {brought(1, "Anna")}));
    REQUIRE(made.plan);
    const auto ids = lineIds(*made.plan);
    CHECK(std::count(ids.begin(), ids.end(), std::string{blockIds::pause}) == 0);
}

TEST_CASE("three present is enough, two is not")
{
    const auto three = makeMeetingPlan(builtinCatalog(), request(3, {9, 30}, {12, 0}, {brought(1, "Anna"), brought(2, "Bram")}));
    REQUIRE(three.plan);
    CHECK(three.plan->present == 3);
    const auto two = makeMeetingPlan(builtinCatalog(), request(2, {9, 30}, {12, 0}, {brought(1, "Anna")}));
    CHECK_FALSE(two.plan);
    CHECK(two.error.contains("at least 3 members"));
}

TEST_CASE("nine present: a method chosen for fewer is planned with a warning")
{
    MeetingPlanRequest asked = request(9, {9, 30}, {12, 30}, {brought(1, "Anna"), brought(2, "Bram")});
    asked.methods[1] = "peer-consultation";
    const auto made = makeMeetingPlan(builtinCatalog(), asked);
    REQUIRE(made.plan);
    CHECK(made.plan->warnings.join('\n').contains("peer-consultation is made for 4–6 members"));
    CHECK(made.plan->warnings.join('\n').contains("9 are present"));
}

TEST_CASE("the look-back counts the previous meeting's case owners, and is left out at a first meeting")
{
    MeetingPlanRequest first = request(6, {9, 30}, {12, 30}, {brought(1, "Anna")});
    first.previousCaseOwners = 0;
    MeetingPlanRequest later = first;
    later.previousCaseOwners = 8;
    const auto firstPlan = makeMeetingPlan(builtinCatalog(), first);
    const auto laterPlan = makeMeetingPlan(builtinCatalog(), later);
    REQUIRE(firstPlan.plan);
    REQUIRE(laterPlan.plan);
    CHECK(firstPlan.plan->lines.front().range.min < laterPlan.plan->lines.front().range.min);
    CHECK(laterPlan.plan->lines.front().range.min >= 16); // 2 per owner on top of the welcome
    CHECK(firstPlan.plan->notes.join('\n').contains("no look-back"));
}

TEST_CASE("an unknown method is refused")
{
    MeetingPlanRequest asked = request(5, {9, 30}, {12, 30}, {brought(1, "Anna")});
    asked.methods[1] = "no-such-method";
    const auto made = makeMeetingPlan(builtinCatalog(), asked);
    CHECK_FALSE(made.plan);
    CHECK(made.error.contains("no-such-method"));
}

TEST_CASE("a group may need more than three present")
{
    MeetingPlanRequest asked = request(4, {9, 30}, {12, 0}, {brought(1, "Anna")});
    asked.minimumPresent = 5;
    const auto refused = makeMeetingPlan(builtinCatalog(), asked);
    CHECK_FALSE(refused.plan);
    CHECK(refused.error.contains("at least 5 members present; 4 are"));
    asked.minimumPresent = 4;
    CHECK(makeMeetingPlan(builtinCatalog(), asked).plan);
}

TEST_CASE("a group's first meeting has no look-back and says why")
{
    MeetingPlanRequest first = request(5, {9, 30}, {12, 0}, {brought(1, "Anna")});
    first.previousCaseOwners = 0;
    first.firstMeeting = true;
    const auto made = makeMeetingPlan(builtinCatalog(), first);
    REQUIRE(made.plan);
    CHECK(made.plan->notes.join('\n').contains("first meeting"));
}
