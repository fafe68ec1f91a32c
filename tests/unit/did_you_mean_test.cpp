#include "did_you_mean.hpp"

#include <catch2/catch.hpp>

using palet::closestMatch;

TEST_CASE("did-you-mean suggests the closest known word within a small distance")
{
    const std::vector<std::string_view> keys{"name", "summary", "phases", "roles", "group_size"};
    CHECK(closestMatch("nmae", keys) == "name");
    CHECK(closestMatch("phase", keys) == "phases");
    CHECK(closestMatch("groupsize", keys) == "group_size");
    CHECK(closestMatch("Roles", keys) == "roles");
    CHECK_FALSE(closestMatch("completely-different", keys));
    CHECK_FALSE(closestMatch("x", {}));
}
