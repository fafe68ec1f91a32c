#include "commands.hpp"

#include "cli_context.hpp"
#include "records_context.hpp"
#include "session_choice.hpp"
#include "session_front.hpp"
#include "session_text.hpp"

#include "session/journal_location.hpp"
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
        if (!path && given.contains('@')) path = latestUnfinished(given);
        if (!path) {
            printError(tr("palet resume: %1: no such journal file, nor a session by that id in %2\n")
                           .arg(parser.positionalArguments().first(), qs(sessionsFolder())));
            return badInput;
        }
    }
    const QString command = QStringLiteral("palet resume");
    ChosenSession chosen = chooseJournalSession(parser, *path, command);
    if (!chosen.chosen()) return chosen.status;

    const SessionPlan& plan = chosen.sessionPlan();
    const auto askOrGiven = [&](std::chrono::milliseconds down) {
        if (gapIsPause) return *gapIsPause;
        if (isatty(STDIN_FILENO) && isatty(STDOUT_FILENO) && !front->jsonEvents)
            return askGapIsPause(plan, stateOf(chosen.contents->events), down);
        return true;
    };
    auto started = SessionRun::resume(plan, chosen.sessionMethod(), *path, *chosen.contents, *chosen.recorded, front->run,
                                      askOrGiven);
    if (!started.run) {
        printError(started.scriptFailed ? qs(started.error) + '\n' : tr("palet resume: %1\n").arg(qs(started.error)));
        return badInput;
    }
    const int status = runToEnd(*started.run, front->jsonEvents);
    if (status != success || !chosen.meeting) return status;
    const SessionRunner& runner = started.run->runner();
    return recordMeetingRun(*chosen.meeting, runner.plan(), runner.state(), command, !front->jsonEvents);
}

} // namespace palet::cli
