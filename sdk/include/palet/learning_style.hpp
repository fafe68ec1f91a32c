#pragma once
// Kolb's four learning styles, by their Dutch names as facilitators use them.

#include <array>
#include <optional>
#include <string_view>

namespace palet {

enum class LearningStyle {
    doener,    // doer: accommodating
    dromer,    // dreamer: diverging
    denker,    // thinker: assimilating
    beslisser, // decider: converging
};

inline constexpr std::array<LearningStyle, 4> allLearningStyles{
    LearningStyle::doener, LearningStyle::dromer, LearningStyle::denker, LearningStyle::beslisser};

// The id used in scripts and on the command line.
inline std::string_view learningStyleId(LearningStyle style)
{
    switch (style) {
    case LearningStyle::doener: return "doener";
    case LearningStyle::dromer: return "dromer";
    case LearningStyle::denker: return "denker";
    case LearningStyle::beslisser: return "beslisser";
    }
    return "";
}

// English label (Kolb: accommodating, diverging, assimilating, converging).
inline std::string_view learningStyleEnglish(LearningStyle style)
{
    switch (style) {
    case LearningStyle::doener: return "doer";
    case LearningStyle::dromer: return "dreamer";
    case LearningStyle::denker: return "thinker";
    case LearningStyle::beslisser: return "decider";
    }
    return "";
}

// The style with this Dutch id or English label; nothing for another text.
inline std::optional<LearningStyle> learningStyleFromId(std::string_view id)
{
    for (LearningStyle style : allLearningStyles)
        if (learningStyleId(style) == id || learningStyleEnglish(style) == id) return style;
    return std::nullopt;
}

} // namespace palet
