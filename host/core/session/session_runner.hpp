#pragma once
// The live runner's state machine: running, paused, finished. Commands (next, back, pause and
// resume, extend, quit, the takeaway) and the passing of time (tick) each return the events
// they caused, already applied to the state; nothing else changes it. Phases do not end by
// themselves unless asked (autoAdvance): a phase over its time shows the overrun until the
// facilitator moves on. At each phase's start and end the method hears of it and may answer
// with messages for the roles, which travel in the event. A plugin that breaks down (crashes,
// hangs) is heard no more in its part of the session, and a plugin-stopped event says so.

#include "method_implementation.hpp"
#include "session/clock.hpp"
#include "session/run_event.hpp"
#include "session/session_plan.hpp"
#include "session/session_state.hpp"

#include <optional>
#include <string>
#include <vector>

namespace palet {

inline constexpr SessionTime extensionStep = std::chrono::minutes{1};

class SessionRunner {
public:
    using Events = std::vector<RunEvent>;

    SessionRunner(SessionPlan plan, MethodImplementation& method, const Clock& clock);

    Events start();
    Events next(int line = 0);
    Events back(int line = 0);
    Events togglePause(int line = 0);
    Events extend(int line = 0);
    Events quit(int line = 0);
    Events recordTakeaway(const std::string& text, int line = 0);
    // What the owner of case `caseNumber` of the previous meeting did with it; nothing when the
    // plan has no such case to look back on.
    Events recordFollowUp(int caseNumber, const std::string& text, int line = 0);
    // The group chose `member` for `roleId`, a role the session chooses (format 2's chosen_in);
    // they hold it from the phase after its choosing phase. Nothing when choiceProblem() says no.
    // Leaving a choosing phase forward (next, or its time up with autoAdvance) with nobody chosen
    // takes the first member free and says so (byDefault): a session never waits for a choice.
    Events chooseRole(const std::string& roleId, const std::string& member, int line = 0);

    // Warnings due by now and, with autoAdvance, the end of a phase whose time is up. The next
    // phase's deadline is then the previous deadline plus its minutes, so late timers never add up.
    Events tick(bool autoAdvance);
    // When tick() will next have something to do; nothing while paused or finished.
    std::optional<SessionTime> nextWake(bool autoAdvance) const;

    // Rebuilds the state from a journal's events (the method hears the phases again, so a
    // plugin can rebuild its own state); an error names the first event that does not fit.
    std::string restore(const std::vector<RunEvent>& journal);
    // Continues a restored session: `down` is how long palet was not running, on the meeting's
    // clock; unless it counts as meeting time, it is a pause of the current phase.
    Events reopen(SessionTime down, bool downCounts);

    // Whether `next` leaves the case owner's closing phase with no takeaway recorded yet.
    bool asksTakeawayOnNext() const;

    // Whether the method of `phase`'s part broke down and is heard no more (in a single method's
    // session: the whole session).
    bool silenced(int phase) const;

    const SessionState& state() const { return state_; }
    const SessionPlan& plan() const { return plan_; }
    const Clock& clock() const { return clock_; }
    SessionTime plannedTime(int phase) const;

private:
    RunEvent make(RunEventKind kind, SessionTime now, int line) const;
    void push(Events& events, RunEvent event);
    void resumeFirst(Events& events, SessionTime now, int line);
    void startPhase(Events& events, int phase, SessionTime deadline, SessionTime length, SessionTime now, int line);
    void endPhase(Events& events, EndReason reason, int nextPhase, SessionTime now, int line);
    void completePending(Events& events, SessionTime now, int line, std::optional<SessionTime> anchor = std::nullopt);
    std::optional<std::string> hear(SessionEvent::Kind kind, int phase, RunEvent* event);
    void pushStopped(Events& events, int phase, std::string sentence, SessionTime now, int line);
    void chooseDefaults(Events& events, SessionTime now, int line);
    bool onPhase() const;

    SessionPlan plan_;
    MethodImplementation& method_;
    const Clock& clock_;
    SessionState state_;
    // Plugins that broke down while a restore replayed the journal: reopen() says so.
    std::vector<std::pair<int, std::string>> stoppedWhileRestoring_;
};

} // namespace palet
