#pragma once
// What a plugin hears of a live session, and what it can say back to the roles.

#include "palet/localized_text.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace palet {

struct SessionEvent {
    enum class Kind { phaseStarted, phaseEnded };

    Kind kind = Kind::phaseStarted;
    std::string phaseId;
    int phaseIndex = 0;     // 0-based position in the method's phases
    int plannedMinutes = 0; // the phase's minutes in the plan
    std::uint64_t seed = 0; // the session's seed: the same seed replays the same session
    // Who holds which role (role id -> member names), so a message can address people.
    std::map<std::string, std::vector<std::string>> roleHolders;
};

// A message shown to the holders of a role, or to one member when `member` is set.
struct RoleMessage {
    std::string roleId;
    std::string member;
    LocalizedText text;

    friend bool operator==(const RoleMessage&, const RoleMessage&) = default;
};

} // namespace palet
