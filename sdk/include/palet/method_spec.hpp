#pragma once
// The one model of a method (werkvorm), whether it comes from a YAML script or a native plugin.

#include "palet/duration.hpp"
#include "palet/learning_style.hpp"
#include "palet/localized_text.hpp"
#include "palet/phase.hpp"
#include "palet/role.hpp"
#include "palet/semantic_version.hpp"

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
        for (const auto& phase : phases)
            if (phase.runsUnlessChosenOtherwise()) total += phase.minutes.secondsFor(members);
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
