#pragma once
// The one model of a method (werkvorm), whether it comes from a YAML script or a native plugin.

#include "palet/duration.hpp"
#include "palet/learning_style.hpp"
#include "palet/localized_text.hpp"
#include "palet/phase.hpp"
#include "palet/role.hpp"
#include "palet/semantic_version.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace palet {

// Where a method comes from: a book, an article, a site, a firm. Every field may be empty.
struct Attribution {
    std::string author;    // "Hendriksen, J."
    std::string title;     // the book, article or page
    std::string publisher;
    std::string year;      // as printed: "2000", "1995–2003"
    std::string url;
    LocalizedText note;    // how the method relates to the source: "adapted", "chapter 4"

    friend bool operator==(const Attribution&, const Attribution&) = default;
};

inline constexpr int maxGroupMembers = 40;

// The number of members a method works with, 2 to 40; min <= ideal <= max.
struct GroupSize {
    int min = 2;
    int max = 2;
    int ideal = 2; // the size the manifest's minutes and `palet list` assume
    bool open = false; // "at least min": no upper bound of its own; max is then maxGroupMembers

    // Whether a group of `members` is within min..max.
    bool admits(int members) const { return members >= min && members <= max; }
    friend bool operator==(const GroupSize&, const GroupSize&) = default;
};

// What a method asks of the group or the facilitator before it can be used (ids: safe-group,
// experienced-group, trained-facilitator).
enum class Condition { safeGroup, experiencedGroup, trainedFacilitator };

inline constexpr std::array<Condition, 3> allConditions{
    Condition::safeGroup, Condition::experiencedGroup, Condition::trainedFacilitator};

// The id used in scripts and JSON; conditionFromId is its inverse.
inline std::string_view conditionId(Condition condition)
{
    switch (condition) {
    case Condition::safeGroup: return "safe-group";
    case Condition::experiencedGroup: return "experienced-group";
    case Condition::trainedFacilitator: return "trained-facilitator";
    }
    return "";
}

inline std::optional<Condition> conditionFromId(std::string_view id)
{
    for (Condition condition : allConditions)
        if (conditionId(condition) == id) return condition;
    return std::nullopt;
}

// Whether the learning styles a method claims to suit come from its source or are our judgement.
enum class StyleBasis { judgement, source };

// A method treats one case; a block is a fixed part of every meeting (opening, break, closing…).
enum class MethodKind { method, block };

// Whom a round is repeated for (since SDK 2.0; ids: each-member, each-holder).
enum class RoundRepeat {
    eachMember, // once for every member (of the subgroup, when the method works in subgroups)
    eachHolder, // once for every holder of Round::holdersOf
};

inline std::string_view roundRepeatId(RoundRepeat repeat)
{
    return repeat == RoundRepeat::eachHolder ? "each-holder" : "each-member";
}

// Consecutive phases of a method run once for each member, or for each holder of a role, with a
// role that passes from round to round: troika consulting's rounds in a trio, where each member is
// the client once (docs/method-format.md, "Rounds"). Since SDK 2.0.
struct Round {
    std::string id;                      // unique among the method's rounds and phases: "consult"
    LocalizedText name;                  // required: "Consultatieronde" / "Consultation round"
    LocalizedText description{};         // optional: what a round is for, for the handout
    std::vector<std::string> phaseIds{}; // the phases it repeats: consecutive phases of the method, in order
    RoundRepeat repeat = RoundRepeat::eachMember;
    std::string holdersOf{};             // eachHolder: the role whose holders each get a round
    // A role one member holds that passes, round by round, to the member whose round it is (who
    // hands their own roles to its previous holder); empty: the roles stay as they are.
    std::string rotates{};
    // eachHolder: holdersBySize[n] is how many of n members hold `holdersOf`, as Palet hands the
    // roles out (the host fills it in, as it does PhaseDuration::participantsBySize).
    std::vector<int> holdersBySize{};

    bool holds(std::string_view phaseId) const
    {
        for (const auto& repeated : phaseIds)
            if (repeated == phaseId) return true;
        return false;
    }

    friend bool operator==(const Round&, const Round&) = default;
};

// The sizes of the subgroups `members` split into with subgroups of `size` (since SDK 2.0): as
// many as fit, none smaller than `size` when that can be avoided, the larger ones last:
// 7 members in threes make {3, 4}, 8 make {4, 4}, 2 make {2}. A size below 2 keeps the group whole.
inline std::vector<int> subgroupSizes(int members, int size)
{
    if (size < 2 || members <= size) return {std::max(members, 0)};
    const int count = members / size;
    std::vector<int> sizes(static_cast<std::size_t>(count), members / count);
    for (int extra = 0; extra < members % count; ++extra) ++sizes[sizes.size() - 1 - static_cast<std::size_t>(extra)];
    return sizes;
}

// A whole method: what `spec` returns and what a manifest describes. Give every text in both
// languages. The host checks it (docs/sdk.md, "The plugin interface"); its fields mean what the
// keys of a method script mean (docs/method-format.md).
struct MethodSpec {
    std::string id;                    // lowercase slug, optionally namespaced with dots: "acme.roddel"
    SemanticVersion version;           // must equal the manifest's
    MethodKind kind = MethodKind::method;
    LocalizedText name;                // required
    LocalizedText summary;             // one sentence, for listings
    LocalizedText description;         // what the method does and why, for the handout
    LocalizedText notes;               // tips for the facilitator
    std::vector<Attribution> sources;  // where it comes from; a manifest names at least one
    std::vector<LearningStyle> styles; // the learning styles it suits
    StyleBasis styleBasis = StyleBasis::judgement;
    std::vector<std::string> themes;   // kinds of problem it suits, as lowercase ids: "advice"
    GroupSize groupSize;
    std::vector<Condition> conditions; // what it asks before it can be used
    std::vector<Role> roles;           // at least one
    std::vector<Phase> phases;         // at least one, in order; ids unique
    // The method's own minutes as a whole, when its source gives them apart from its steps
    // ("about 45 to 50 minutes"); the phases then share them, running longer if need be.
    std::optional<MinuteRange> ownMinutes{};
    // Since SDK 2.0: blocks of phases repeated for each member or each holder of a role.
    std::vector<Round> rounds{};
    // Since SDK 2.0: the group splits into subgroups of this size (at least 2) that run the same
    // phases at the same time, each with its own holders of the roles; 0: the group stays whole.
    int subgroupSize = 0;

    // The members of the largest subgroup, or the whole group; the phases last as long as there.
    int largestSubgroup(int members) const
    {
        const auto sizes = subgroupSizes(members, subgroupSize);
        return *std::max_element(sizes.begin(), sizes.end());
    }

    // The round that repeats this phase; null when none does.
    const Round* roundOf(std::string_view phaseId) const
    {
        for (const auto& round : rounds)
            if (round.holds(phaseId)) return &round;
        return nullptr;
    }

    // How many times `round` runs for a group of `members`: as often as the largest subgroup needs.
    int roundsFor(const Round& round, int members) const
    {
        const int largest = largestSubgroup(members);
        if (round.repeat == RoundRepeat::eachMember || round.holdersBySize.empty()) return largest;
        const auto last = static_cast<int>(round.holdersBySize.size()) - 1;
        return round.holdersBySize[static_cast<std::size_t>(std::clamp(largest, 0, last))];
    }

    // The method's own minutes, or those of the phases that run when nobody chooses otherwise.
    MinuteRange minutesFor(int members) const
    {
        if (ownMinutes) return *ownMinutes;
        return phaseMinutesFor(members);
    }

    // The phases' time in whole minutes: their seconds added up, then rounded up.
    MinuteRange phaseMinutesFor(int members) const { return phaseSecondsFor(members).inWholeMinutes(); }

    SecondRange phaseSecondsFor(int members) const
    {
        SecondRange total;
        const int present = largestSubgroup(members);
        for (const auto& phase : phases) {
            if (!phase.runsUnlessChosenOtherwise()) continue;
            const Round* round = roundOf(phase.id);
            const int times = round ? roundsFor(*round, members) : 1;
            const SecondRange once = phase.minutes.secondsFor(present);
            total += SecondRange{once.min * times, once.max * times};
        }
        return total;
    }

    // The role with this id; null when there is none.
    const Role* role(std::string_view roleId) const
    {
        for (const auto& candidate : roles)
            if (candidate.id == roleId) return &candidate;
        return nullptr;
    }

    // Whether `styles` / `conditions` hold this one.
    bool suits(LearningStyle style) const
    {
        for (LearningStyle own : styles)
            if (own == style) return true;
        return false;
    }

    bool needs(Condition condition) const
    {
        for (Condition own : conditions)
            if (own == condition) return true;
        return false;
    }

    friend bool operator==(const MethodSpec&, const MethodSpec&) = default;
};

} // namespace palet
