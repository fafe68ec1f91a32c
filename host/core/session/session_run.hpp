#pragma once
// A session from its first events to its end, for every front (`palet run`, `palet resume`,
// `palet serve`): the clock, the runner and the journal made for a new session or for one going
// on from its journal, the script's steps still to play, and the live session that the fronts
// watch and drive. Fronts only show its events and pass on their people's commands.

#include "session/live_session.hpp"
#include "session/session_journal.hpp"

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace palet {

struct RunOptions {
    std::optional<double> speed;       // the clock's speed; else 1, or as a resumed session recorded
    std::optional<std::string> script; // timed key presses, as an absolute path
    bool autoAdvance = false;          // phases end by themselves when their time is up
};

// The steps of the script at `path` after `lastLine` (the lines a resumed session has played
// already); an error holds every problem of the file, one a line.
Outcome<std::vector<ScriptStep>> scriptStepsAfter(const std::string& path, int lastLine);

class SessionRun;

// A session made ready, or why not: the script's problems (one a line, each naming its place) or
// a sentence about the journal.
struct SessionRunStart {
    std::unique_ptr<SessionRun> run;
    std::string error;
    bool scriptFailed = false; // the error is the script's problems
};

class SessionRun {
public:
    // Decides, once the time palet was not running is known, whether it counts as a pause.
    using GapIsPause = std::function<bool(std::chrono::milliseconds down)>;

    // A new session of `plan` with its journal created at `journalPath`; `method` must outlive it.
    static SessionRunStart start(SessionPlan plan, MethodImplementation& method,
                                  const std::string& journalPath, const RunOptions& options);
    // The session the journal at `path` holds (read as `contents`, its plan recorded as
    // `recorded`), going on with `plan`, made again as recorded. Speed, script and autoAdvance are
    // as recorded unless `options` give them. An error names the journal.
    static SessionRunStart resume(SessionPlan plan, MethodImplementation& method, const std::string& path,
                                  const JournalContents& contents, const RecordedPlan& recorded, const RunOptions& options,
                                  const GapIsPause& gapIsPause);

    SessionRun(const SessionRun&) = delete;
    SessionRun& operator=(const SessionRun&) = delete;

    // Every event, once it is safely in the journal, goes to every watcher in the order they came.
    void watch(LiveSession::Show watcher) { watchers_.push_back(std::move(watcher)); }
    // Runs in Qt's event loop from the first events until the session ends; gives the error that
    // stopped it early (the journal could not be written), else nothing.
    std::string runToEnd();

    LiveSession& live() { return live_; }
    const SessionRunner& runner() const { return runner_; }
    const JournalWriter& journal() const { return *journal_; }
    const RunOptions& options() const { return options_; }

private:
    SessionRun(SessionPlan plan, MethodImplementation& method, std::unique_ptr<JournalWriter> journal, RunOptions options,
               double speed, SessionTime startAt, std::vector<ScriptStep> steps);

    RunOptions options_;
    std::unique_ptr<JournalWriter> journal_;
    MeetingClock clock_;
    SessionRunner runner_;
    std::vector<LiveSession::Show> watchers_;
    LiveSession live_;
    SessionRunner::Events first_;
};

} // namespace palet
