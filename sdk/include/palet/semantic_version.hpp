#pragma once
// major.minor.patch, compared numerically.

#include <charconv>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace palet {

// A method's version: {1, 0, 0}. Raise it with every change, so that the newer file wins.
struct SemanticVersion {
    int major = 0;
    int minor = 0;
    int patch = 0;

    friend auto operator<=>(const SemanticVersion&, const SemanticVersion&) = default;

    // "1.0.0"
    std::string toString() const
    {
        return std::to_string(major) + '.' + std::to_string(minor) + '.' + std::to_string(patch);
    }

    // Accepts exactly three dot-separated whole numbers without leading zeros ("1.0.0").
    static std::optional<SemanticVersion> parse(std::string_view text)
    {
        SemanticVersion version;
        int* parts[] = {&version.major, &version.minor, &version.patch};
        for (int i = 0; i < 3; ++i) {
            const auto end = i < 2 ? text.find('.') : text.size();
            if (end == std::string_view::npos || end == 0 || end > 9) return std::nullopt;
            const std::string_view part = text.substr(0, end);
            if (part.size() > 1 && part.front() == '0') return std::nullopt;
            for (char digit : part)
                if (digit < '0' || digit > '9') return std::nullopt;
            const auto [ptr, error] = std::from_chars(part.data(), part.data() + part.size(), *parts[i]);
            if (error != std::errc{} || ptr != part.data() + part.size()) return std::nullopt;
            text.remove_prefix(i < 2 ? end + 1 : end);
        }
        return version;
    }
};

} // namespace palet
