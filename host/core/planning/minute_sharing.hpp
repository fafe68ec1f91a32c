#pragma once
// How the minutes of a method or a meeting's line are shared over its phases.

#include <palet/duration.hpp>

#include <string>
#include <vector>

namespace palet {

// Whether phases may run past their most: only when the method gives its own minutes as a whole,
// which its steps then fill.
enum class PastTheMost { never, inProportion };

// Every phase gets its least; what is left of `minutes` goes to the phases with room to grow, in
// proportion to that room (a 10–20 phase grows twice as fast as a 5–10 one), up to a phase's
// most. With PastTheMost::inProportion what is left after that goes to every phase in proportion
// to its most. One entry per range, in order.
std::vector<int> shareMinutes(const std::vector<MinuteRange>& ranges, int minutes, PastTheMost past = PastTheMost::never);

// As shareMinutes, where phases with the same id in `steps` are one step repeated (a round's
// phases written out, format 2): the step's times together share in proportion as one, and each of
// its times gets the same minutes, so the last round is as long as the first. What whole minutes
// cannot split evenly goes a minute at a time to the rounds in turn: rounds differ by one at most.
std::vector<int> shareMinutesByStep(const std::vector<MinuteRange>& ranges, const std::vector<std::string>& steps, int minutes,
                                    PastTheMost past = PastTheMost::never);

} // namespace palet
