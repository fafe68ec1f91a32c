#pragma once
// A role in a method: case owner, facilitator, timekeeper, scribe, adviser, observer...

#include "palet/localized_text.hpp"

#include <string>

namespace palet {

enum class RoleHolders {
    one,          // exactly one member holds it
    optional,     // at most one member; the method works without it
    everyoneElse, // every member who holds no other role (the advisers, typically)
};

inline std::string_view roleHoldersId(RoleHolders holders)
{
    switch (holders) {
    case RoleHolders::one: return "one";
    case RoleHolders::optional: return "optional";
    case RoleHolders::everyoneElse: return "everyone-else";
    }
    return "";
}

struct Role {
    std::string id;
    LocalizedText name;
    LocalizedText description;
    RoleHolders holders = RoleHolders::one;

    friend bool operator==(const Role&, const Role&) = default;
};

} // namespace palet
