#pragma once
// How long a phase lasts: a fixed number of minutes, a range, or an amount per participant
// kept within bounds (a round in which every member speaks two minutes).

#include <algorithm>
#include <string>
#include <vector>

namespace palet {

// The largest number of minutes a phase may take.
inline constexpr int maxPhaseMinutes = 240;
inline constexpr int maxMethodMinutes = 480; // a method's own minutes as a whole

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

// Make one with the factories below rather than by fields: PhaseDuration::fixed(10),
// ::range(5, 10) or ::eachParticipant(2, 4, 20) (two minutes a member, 4 to 20 in all).
struct PhaseDuration {
    enum class Kind {
        fixed,          // exactly `min` (== `max`) minutes
        range,          // min..max minutes; a session shares the time left among such phases
        perParticipant, // perParticipant × members, kept within min..max
    };

    Kind kind = Kind::fixed;
    int min = 1;            // fixed: the minutes; range and per participant: the lower bound
    int max = 1;            // fixed: the minutes; range and per participant: the upper bound
    int perParticipant = 0; // per participant only
    // Per participant, format 2: only the holders of this role count ("the players", not the case
    // owner); participantsBySize[n] is how many of n members present hold it, as Palet hands the
    // roles out (the host fills it in).
    std::string counting{};
    std::vector<int> participantsBySize{};

    static PhaseDuration fixed(int minutes) { return {Kind::fixed, minutes, minutes, 0}; }
    static PhaseDuration range(int low, int high) { return {Kind::range, low, high, 0}; }
    static PhaseDuration eachParticipant(int minutes, int low, int high)
    {
        return {Kind::perParticipant, low, high, minutes};
    }

    // The minutes this phase takes with the given number of participants.
    MinuteRange forGroup(int groupSize) const
    {
        if (kind != Kind::perParticipant) return {min, max};
        int participants = std::max(groupSize, 0);
        if (!participantsBySize.empty())
            participants = participantsBySize[static_cast<std::size_t>(std::min<int>(participants, static_cast<int>(participantsBySize.size()) - 1))];
        const int minutes = std::clamp(perParticipant * participants, min, max);
        return {minutes, minutes};
    }

    friend bool operator==(const PhaseDuration&, const PhaseDuration&) = default;
};

} // namespace palet
