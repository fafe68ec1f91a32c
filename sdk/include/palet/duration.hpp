#pragma once
// How long a phase lasts: a fixed time, a range, or an amount per participant kept within bounds
// (a round in which every member speaks two minutes). Phases keep their time in whole seconds, so
// a source's 7.5 minutes or 30 seconds a member is said as written; meetings and lists count whole
// minutes, a method's seconds rounded up.

#include <algorithm>
#include <string>
#include <vector>

namespace palet {

inline constexpr int secondsPerMinute = 60;

// The largest number of minutes a phase may take.
inline constexpr int maxPhaseMinutes = 240;
inline constexpr int maxPhaseSeconds = maxPhaseMinutes * secondsPerMinute;
inline constexpr int maxMethodMinutes = 480; // a method's own minutes as a whole

// The whole minutes that hold `seconds`: 450 seconds take 8 minutes of a meeting's agenda.
inline constexpr int minutesRoundedUp(int seconds) { return (std::max(seconds, 0) + secondsPerMinute - 1) / secondsPerMinute; }

// Inclusive range of whole minutes.
struct MinuteRange {
    int min = 0;
    int max = 0;

    bool isFixed() const { return min == max; } // a single number of minutes
    MinuteRange& operator+=(const MinuteRange& other)
    {
        min += other.min;
        max += other.max;
        return *this;
    }
    friend bool operator==(const MinuteRange&, const MinuteRange&) = default;
};

// Inclusive range of whole seconds.
struct SecondRange {
    int min = 0;
    int max = 0;

    bool isFixed() const { return min == max; }
    SecondRange& operator+=(const SecondRange& other)
    {
        min += other.min;
        max += other.max;
        return *this;
    }
    // Both ends in whole minutes, rounded up.
    MinuteRange inWholeMinutes() const { return {minutesRoundedUp(min), minutesRoundedUp(max)}; }
    friend bool operator==(const SecondRange&, const SecondRange&) = default;
};

// Make one with the factories below rather than by fields. In minutes: PhaseDuration::fixed(10),
// ::range(5, 10) or ::eachParticipant(2, 4, 20) (two minutes a member, 4 to 20 in all). In seconds
// (since SDK 2.0): ::fixedSeconds(450), ::rangeSeconds(300, 450) or ::eachParticipantSeconds(30,
// 120, 300) (thirty seconds a member, 2 to 5 minutes in all).
struct PhaseDuration {
    enum class Kind {
        fixed,          // exactly `minSeconds` (== `maxSeconds`)
        range,          // minSeconds..maxSeconds; a session shares the time left among such phases
        perParticipant, // perParticipantSeconds × participants, kept within minSeconds..maxSeconds
    };

    Kind kind = Kind::fixed;
    int minSeconds = secondsPerMinute;  // fixed: the time; range and per participant: the lower bound
    int maxSeconds = secondsPerMinute;  // fixed: the time; range and per participant: the upper bound
    int perParticipantSeconds = 0;      // per participant only
    // Per participant, format 2: only the holders of this role count ("the players", not the case
    // owner); participantsBySize[n] is how many of n members present hold it, as Palet hands the
    // roles out (the host fills it in).
    std::string counting{};
    std::vector<int> participantsBySize{};

    static PhaseDuration fixed(int minutes) { return fixedSeconds(minutes * secondsPerMinute); }
    static PhaseDuration range(int low, int high) { return rangeSeconds(low * secondsPerMinute, high * secondsPerMinute); }
    static PhaseDuration eachParticipant(int minutes, int low, int high)
    {
        return eachParticipantSeconds(minutes * secondsPerMinute, low * secondsPerMinute, high * secondsPerMinute);
    }
    static PhaseDuration fixedSeconds(int seconds) { return {Kind::fixed, seconds, seconds, 0}; }
    static PhaseDuration rangeSeconds(int low, int high) { return {Kind::range, low, high, 0}; }
    static PhaseDuration eachParticipantSeconds(int seconds, int low, int high)
    {
        return {Kind::perParticipant, low, high, seconds};
    }

    // The seconds this phase takes with the given number of members present.
    SecondRange secondsFor(int groupSize) const
    {
        if (kind != Kind::perParticipant) return {minSeconds, maxSeconds};
        int participants = std::max(groupSize, 0);
        if (!participantsBySize.empty())
            participants = participantsBySize[static_cast<std::size_t>(std::min<int>(participants, static_cast<int>(participantsBySize.size()) - 1))];
        const int seconds = std::clamp(perParticipantSeconds * participants, minSeconds, maxSeconds);
        return {seconds, seconds};
    }

    // Whether every time it names is a whole number of minutes (as format 1 and SDK 1 require).
    bool inWholeMinutes() const
    {
        return minSeconds % secondsPerMinute == 0 && maxSeconds % secondsPerMinute == 0 &&
               perParticipantSeconds % secondsPerMinute == 0;
    }

    friend bool operator==(const PhaseDuration&, const PhaseDuration&) = default;
};

} // namespace palet
