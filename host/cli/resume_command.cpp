#include "commands.hpp"

#include "cli_context.hpp"
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

} // namespace

int runResume(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCatalogOptions(parser);
    parser.addPositionalArgument("JOURNAL", tr("The session's journal file or id (default: the newest unfinished one)."),
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
        path = findJournal(sessionsFolder(), utf8(parser.positionalArguments().first()));
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
    auto plan = planSession(*load.method, entry->spec, planRequestFrom(*recorded.value));
    if (!plan.value) {
        printError(tr("palet resume: %1\n").arg(qs(plan.error)));
        return badInput;
    }
    if (const std::string mismatch = planMismatch(*recorded.value, *plan.value); !mismatch.empty()) {
        printError(tr("palet resume: %1: cannot continue: %2\n").arg(qs(*path), qs(mismatch)));
        return badInput;
    }

    std::optional<std::string> script = front->script;
    if (!script && !recorded.value->script.empty()) script = recorded.value->script;
    std::vector<ScriptStep> steps;
    if (script) {
        auto played = scriptSteps(*script, before.lastLine);
        if (!played) return badInput;
        steps = std::move(*played);
    }

    const auto downReal = realTimeDown(before, bootIdentity(), bootNowMs(), wallNowMs());
    if (!gapIsPause) {
        if (isatty(STDIN_FILENO) && isatty(STDOUT_FILENO) && !front->jsonEvents)
            gapIsPause = askGapIsPause(*plan.value, before, downReal);
        else
            gapIsPause = true;
    }
    const double speed = front->speed.value_or(recorded.value->speed);
    const SessionTime down{static_cast<SessionTime::rep>(static_cast<double>(downReal.count()) * speed)};

    std::string error;
    const auto journal = JournalWriter::reopen(*path, contents.value->wholeLength, error);
    if (!journal) {
        printError(tr("palet resume: %1\n").arg(qs(error)));
        return badInput;
    }
    const MeetingClock clock{speed, before.lastT + down};
    SessionRunner runner{std::move(*plan.value), *load.method, clock};
    if (const std::string problem = runner.restore(contents.value->events); !problem.empty()) {
        printError(tr("palet resume: %1: %2\n").arg(qs(*path), qs(problem)));
        return badInput;
    }
    auto first = runner.reopen(down, !*gapIsPause);
    FrontOptions options = *front;
    options.script = script;
    options.autoAdvance = front->autoAdvance || recorded.value->autoAdvance;
    return runToEnd(runner, *journal, std::move(first), options, std::move(steps), {script.value_or(""), options.autoAdvance});
}

} // namespace palet::cli
