#pragma once
// What `palet run` and `palet resume` share: the options that choose how a session is shown and
// driven (--speed, --script, --events, --auto), and showing a session on the terminal until it ends.

#include "session/session_run.hpp"

#include <QCommandLineParser>

#include <optional>

namespace palet::cli {

struct FrontOptions {
    RunOptions run;          // --speed, --script (as an absolute path), --auto
    bool jsonEvents = false; // --events json
};

void addFrontOptions(QCommandLineParser& parser);
// The options as given, or nothing after printing what is wrong.
std::optional<FrontOptions> frontOptions(const QCommandLineParser& parser);

// Shows the session as the options and the terminal decide until it ends, then prints the
// summary. Returns the exit status: success, or badInput when the journal could not be written.
int runToEnd(SessionRun& run, bool jsonEvents);

} // namespace palet::cli
