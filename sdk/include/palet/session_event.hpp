#pragma once
// What a plugin hears of a live session, and what it can say back to the roles.

#include "palet/localized_text.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace palet {

// A member present in the session and the roles they hold (since SDK 2.0).
struct MemberRoles {
    std::string member;
    std::vector<std::string> roleIds; // in the method's order of roles; empty when they hold none

    friend bool operator==(const MemberRoles&, const MemberRoles&) = default;
};

// One subgroup of a method that splits the group, during one phase (since SDK 2.0).
struct SubgroupHolders {
    std::vector<std::string> members;                          // in the order the facilitator named them
    std::map<std::string, std::vector<std::string>> roleHolders; // role id -> its holders there
    std::string roundMember{}; // in a round: the member the subgroup's round is for
    bool finished = false;     // its rounds are over (it is smaller than another): it waits

    friend bool operator==(const SubgroupHolders&, const SubgroupHolders&) = default;
};

// One moment of a session, told to the plugin whose method runs. Later SDK versions only append
// fields, so a plugin built against an older 1.x SDK reads the fields it knows.
struct SessionEvent {
    enum class Kind {
        phaseStarted, // the phase begins (also when a resumed session reopens it)
        phaseEnded,   // the phase is over
    };

    Kind kind = Kind::phaseStarted;
    std::string phaseId;
    int phaseIndex = 0;     // 0-based position in the method's phases
    int plannedMinutes = 0; // the phase's time in the plan in whole minutes, rounded up (450 s: 8)
    std::uint64_t seed = 0; // the session's seed: the same seed replays the same session
    // Who holds which role (role id -> member names, in the order of the members), so a message
    // can address people. The map orders roles by id; `members` keeps the order people were given.
    std::map<std::string, std::vector<std::string>> roleHolders;
    // Since SDK 2.0: every member present, in the order the facilitator named them (`--members`),
    // each with the roles they hold in this part of the session.
    std::vector<MemberRoles> members;
    // Since SDK 2.0: the phase's time in the plan in seconds (450 for 7.5 minutes).
    int plannedSeconds = 0;
    // Since SDK 2.0: the round this phase belongs to (1, 2, …) of how many; 0 outside a round.
    std::string roundId{};
    int round = 0;
    int rounds = 0;
    std::string roundMember{}; // the member the round is for, when the group stays whole
    // Since SDK 2.0: the subgroups that run this phase at the same time; empty: the whole group.
    // roleHolders and members then hold everyone's roles across the subgroups.
    std::vector<SubgroupHolders> subgroups{};
};

// A message shown to the holders of a role, or to one member when `member` is set.
struct RoleMessage {
    std::string roleId; // a role of the method
    std::string member; // one holder of that role; empty: all of them
    LocalizedText text; // both languages: the session shows the one it runs in

    friend bool operator==(const RoleMessage&, const RoleMessage&) = default;
};

} // namespace palet
