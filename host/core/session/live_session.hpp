#pragma once
// A session running in real time: the runner, driven by Qt's precise timers, by key presses
// and by a script, with every batch of events written to the journal and forced to disk before
// it is shown. Timers only wake the session up; the time itself is always read from the clock.

#include "session/run_event_json.hpp"
#include "session/session_journal.hpp"
#include "session/session_keys.hpp"
#include "session/session_runner.hpp"
#include "session/session_script.hpp"

#include <QTimer>

#include <chrono>
#include <functional>
#include <string>
#include <vector>

namespace palet {

class LiveSession {
public:
    struct Options {
        bool autoAdvance = false;             // phases end by themselves when their time is up
        std::vector<ScriptStep> script;       // the steps still to play, in order
        bool inputEndsWithScript = false;     // after the last step no input comes: as endInput()
        std::chrono::milliseconds heartbeat{2000}; // real time between alive lines, shorter when sped up
        RecordedOptions recorded;             // written into session-started
    };
    // Shows an event that is safely in the journal; `line` is its JSON line.
    using Show = std::function<void(const RunEvent& event, const QByteArray& line)>;

    LiveSession(SessionRunner& runner, JournalWriter& journal, Options options, Show show);

    // Delivers the first events (from the runner's start() or reopen()) and runs on from there.
    void begin(SessionRunner::Events first);
    void press(char key, int line = 0);
    void recordTakeaway(const std::string& text, int line = 0);
    void recordFollowUp(int caseNumber, const std::string& text, int line = 0);
    void chooseRole(const std::string& roleId, const std::string& member, int line = 0);
    // No more input will come: from now on phases end when their time is up and a pause ends at
    // once, so the session comes to its end.
    void endInput();
    // Once the script has been played no more input will come: as endInput() after its last step.
    void endInputAfterScript() { options_.inputEndsWithScript = true; }

    const SessionRunner& runner() const { return runner_; }
    const SessionKeys& keys() const { return keys_; }
    bool done() const { return done_; }
    const std::string& error() const { return error_; } // why the session stopped early
    void onDone(std::function<void()> callback) { onDone_ = std::move(callback); }

private:
    void deliver(const SessionRunner::Events& events);
    void wake();
    void schedule();
    void writeAlive();
    void stop(std::string error);

    SessionRunner& runner_;
    JournalWriter& journal_;
    Options options_;
    Show show_;
    SessionKeys keys_;
    size_t nextStep_ = 0;
    bool inputEnded_ = false;
    bool done_ = false;
    std::string error_;
    std::function<void()> onDone_;
    QTimer timer_;
    QTimer heartbeat_;
};

// Now in real time, as events record it: ms since 1970 (UTC) and on the boot clock.
std::int64_t wallNowMs();
std::int64_t bootNowMs();

} // namespace palet
