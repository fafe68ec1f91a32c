#pragma once
// Where a session stands: what its events add up to. The runner keeps one and changes it only
// through apply(), so the same events read back from a journal rebuild the same state.

#include "session/run_event.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace palet {

enum class SessionStatus { notStarted, running, paused, finished };

// One stretch of time a phase was on; a phase run again after going back has two.
struct PhaseRun {
    int phase = -1;
    SessionTime start{0};
    SessionTime end{0};
    SessionTime paused{0};
    EndReason reason = EndReason::next;

    SessionTime active() const { return end - start - paused; }
};

struct SessionState {
    SessionStatus status = SessionStatus::notStarted;
    int phase = -1; // the phase on now; -1 before the first, after the last and between two
    SessionTime phaseStart{0};
    SessionTime deadline{0}; // when the current phase's time is up
    SessionTime length{0};   // the current phase's time, with the minutes added
    SessionTime pausedAt{0};
    SessionTime pausedInPhase{0};
    int warnedPercent = 100; // the last warning given in this phase (100: none yet)

    std::vector<PhaseRun> runs;
    std::map<int, SessionTime> leftWhenEnded;   // time left when a phase last ended, for going back
    std::map<int, SessionTime> lengthWhenEnded; // and its time with the minutes added
    std::vector<int> skipped;
    int pendingPhase = -1; // after a phase ended: the one that starts next (-1: the end)
    EndReason pendingReason = EndReason::next;
    bool pending = false;  // a phase ended and what follows has not happened yet
    std::string takeaway;                 // the last one recorded
    std::map<int, std::string> takeaways; // by the phase they were recorded in
    std::map<int, std::string> followUps; // by the number of last time's case, the last one told
    struct ChosenHolder {
        std::string member;
        int phase = -1;         // the phase it was chosen in (the phase on then)
        bool byDefault = false; // nobody chose: the runner took the first member free
    };
    std::map<std::string, ChosenHolder> chosen; // by role id: the roles chosen so far, the last choice
    bool quit = false;
    struct PluginStop {
        int phase = -1;       // where a method's plugin broke down
        std::string sentence; // how, naming its library
    };
    std::vector<PluginStop> pluginStops;

    int nextSeq = 0;
    SessionTime lastT{0};
    std::int64_t lastWallMs = 0;
    std::int64_t lastBootMs = 0;
    std::string bootId;
    double speed = 1.0;
    int lastLine = 0; // the highest script line that caused an event

    bool started() const { return status != SessionStatus::notStarted; }
    bool finished() const { return status == SessionStatus::finished; }
    // What is left of the current phase at `now`: frozen while paused, negative when over time.
    SessionTime remaining(SessionTime now) const;
    void apply(const RunEvent& event);
};

// The warning already due for a phase with `remaining` of `length` left: 0, 5, 20 or 100 (none).
int warnedPercentFor(SessionTime remaining, SessionTime length);

// When a phase of `length` ending at `deadline` reaches `percent` left.
SessionTime warningTime(SessionTime deadline, SessionTime length, int percent);

} // namespace palet
