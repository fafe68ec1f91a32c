#pragma once
// A method's text in Dutch and English, and (format 2) in any other language, keyed by its
// language tag ("de", "fr-BE"). Palet's own interface speaks Dutch and English; a method's texts
// are shown in the user's language when the method has it, and otherwise fall back.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

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

// The language of a tag without its region or script: "de" of "de-CH".
inline std::string_view primaryLanguage(std::string_view tag) { return tag.substr(0, tag.find('-')); }

// Fill it as {"Dutch", "English"} or {.nl = "...", .en = "..."}; UTF-8, plain text.
struct LocalizedText {
    std::string nl; // Dutch, informal ("je")
    std::string en; // English
    std::vector<std::pair<std::string, std::string>> others{}; // tag and text, in the order given

    bool empty() const
    {
        if (!nl.empty() || !en.empty()) return false;
        for (const auto& other : others)
            if (!other.second.empty()) return false;
        return true;
    }
    bool hasBoth() const { return !nl.empty() && !en.empty(); } // what the host expects of a method

    // The text in the asked language, else the other of Dutch and English, else the first other.
    const std::string& in(Language language) const
    {
        const std::string& wanted = language == Language::nl ? nl : en;
        const std::string& other = language == Language::nl ? en : nl;
        if (!wanted.empty()) return wanted;
        if (!other.empty() || others.empty()) return other;
        return others.front().second;
    }

    // The text in the language `tag` names: that tag, else one of the same language ("de" for
    // "de-CH", or "de-AT" for "de-CH"), else as in(fallback).
    const std::string& in(std::string_view tag, Language fallback) const
    {
        if (const auto own = languageFromCode(tag)) return in(*own);
        const auto primary = primaryLanguage(tag);
        if (const auto own = languageFromCode(primary)) return in(*own);
        for (const auto& other : others)
            if (other.first == tag && !other.second.empty()) return other.second;
        for (const auto& other : others)
            if (primaryLanguage(other.first) == primary && !other.second.empty()) return other.second;
        return in(fallback);
    }

    friend bool operator==(const LocalizedText&, const LocalizedText&) = default;
};

} // namespace palet
