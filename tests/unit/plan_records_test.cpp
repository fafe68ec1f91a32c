// Choosing cases and saving plans in the store, on each back-end, and the role rotation over a
// simulated year of meetings planned and saved through the records.

#include "planning/plan_gathering.hpp"
#include "records/case_choices.hpp"
#include "records/case_records.hpp"
#include "records/group_records.hpp"
#include "records/meeting_records.hpp"
#include "records/participation_records.hpp"

#include "../support/store_backend.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace palet;
using namespace palet::test;

namespace {

const MethodCatalog& builtinCatalog()
{
    static const MethodCatalog catalog = MethodCatalog::load({{PALET_SOURCE_DIR "/methods", "built-in"}});
    return catalog;
}

const QStringList names{"Anna", "Bram", "Cor", "Dirk", "Eva", "Fleur"};

struct Fixture {
    ScratchStore scratch;
    Store store = scratch.open();

    explicit Fixture(int guidedMeetings = 0)
    {
        Group group;
        group.name = "Zorgteam";
        group.guidedMeetings = guidedMeetings;
        REQUIRE(createGroup(store, group));
        std::vector<NewMember> members;
        for (const QString& name : names) members.push_back({name, {}, {}});
        REQUIRE(addMembers(store, "Zorgteam", members));
    }

    Meeting meetingOn(QDate date, const QString& facilitator = {})
    {
        NewMeeting planned;
        planned.date = date;
        planned.start = QTime{9, 30};
        planned.end = QTime{12, 30};
        planned.facilitator = facilitator;
        const auto made = planMeeting(store, "Zorgteam", planned);
        REQUIRE(made);
        return *made;
    }
};

} // namespace

TEST_CASE("triage, votes and the group's method are kept with the case")
{
    Fixture fixture;
    const Meeting meeting = fixture.meetingOn({2025, 3, 12});
    REQUIRE(addCase(fixture.store, meeting, {"Anna", "Boze cliënt", {}, CaseStatus::broughtIn, {}}));
    REQUIRE(triageCase(fixture.store, meeting, 1, CaseTriage::workMeeting));
    REQUIRE(voteForCase(fixture.store, meeting, 1, 3));
    REQUIRE(chooseMethodFor(fixture.store, meeting, 1, "quick-method"));
    const auto found = findCase(fixture.store, meeting, 1);
    REQUIRE(found);
    CHECK(found->triage == CaseTriage::workMeeting);
    CHECK(found->votes == 3);
    CHECK(found->methodId == "quick-method");
    CHECK(findCase(fixture.store, meeting, 2).error.contains("numbered 1 to 1"));
    CHECK_FALSE(voteForCase(fixture.store, meeting, 1, -1));
}

TEST_CASE("a saved plan marks the chosen cases with their methods and records the roles")
{
    Fixture fixture;
    const Meeting meeting = fixture.meetingOn({2025, 3, 12});
    for (const char* owner : {"Anna", "Bram", "Cor"})
        REQUIRE(addCase(fixture.store, meeting, {owner, QString("Vraag van %1").arg(owner), {}, CaseStatus::broughtIn, {}}));
    REQUIRE(triageCase(fixture.store, meeting, 3, CaseTriage::coaching));
    PlanOptions options;
    options.methods[1] = "quick-method";
    const auto gathered = gatherPlan(fixture.store, builtinCatalog(), meeting, options);
    REQUIRE(gathered);
    REQUIRE(gathered->plan.fits);
    REQUIRE(savePlan(fixture.store, *gathered));
    const auto cases = casesOf(fixture.store, meeting.id);
    REQUIRE(cases);
    CHECK((*cases)[0].status == CaseStatus::chosen);
    CHECK((*cases)[0].methodId == "quick-method");
    CHECK((*cases)[1].status == CaseStatus::chosen);
    CHECK((*cases)[2].status == CaseStatus::broughtIn);
    const auto roles = rolesIn(fixture.store, meeting.id);
    REQUIRE(roles);
    CHECK(roles->size() == 2 * 3); // the meeting and two rounds, each a chair and a timekeeper

    // Planned again with one case fewer, the case left out goes back to brought in.
    options.caseCount = 1;
    const auto fewer = gatherPlan(fixture.store, builtinCatalog(), meeting, options);
    REQUIRE(fewer);
    REQUIRE(savePlan(fixture.store, *fewer));
    const auto after = casesOf(fixture.store, meeting.id);
    CHECK((*after)[1].status == CaseStatus::broughtIn);
    CHECK(rolesIn(fixture.store, meeting.id)->size() == 2 * 2);
}

TEST_CASE("in a guided meeting the firm's facilitator chairs")
{
    Fixture fixture{4};
    const Meeting meeting = fixture.meetingOn({2025, 3, 12}, "Coach Karin");
    REQUIRE(addCase(fixture.store, meeting, {"Anna", "Vraag", {}, CaseStatus::broughtIn, {}}));
    const auto gathered = gatherPlan(fixture.store, builtinCatalog(), meeting, {});
    REQUIRE(gathered);
    CHECK(gathered->guided);
    for (const AgendaLine& line : gathered->plan.lines)
        if (line.methodId != blockIds::pause) CHECK(line.chair == "Coach Karin");
    REQUIRE(savePlan(fixture.store, *gathered));
    const auto roles = rolesIn(fixture.store, meeting.id);
    REQUIRE(roles);
    for (const MeetingRole& role : *roles) CHECK(role.role == "timekeeper");
}

TEST_CASE("over a simulated year of saved plans the roles rotate fairly")
{
    Fixture fixture;
    const auto members = membersOf(fixture.store, findGroup(fixture.store, "Zorgteam")->id);
    REQUIRE(members);
    // Five meetings, each with some members absent and three cases brought in.
    const std::vector<QStringList> absent{{}, {"Bram"}, {"Eva", "Fleur"}, {}, {"Cor"}};
    std::map<QString, int> chaired, keptTime, present;
    for (std::size_t index = 0; index < absent.size(); ++index) {
        const Meeting meeting = fixture.meetingOn(QDate{2025, 1, 15}.addMonths(static_cast<int>(2 * index)));
        QStringList here;
        for (const QString& name : names)
            if (!absent[index].contains(name)) here << name;
        for (int owner = 0; owner < 3; ++owner)
            REQUIRE(addCase(fixture.store, meeting,
                            {here[(static_cast<int>(index) + owner) % here.size()], "Vraag", {}, CaseStatus::broughtIn, {}}));
        PlanOptions options;
        options.absent = absent[index];
        const auto gathered = gatherPlan(fixture.store, builtinCatalog(), meeting, options);
        REQUIRE(gathered);
        REQUIRE(gathered->plan.fits);
        REQUIRE(savePlan(fixture.store, *gathered));
        for (const QString& name : here) ++present[name];
        const auto cases = casesOf(fixture.store, meeting.id);
        const auto roles = rolesIn(fixture.store, meeting.id);
        REQUIRE(roles);
        for (const MeetingRole& role : *roles) {
            QString name;
            for (const Member& member : *members)
                if (member.id == role.memberId) name = member.name;
            CHECK(here.contains(name));
            (role.role == "facilitator" ? chaired : keptTime)[name] += 1;
            if (role.caseId)
                for (const Case& theCase : *cases)
                    if (theCase.id == *role.caseId) CHECK(theCase.ownerId != role.memberId);
        }
    }
    for (const QString& a : names)
        for (const QString& b : names) {
            if (present[a] != present[b]) continue;
            INFO(a.toStdString() + " and " + b.toStdString());
            CHECK(chaired[a] <= chaired[b] + 1);
            CHECK(keptTime[a] <= keptTime[b] + 1);
        }
}
