#pragma once
// A role in a method: case owner, facilitator, timekeeper, scribe, adviser, observer...

#include "palet/localized_text.hpp"

#include <string>

namespace palet {

// How many members hold a role (ids: one, optional, everyone-else).
enum class RoleHolders {
    one,          // exactly one member holds it
    optional,     // at most one member; the method works without it
    everyoneElse, // every member who holds no other role (the advisers, typically)
    counted,      // between Role::fewest and Role::most members ("three or four advisers")
};

// The id used in scripts and JSON.
inline std::string_view roleHoldersId(RoleHolders holders)
{
    switch (holders) {
    case RoleHolders::one: return "one";
    case RoleHolders::optional: return "optional";
    case RoleHolders::everyoneElse: return "everyone-else";
    case RoleHolders::counted: return "counted";
    }
    return "";
}

// A role of a method. The ids "case-owner" and "facilitator" mean what they say to Palet: the case
// owner is the member given for it, the facilitator is handed out next (docs/running.md).
struct Role {
    std::string id;                          // unique within the method: "adviser"
    LocalizedText name;                      // required: "Adviseur" / "Adviser"
    LocalizedText description;               // optional: what the role is for
    RoleHolders holders = RoleHolders::one;  // at most one role of a method is everyoneElse
    int fewest = 1;                          // counted only: the fewest members who hold it (0 or more)
    int most = 1;                            // counted only: the most (at least 1 and at least `fewest`)
    // Since SDK 2.0 (format 2's `chosen_in`): the id of the phase in which the group chooses the
    // role's one holder, who holds it from the next phase on; nobody holds it before. Empty: the
    // role is handed out at the start, as always.
    std::string chosenIn{};

    bool chosenDuringSession() const { return !chosenIn.empty(); }

    friend bool operator==(const Role&, const Role&) = default;
};

} // namespace palet
