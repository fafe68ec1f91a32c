#pragma once
// How the time of a method or a meeting's line is shared over its phases.

#include <palet/duration.hpp>

#include <vector>

namespace palet {

// Whether phases may run past their most: only when the method gives its own minutes as a whole,
// which its steps then fill.
enum class PastTheMost { never, inProportion };

// Every phase gets its least; what is left of `seconds` goes to the phases with room to grow, in
// proportion to that room (a 10–20 minute phase grows twice as fast as a 5–10 one), up to a
// phase's most. With PastTheMost::inProportion what is left after that goes to every phase in
// proportion to its most. Time is handed out in the coarsest step that the rooms and the time left
// allow: whole minutes when they are whole minutes, else half minutes, quarters, down to seconds.
// One entry per range, in order.
std::vector<int> shareSeconds(const std::vector<SecondRange>& ranges, int seconds, PastTheMost past = PastTheMost::never);

// The same in whole minutes.
std::vector<int> shareMinutes(const std::vector<MinuteRange>& ranges, int minutes, PastTheMost past = PastTheMost::never);

} // namespace palet
