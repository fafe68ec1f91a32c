#pragma once
// How the time of a method or a meeting's line is shared over its phases.

#include <palet/duration.hpp>

#include <string>
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

// As shareSeconds, where phases with the same id in `steps` are one step repeated (a round's
// phases written out, format 2): the step's times together share in proportion as one, and each of
// its times gets the same time, so the last round is as long as the first. What cannot be split
// evenly goes a unit (a minute for steps in whole minutes) at a time to the rounds in turn: rounds
// differ by one unit at most.
std::vector<int> shareSecondsByStep(const std::vector<SecondRange>& ranges, const std::vector<std::string>& steps, int seconds,
                                    PastTheMost past = PastTheMost::never);

} // namespace palet
