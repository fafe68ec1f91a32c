#pragma once
// What `palet run` and `palet resume` share: the options that choose how a session is shown and
// driven (--speed, --script, --events, --auto), and the loop that runs it to its end.

#include "session/live_session.hpp"

#include <QCommandLineParser>

#include <optional>
#include <string>

namespace palet::cli {

struct FrontOptions {
    std::optional<double> speed;       // --speed
    std::optional<std::string> script; // --script, as an absolute path
    bool jsonEvents = false;           // --events json
    bool autoAdvance = false;          // --auto
};

void addFrontOptions(QCommandLineParser& parser);
// The options as given, or nothing after printing what is wrong.
std::optional<FrontOptions> frontOptions(const QCommandLineParser& parser);

// The script's steps after `lastLine` (the lines a resumed session has played already); nothing
// after printing the script's problems.
std::optional<std::vector<ScriptStep>> scriptSteps(const std::string& path, int lastLine);

// Shows the session as the options and the terminal decide until it ends, then prints the
// summary. Returns the exit status: success, or badInput when the journal could not be written.
int runToEnd(SessionRunner& runner, JournalWriter& journal, SessionRunner::Events first, const FrontOptions& options,
             std::vector<ScriptStep> steps, const RecordedOptions& recorded);

} // namespace palet::cli
