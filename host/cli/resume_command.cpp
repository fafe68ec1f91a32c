#include "commands.hpp"

#include "cli_context.hpp"
#include "meeting_session_front.hpp"
#include "records_context.hpp"
#include "session_front.hpp"
#include "session_text.hpp"

#include "catalog/method_opening.hpp"
#include "session/journal_location.hpp"
#include "session/session_journal.hpp"
#include "session/session_resume.hpp"
#include "translate.hpp"

#include <QTextStream>

#include <cstdio>

#include <unistd.h>

namespace palet::cli {
namespace {

SessionState stateOf(const std::vector<RunEvent>& events)
{
    SessionState state;
    for (const RunEvent& event : events) state.apply(event);
    return state;
}

// The newest journal in the sessions folder whose session has not finished.
std::optional<std::string> latestUnfinished()
{
    for (const std::string& path : journalsIn(sessionsFolder())) {
        const auto contents = readJournal(path);
        if (contents.value && !stateOf(contents.value->events).finished()) return path;
    }
    return std::nullopt;
}

// The newest unfinished journal of a meeting's session, for `palet resume GROUP@YYYY-MM-DD`.
std::optional<std::string> latestUnfinishedOf(const QString& meeting)
{
    for (const std::string& path : journalsIn(sessionsFolder())) {
        const auto contents = readJournal(path);
        if (!contents.value || stateOf(contents.value->events).finished()) continue;
        const auto recorded = recordedPlanFromJson(contents.value->sessionStarted);
        if (recorded.value && qs(recorded.value->meeting).compare(meeting, Qt::CaseInsensitive) == 0) return path;
    }
    return std::nullopt;
}

// Asks on the terminal whether the time palet was not running counts as a pause.
bool askGapIsPause(const SessionPlan& plan, const SessionState& state, std::chrono::milliseconds down)
{
    const QString where = state.phase >= 0 ? tr(" during %1").arg(phaseName(plan, state.phase)) : QString{};
    printOut(tr("Palet was not running for %1%2. Count that time as a pause (p) or as meeting time (m)? [P/m] ")
                 .arg(spanText(down), where));
    std::fflush(stdout);
    QTextStream in{stdin};
    const QString answer = in.readLine().trimmed().toLower();
    return !answer.startsWith('m');
}

// Continues the session the journal at `path` holds with `plan`, made again as it recorded.
int continueSession(SessionPlan plan, MethodImplementation& method, const std::string& path, const JournalContents& contents,
                    const RecordedPlan& recorded, const SessionState& before, const FrontOptions& front,
                    std::optional<bool> gapIsPause, SessionState* after = nullptr)
{
    if (const std::string mismatch = planMismatch(recorded, plan); !mismatch.empty()) {
        printError(tr("palet resume: %1: cannot continue: %2\n").arg(qs(path), qs(mismatch)));
        return badInput;
    }

    std::optional<std::string> script = front.script;
    if (!script && !recorded.script.empty()) script = recorded.script;
    std::vector<ScriptStep> steps;
    if (script) {
        auto played = scriptSteps(*script, before.lastLine);
        if (!played) return badInput;
        steps = std::move(*played);
    }

    const auto downReal = realTimeDown(before, bootIdentity(), bootNowMs(), wallNowMs());
    if (!gapIsPause) {
        if (isatty(STDIN_FILENO) && isatty(STDOUT_FILENO) && !front.jsonEvents)
            gapIsPause = askGapIsPause(plan, before, downReal);
        else
            gapIsPause = true;
    }
    const double speed = front.speed.value_or(recorded.speed);
    const SessionTime down{static_cast<SessionTime::rep>(static_cast<double>(downReal.count()) * speed)};

    std::string error;
    const auto journal = JournalWriter::reopen(path, contents.wholeLength, error);
    if (!journal) {
        printError(tr("palet resume: %1\n").arg(qs(error)));
        return badInput;
    }
    const MeetingClock clock{speed, before.lastT + down};
    SessionRunner runner{std::move(plan), method, clock};
    if (const std::string problem = runner.restore(contents.events); !problem.empty()) {
        printError(tr("palet resume: %1: %2\n").arg(qs(path), qs(problem)));
        return badInput;
    }
    auto first = runner.reopen(down, !*gapIsPause);
    FrontOptions options = front;
    options.script = script;
    options.autoAdvance = front.autoAdvance || recorded.autoAdvance;
    const int status = runToEnd(runner, *journal, std::move(first), options, std::move(steps), {script.value_or(""), options.autoAdvance});
    if (after) *after = runner.state();
    return status;
}

int resumeMeeting(const QCommandLineParser& parser, const std::string& path, const JournalContents& contents,
                  const RecordedPlan& recorded, const SessionState& before, const FrontOptions& front,
                  std::optional<bool> gapIsPause)
{
    MeetingSessionSetup setup = prepareMeetingSession(parser, qs(recorded.meeting), QStringLiteral("palet resume"),
                                                      recorded.language, recorded.seed, {}, &recorded.members);
    if (!setup.plan) return setup.status;
    const SessionPlan plan = *setup.plan;
    SessionState after;
    const int status = continueSession(std::move(*setup.plan), *setup.methods, path, contents, recorded, before, front,
                                       gapIsPause, &after);
    if (status != success) return status;
    return recordMeetingRun(setup, plan, after, QStringLiteral("palet resume"), !front.jsonEvents);
}

} // namespace

int runResume(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCatalogOptions(parser);
    addStoreOption(parser);
    parser.addPositionalArgument("JOURNAL", tr("The session's journal file or id, or a meeting as GROUP@YYYY-MM-DD "
                                               "(default: the newest unfinished session)."),
                                 "[JOURNAL]");
    parser.addOption({"gap", tr("The time palet was not running counts as a 'pause' or as meeting time ('count'); "
                                "asked when on a terminal, else a pause."),
                      "pause|count"});
    addFrontOptions(parser);
    if (const auto done = parseCommand(parser, arguments,
                                       tr("Continue a session from its journal at the phase it was in, with the time it "
                                          "had left. Speed, script and --auto are as the session was started unless given.")))
        return *done;
    if (parser.positionalArguments().size() > 1) {
        printError(tr("palet resume: give one journal\nSee 'palet resume --help'.\n"));
        return badUsage;
    }
    std::optional<bool> gapIsPause;
    if (parser.isSet("gap")) {
        const QString gap = parser.value("gap");
        if (gap != "pause" && gap != "count") {
            printError(tr("palet resume: --gap must be pause or count, not '%1'\n").arg(gap));
            return badUsage;
        }
        gapIsPause = gap == "pause";
    }
    const auto front = frontOptions(parser);
    if (!front) return badUsage;

    std::optional<std::string> path;
    if (parser.positionalArguments().isEmpty()) {
        path = latestUnfinished();
        if (!path) {
            printError(tr("palet resume: no unfinished session in %1\n").arg(qs(sessionsFolder())));
            return badInput;
        }
    } else {
        const QString given = parser.positionalArguments().first();
        path = findJournal(sessionsFolder(), utf8(given));
        if (!path && given.contains('@')) path = latestUnfinishedOf(given);
        if (!path) {
            printError(tr("palet resume: %1: no such journal file, nor a session by that id in %2\n")
                           .arg(parser.positionalArguments().first(), qs(sessionsFolder())));
            return badInput;
        }
    }
    const auto contents = readJournal(*path);
    if (!contents.value) {
        printError(tr("palet resume: %1\n").arg(qs(contents.error)));
        return badInput;
    }
    const auto recorded = recordedPlanFromJson(contents.value->sessionStarted);
    if (!recorded.value) {
        printError(tr("palet resume: %1: %2\n").arg(qs(*path), qs(recorded.error)));
        return badInput;
    }
    const SessionState before = stateOf(contents.value->events);
    if (before.finished()) {
        printError(tr("palet resume: %1: this session has finished already\n").arg(qs(*path)));
        return badInput;
    }

    if (!recorded.value->meeting.empty())
        return resumeMeeting(parser, *path, *contents.value, *recorded.value, before, *front, gapIsPause);

    const auto catalog = loadCatalog(parser);
    if (!catalog) return badUsage;
    const CatalogEntry* entry = catalog->find(recorded.value->methodId);
    if (!entry) {
        printError(tr("palet resume: the session ran %1, which Palet no longer finds\n").arg(qs(recorded.value->methodId)));
        return badInput;
    }
    const PluginLoad load = openMethod(*entry, PluginTrace::fromEnvironment());
    if (!load.method) {
        printError(tr("palet resume: %1\n").arg(qs(load.error)));
        return badInput;
    }
    auto plan = planSession(*load.method, entry->spec(), planRequestFrom(*recorded.value));
    if (!plan.value) {
        printError(tr("palet resume: %1\n").arg(qs(plan.error)));
        return badInput;
    }
    return continueSession(std::move(*plan.value), *load.method, *path, *contents.value, *recorded.value, before, *front,
                           gapIsPause);
}

} // namespace palet::cli
