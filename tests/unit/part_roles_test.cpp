// Everyone's role in every part of a meeting: the rules of docs/planning.md over plain values.

#include "planning/part_roles.hpp"

#include <catch2/catch.hpp>

#include <QSet>

#include <map>

using namespace palet;

namespace {

Role role(const char* id, RoleHolders holders) { return Role{id, {id, id}, {}, holders}; }

const std::vector<Role> blockRoles{role("facilitator", RoleHolders::one), role("timekeeper", RoleHolders::optional),
                                   role("scribe", RoleHolders::optional), role("member", RoleHolders::everyoneElse)};
const std::vector<Role> roundRoles{role("case-owner", RoleHolders::one), role("facilitator", RoleHolders::one),
                                   role("scribe", RoleHolders::optional), role("adviser", RoleHolders::everyoneElse)};
const std::vector<Role> noTimekeeperNoChair{role("case-owner", RoleHolders::one), role("adviser", RoleHolders::everyoneElse)};

// How many of chair, timekeeper, scribe and case owner each member holds in one part.
std::map<QString, int> keyRoleCounts(const std::vector<PartRoleHolders>& roles, const QStringList& present)
{
    std::map<QString, int> counts;
    for (const QString& member : present) counts[member] = 0;
    for (const PartRoleHolders& held : roles)
        if (held.roleId == ownerRoleId || held.roleId == chairRoleId || held.roleId == timekeeperRoleId || held.roleId == scribeRoleId)
            for (const QString& member : held.holders) ++counts[member];
    return counts;
}

void checkRules(const std::vector<PartRoleHolders>& roles, const QStringList& present, const QString& owner)
{
    QStringList everyone;
    for (const PartRoleHolders& held : roles) everyone << held.holders;
    for (const QString& member : present) CHECK(everyone.contains(member)); // every member present holds a role
    const auto counts = keyRoleCounts(roles, present);
    const bool someoneHasNone = std::any_of(counts.begin(), counts.end(), [](const auto& count) { return count.second == 0; });
    if (someoneHasNone)
        for (const auto& [member, count] : counts) CHECK(count <= 1);
    if (!owner.isEmpty()) CHECK_FALSE(holdersOf(roles, timekeeperRoleId).contains(owner));
}

} // namespace

TEST_CASE("every member present holds a role in every part but the break, with no double key roles")
{
    const QStringList present{"Anna", "Bram", "Cor", "Dirk", "Eva", "Fleur"};
    MeetingRolesRequest request;
    request.present = present;
    request.parts = {{blockRoles, false, {}, "Anna", "Bram"},
                     {{role("everyone", RoleHolders::everyoneElse)}, true, {}, {}, {}},
                     {roundRoles, false, "Cor", "Dirk", "Eva"},
                     {roundRoles, false, "Eva", "Fleur", "Anna"},
                     {noTimekeeperNoChair, false, "Bram", "Cor", "Dirk"}};
    const auto parts = assignMeetingRoles(request);
    REQUIRE(parts.size() == 5);
    CHECK(parts[1].empty()); // nobody holds a role in the break
    checkRules(parts[0], present, {});
    checkRules(parts[2], present, "Cor");
    checkRules(parts[3], present, "Eva");
    checkRules(parts[4], present, "Bram");
    CHECK(holdersOf(parts[2], ownerRoleId) == QStringList{"Cor"});
    CHECK(holdersOf(parts[2], chairRoleId) == QStringList{"Dirk"});
    CHECK(holdersOf(parts[2], timekeeperRoleId) == QStringList{"Eva"}); // the method has none: added
    // A method without a chair or a timekeeper: the agenda's still hold their roles.
    CHECK(holdersOf(parts[4], chairRoleId) == QStringList{"Cor"});
    CHECK(holdersOf(parts[4], timekeeperRoleId) == QStringList{"Dirk"});
    // The scribe's pen goes round: three parts with a scribe, three different scribes.
    const QStringList scribes{holdersOf(parts[0], scribeRoleId).value(0), holdersOf(parts[2], scribeRoleId).value(0),
                              holdersOf(parts[3], scribeRoleId).value(0)};
    CHECK(QSet<QString>(scribes.begin(), scribes.end()).size() == 3);
    CHECK_FALSE(scribes.contains(QString{}));
}

TEST_CASE("the guide chairs without being a member, and the members take every other role")
{
    const QStringList present{"Anna", "Bram", "Cor", "Dirk"};
    MeetingRolesRequest request;
    request.present = present;
    request.parts = {{blockRoles, false, {}, "Marieke", "Anna"}, {roundRoles, false, "Bram", "Marieke", "Cor"}};
    const auto parts = assignMeetingRoles(request);
    for (const auto& part : parts) {
        CHECK(holdersOf(part, chairRoleId) == QStringList{"Marieke"});
        checkRules(part, present, {});
        for (const PartRoleHolders& held : part)
            if (held.roleId != chairRoleId) CHECK_FALSE(held.holders.contains("Marieke"));
    }
    CHECK(holdersOf(parts[1], ownerRoleId) == QStringList{"Bram"});
    CHECK(holdersOf(parts[1], "adviser").size() + holdersOf(parts[1], scribeRoleId).size() == 2);
}

TEST_CASE("with few present an optional role waits until someone is left to advise")
{
    const QStringList present{"Anna", "Bram", "Cor", "Dirk"};
    MeetingRolesRequest request;
    request.present = present;
    request.parts = {{roundRoles, false, "Anna", "Bram", "Cor"}};
    const auto part = assignMeetingRoles(request).front();
    CHECK(holdersOf(part, scribeRoleId).isEmpty());
    CHECK(holdersOf(part, "adviser") == QStringList{"Dirk"});
    checkRules(part, present, "Anna");
}

TEST_CASE("a counted role gets its fewest before a scribe, then grows to its most before anyone observes")
{
    Role advisers = role("adviser", RoleHolders::counted);
    advisers.fewest = 3;
    advisers.most = 4;
    const std::vector<Role> consultation{role("case-owner", RoleHolders::one), role("facilitator", RoleHolders::one),
                                         role("scribe", RoleHolders::optional), advisers,
                                         role("observer", RoleHolders::everyoneElse)};
    const auto partFor = [&](const QStringList& present) {
        MeetingRolesRequest request;
        request.present = present;
        request.parts = {{consultation, false, present[0], present[1], {}}};
        return assignMeetingRoles(request).front();
    };

    const auto five = partFor({"Anna", "Bram", "Cor", "Dirk", "Eva"});
    CHECK(holdersOf(five, "adviser") == QStringList{"Cor", "Dirk", "Eva"});
    CHECK(holdersOf(five, scribeRoleId).isEmpty());

    const auto six = partFor({"Anna", "Bram", "Cor", "Dirk", "Eva", "Fleur"});
    CHECK(holdersOf(six, "adviser") == QStringList{"Cor", "Dirk", "Eva"});
    CHECK(holdersOf(six, scribeRoleId) == QStringList{"Fleur"});
    CHECK(holdersOf(six, "observer").isEmpty());

    const auto nine = partFor({"Anna", "Bram", "Cor", "Dirk", "Eva", "Fleur", "Gijs", "Hans", "Ilse"});
    CHECK(holdersOf(nine, "adviser") == QStringList{"Cor", "Dirk", "Eva", "Gijs"});
    CHECK(holdersOf(nine, scribeRoleId) == QStringList{"Fleur"});
    CHECK(holdersOf(nine, "observer") == QStringList{"Hans", "Ilse"});
}
