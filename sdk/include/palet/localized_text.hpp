#pragma once
// A text in Dutch and English. Either may be missing; the other is the fallback.

#include <optional>
#include <string>
#include <string_view>

namespace palet {

enum class Language { nl, en };

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

struct LocalizedText {
    std::string nl;
    std::string en;

    bool empty() const { return nl.empty() && en.empty(); }
    bool hasBoth() const { return !nl.empty() && !en.empty(); }

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
