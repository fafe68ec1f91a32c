#pragma once
// How the minutes of a method or a meeting's line are shared over its phases.

#include <palet/duration.hpp>

#include <vector>

namespace palet {

// Every phase gets its least; what is left of `minutes` goes to the phases with room to grow, in
// proportion to that room (a 10–20 phase grows twice as fast as a 5–10 one), never past a
// phase's most. One entry per range, in order.
std::vector<int> shareMinutes(const std::vector<MinuteRange>& ranges, int minutes);

} // namespace palet
