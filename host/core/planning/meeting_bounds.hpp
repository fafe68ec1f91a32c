#pragma once
// What the seeds say a group and a meeting usually are (a group of 4 to 8, a meeting of 2.5 to 3
// hours), and what cannot work at all. Outside the usual: a warning; beyond what can work: a
// refusal with the reason (docs/planning.md).

#include <QString>

namespace palet {

inline constexpr int usualFewestMembers = 4;
inline constexpr int usualMostMembers = 8;
inline constexpr int usualShortestMeeting = 150; // minutes
inline constexpr int usualLongestMeeting = 180;
// Shorter than this holds no opening, inventory, round and closing; longer is more than a day.
inline constexpr int shortestMeeting = 60;
inline constexpr int longestMeeting = 8 * 60;

// Why a meeting of this many minutes cannot be held; empty when it can.
QString meetingLengthRefusal(int minutes);
// A word when the length is outside the usual; empty otherwise.
QString meetingLengthWarning(int minutes);
// A word when this many members present is outside the usual; empty otherwise.
QString groupSizeWarning(int present);

} // namespace palet
