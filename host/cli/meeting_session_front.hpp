#pragma once
// `palet run MEETING` and `palet resume` of a meeting's session on the command line: the store and
// the catalog the options choose, the meeting's run prepared and recorded by the core
// (session/meeting_run.hpp), and what went wrong printed.

#include "session/meeting_run.hpp"

#include <QCommandLineParser>

#include <optional>
#include <vector>

namespace palet::cli {

struct MeetingSessionSetup {
    std::optional<Store> store;
    std::optional<MeetingRun> run;
    int status = 0; // the exit status when there is no run
};

// `parser` has the store and catalog options. The group's current members are present but the
// `absent`, or, when `present` is given (a resumed session), exactly those. Problems are printed
// with `command`.
MeetingSessionSetup prepareMeetingSession(const QCommandLineParser& parser, const QString& meetingText,
                                          const QString& command, Language language, std::uint64_t seed,
                                          QStringList absent, const std::vector<std::string>* present = nullptr,
                                          const QJsonObject& recordedPlan = {});

// At the start in the room, after cases were brought in or votes cast: the meeting's plan made
// again with the same members, language and seed, its cases chosen from the votes, and saved.
// An error, or empty (then `setup` holds the new run).
QString replanMeetingSession(MeetingSessionSetup& setup, const QCommandLineParser& parser, const QString& command,
                             const SessionPlan& planned);

// After the session: records the run (see recordMeetingRun in the core). Prints what it recorded
// on standard output when `say`, or why not, and gives the exit status.
int recordMeetingRun(MeetingSessionSetup& setup, const SessionPlan& plan, const SessionState& state, const QString& command,
                     bool say);

} // namespace palet::cli
