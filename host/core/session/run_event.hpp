#pragma once
// One change in a live session. The runner makes these, the journal keeps them, the views show
// them, and a session's state is what its events add up to (SessionState::apply), so a journal
// read back rebuilds the session. Every field a later state needs is carried in the event itself.

#include "session/clock.hpp"

#include <palet/session_event.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace palet {

enum class RunEventKind {
    sessionStarted,
    phaseStarted,
    warning,   // 20 % or 5 % of the phase left, or its time is up (0 %)
    phaseEnded,
    paused,
    resumed,
    extended,  // a minute added to the phase
    skipped,   // a phase never run because the session was quit
    takeaway,  // the case owner's takeaway was recorded
    followUp,  // what an owner of last time's case did with it, told in the look-back
    reopened,  // the session continues from its journal after palet stopped
    finished,
    alive,     // the journal only: the runner was still running at this time
    pluginStopped, // a method's plugin broke down (crashed, hung): the session goes on without it
    roleChosen,    // the group chose who holds a role (format 2's chosen_in), or the runner took the default
};

std::string_view runEventKindId(RunEventKind kind);
std::optional<RunEventKind> runEventKindFromId(std::string_view id);

// Why a phase ended.
enum class EndReason { next, back, autoAdvance, quit };

std::string_view endReasonId(EndReason reason);
std::optional<EndReason> endReasonFromId(std::string_view id);

inline constexpr int warningPercents[] = {20, 5, 0};

struct RunEvent {
    RunEventKind kind = RunEventKind::alive;
    int seq = -1;     // 0, 1, 2… in order; -1 for alive lines
    SessionTime t{0}; // when, on the meeting's clock
    // When it was written, in real time: ms since 1970 (UTC), and on the boot clock.
    std::int64_t wallMs = 0;
    std::int64_t bootMs = 0;
    std::string bootId; // session-started, reopened: the boot that bootMs counts from
    double speed = 1.0; // session-started, reopened: the clock's speed from then on

    int phase = -1;                  // the phase concerned
    SessionTime deadline{0};         // when the current phase's time is up
    SessionTime length{0};           // phase-started, extended, phase-ended: the phase's time with the minutes added
    SessionTime remaining{0};        // deadline minus now (frozen while paused); negative: overrun
    SessionTime planned{0};          // phase-ended: the plan's time for the phase
    SessionTime actual{0};           // phase-ended: its time on, less pauses
    EndReason reason = EndReason::next; // phase-ended
    int nextPhase = -1;              // phase-ended: the phase that starts next; -1: the session ends
    int percentLeft = 0;             // warning
    SessionTime pausedFor{0};        // resumed
    SessionTime added{0};            // extended
    SessionTime down{0};             // reopened: how long palet was not running, on the meeting's clock
    bool downCounts = false;         // reopened: that time counts as meeting time, not as a pause
    bool quit = false;               // finished: by quitting rather than after the last phase
    std::string text;                // takeaway, follow-up
    int caseNumber = 0;              // follow-up: the case's number at the previous meeting
    std::string roleId;              // role-chosen: the role
    std::string member;              // role-chosen: who holds it from the phase after its choosing phase
    bool byDefault = false;          // role-chosen: nobody chose when the phase ended, so the runner took the first member free
    std::vector<RoleMessage> messages; // phase-started, phase-ended: what the method's plugin says
    std::string pluginError;         // the plugin failed to answer; plugin-stopped: how it broke down
    int line = 0;                    // the script line that caused it; 0 for none
};

} // namespace palet
