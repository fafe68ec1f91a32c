#pragma once
// What `palet run` and `palet serve` are asked to run, from their shared options: a stored
// meeting's whole agenda (MEETING, --absent) or one method for the members given (--method,
// --members, --owner, --minutes), with --seed and --journal; made into a session plan with its
// methods opened and kept open. Problems are printed with the command's name.

#include "meeting_session_front.hpp"

#include "session/run_event_json.hpp"
#include "session/session_journal.hpp"
#include "session/session_plan.hpp"

#include <QCommandLineParser>

#include <memory>
#include <optional>
#include <string>

namespace palet::cli {

void addSessionChoiceOptions(QCommandLineParser& parser);

struct ChosenSession {
    std::optional<MeetingSessionSetup> meeting;   // a stored meeting
    std::shared_ptr<MethodImplementation> method; // one method: keeps its plugin loaded
    std::optional<SessionPlan> plan;              // one method's plan
    std::string journalPath;                      // --journal, else a new file in the sessions folder
    int status = 0;                               // the exit status when nothing was chosen
    // A session going on from its journal (journalPath): what the journal holds.
    std::optional<JournalContents> contents;
    std::optional<RecordedPlan> recorded;

    bool chosen() const { return plan || (meeting && meeting->run); }
    const SessionPlan& sessionPlan() const { return plan ? *plan : meeting->run->plan; }
    MethodImplementation& sessionMethod() const { return plan ? *method : *meeting->run->methods; }
};

// --journal, else a new journal in the sessions folder named after `stem`.
std::string journalPathFor(const QCommandLineParser& parser, const std::string& stem);

// --seed, else a random one; nothing (the problem printed) when --seed is wrong.
std::optional<std::uint64_t> seedOption(const QCommandLineParser& parser, const QString& command);

// The plan's notes are printed as "COMMAND: note: …".
ChosenSession chooseSession(const QCommandLineParser& parser, const QString& command);

// The unfinished session the journal at `path` holds, its plan made again as the journal recorded
// it (a meeting's with the store --db names), to go on with.
ChosenSession chooseJournalSession(const QCommandLineParser& parser, const std::string& path, const QString& command);

// The newest journal in the sessions folder whose session has not finished; of one meeting
// (GROUP@YYYY-MM-DD) when `meeting` is given.
std::optional<std::string> latestUnfinished(const QString& meeting = {});

} // namespace palet::cli
