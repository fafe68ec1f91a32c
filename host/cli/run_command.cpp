#include "commands.hpp"

#include "cli_context.hpp"
#include "records_context.hpp"
#include "session_choice.hpp"
#include "session_front.hpp"

#include "translate.hpp"

namespace palet::cli {
namespace {

// A script's problems are printed as they are, one a line; anything else is palet run's.
int failedStart(const SessionRunStart& start)
{
    printError(start.scriptFailed ? qs(start.error) + '\n' : tr("palet run: %1\n").arg(qs(start.error)));
    return badInput;
}

} // namespace

int runRun(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCatalogOptions(parser);
    addLanguageOption(parser);
    addStoreOption(parser);
    addSessionChoiceOptions(parser);
    addFrontOptions(parser);
    if (const auto done = parseCommand(parser, arguments,
                                       tr("Run a meeting live: the phases with their time, who does what, and a journal "
                                          "from which 'palet resume' continues after a crash. Keys: space pause, n next, "
                                          "b back, + a minute more, q quit.")))
        return *done;
    const auto front = frontOptions(parser);
    if (!front) return badUsage;
    const QString command = QStringLiteral("palet run");
    ChosenSession chosen = chooseSession(parser, command);
    if (!chosen.chosen()) return chosen.status;

    auto started = SessionRun::start(chosen.sessionPlan(), chosen.sessionMethod(), chosen.journalPath, front->run);
    if (!started.run) return failedStart(started);
    const int status = runToEnd(*started.run, front->jsonEvents);
    if (status != success || !chosen.meeting) return status;
    const SessionRunner& runner = started.run->runner();
    return recordMeetingRun(*chosen.meeting, runner.plan(), runner.state(), command, !front->jsonEvents);
}

} // namespace palet::cli
