#pragma once
// A text in Dutch and English. Either may be missing; the other is the fallback.

#include <optional>
#include <string>
#include <string_view>

namespace palet {

// The languages Palet speaks; every text of a method is given in both.
enum class Language { nl, en };

// "nl" or "en"; languageFromCode is its inverse.
inline std::string_view languageCode(Language language)
{
    return language == Language::nl ? "nl" : "en";
}

inline std::optional<Language> languageFromCode(std::string_view code)
{
    if (code == "nl") return Language::nl;
    if (code == "en") return Language::en;
    return std::nullopt;
}

// Fill it as {"Dutch", "English"} or {.nl = "...", .en = "..."}; UTF-8, plain text.
struct LocalizedText {
    std::string nl; // Dutch, informal ("je")
    std::string en; // English

    bool empty() const { return nl.empty() && en.empty(); }     // neither language given
    bool hasBoth() const { return !nl.empty() && !en.empty(); } // what the host expects of a method

    // The text in the asked language, or the other one when that is missing.
    const std::string& in(Language language) const
    {
        const std::string& wanted = language == Language::nl ? nl : en;
        const std::string& other = language == Language::nl ? en : nl;
        return wanted.empty() ? other : wanted;
    }

    friend bool operator==(const LocalizedText&, const LocalizedText&) = default;
};

} // namespace palet
