#pragma once
// Suggests the known word closest to a misspelt one.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace palet {

// The candidate within a small edit distance of `word` (ties: the first given), or nothing.
std::optional<std::string> closestMatch(std::string_view word, const std::vector<std::string_view>& candidates);

} // namespace palet
