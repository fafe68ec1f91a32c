// Chair and timekeeper in turn over a simulated year of meetings with varying attendance.

#include "planning/role_rotation.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace palet;

TEST_CASE("over a year nobody chairs or keeps time more than once more than another present as often")
{
    const std::vector<RotationMember> group{{1, "Anna"}, {2, "Bram"}, {3, "Cor"}, {4, "Dirk"}, {5, "Eva"}, {6, "Fleur"}};
    // Who is absent at each of six meetings: the group meets every two months.
    const std::vector<std::set<qint64>> absent{{}, {2}, {5, 6}, {}, {3}, {1, 4}};
    std::map<qint64, RoleTally> tally;
    std::map<qint64, int> presence;
    for (std::size_t meeting = 0; meeting < absent.size(); ++meeting) {
        RotationRequest request;
        for (const RotationMember& member : group)
            if (!absent[meeting].count(member.id)) request.present.push_back(member);
        request.pastYear = tally;
        request.parts.push_back({});
        // Two rounds, the case owners the first two present after a shift.
        for (std::size_t round = 0; round < 2; ++round) {
            const RotationMember& owner = request.present[(meeting + round) % request.present.size()];
            request.parts.push_back({static_cast<qint64>(100 * meeting + round), owner.id});
        }
        const auto roles = rotateRoles(request);
        REQUIRE(roles.size() == request.parts.size());
        for (const SlotRoles& part : roles) {
            REQUIRE(part.chair);
            REQUIRE(part.timekeeper);
            CHECK(part.chair->id != part.timekeeper->id);
            CHECK(part.chair->id != part.slot.ownerId);        // the case owner never chairs their round
            CHECK(part.timekeeper->id != part.slot.ownerId);   // nor keeps its time
            ++tally[part.chair->id].chaired;
            ++tally[part.timekeeper->id].keptTime;
        }
        for (const RotationMember& member : request.present) ++presence[member.id];
    }
    for (const RotationMember& a : group)
        for (const RotationMember& b : group) {
            if (presence[a.id] != presence[b.id]) continue;
            CHECK(tally[a.id].chaired <= tally[b.id].chaired + 1);
            CHECK(tally[a.id].keptTime <= tally[b.id].keptTime + 1);
        }
}

TEST_CASE("in a guided meeting the guide chairs and a member keeps time")
{
    RotationRequest request;
    request.present = {{1, "Anna"}, {2, "Bram"}, {3, "Cor"}};
    request.guided = true;
    request.parts = {{}, {7, 1}};
    const auto roles = rotateRoles(request);
    REQUIRE(roles.size() == 2);
    for (const SlotRoles& part : roles) {
        CHECK_FALSE(part.chair);
        REQUIRE(part.timekeeper);
    }
    CHECK(roles[1].timekeeper->id != 1);
}

TEST_CASE("whoever held a role least often over the past year takes it")
{
    RotationRequest request;
    request.present = {{1, "Anna"}, {2, "Bram"}, {3, "Cor"}};
    request.pastYear = {{1, {3, 0}}, {2, {1, 2}}, {3, {2, 1}}};
    request.parts = {{}};
    const auto roles = rotateRoles(request);
    CHECK(roles[0].chair->name == "Bram");
    CHECK(roles[0].timekeeper->name == "Anna");
}
