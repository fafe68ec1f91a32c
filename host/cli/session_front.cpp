#include "session_front.hpp"

#include "cli_context.hpp"
#include "line_session_views.hpp"
#include "plain_input.hpp"
#include "session_text.hpp"
#include "terminal_session_view.hpp"

#include "translate.hpp"

#include <QFileInfo>

#include <unistd.h>

namespace palet::cli {

void addFrontOptions(QCommandLineParser& parser)
{
    parser.addOption({"speed", tr("Run the clock X times as fast (for demos and tests; default 1)."), "X"});
    parser.addOption({"script", tr("Play the timed key presses in FILE (see docs/running.md)."), "FILE"});
    parser.addOption({"events", tr("With 'json', print every event as one JSON line on standard output."), "FORMAT"});
    parser.addOption({"auto", tr("End each phase by itself when its time is up.")});
}

std::optional<FrontOptions> frontOptions(const QCommandLineParser& parser)
{
    FrontOptions options;
    if (parser.isSet("speed")) {
        bool ok = false;
        const double speed = parser.value("speed").toDouble(&ok);
        // Written so that nan and inf fail too: every comparison with nan is false.
        if (!ok || !(speed >= 0.01 && speed <= 100000)) {
            printError(tr("palet: --speed must be a number from 0.01 to 100000, not '%1'\n").arg(parser.value("speed")));
            return std::nullopt;
        }
        options.run.speed = speed;
    }
    if (parser.isSet("script")) options.run.script = QFileInfo{parser.value("script")}.absoluteFilePath().toStdString();
    if (parser.isSet("events")) {
        if (parser.value("events") != "json") {
            printError(tr("palet: --events takes only 'json', not '%1'\n").arg(parser.value("events")));
            return std::nullopt;
        }
        options.jsonEvents = true;
    }
    options.run.autoAdvance = parser.isSet("auto");
    return options;
}

int runToEnd(SessionRun& run, bool jsonEvents)
{
    const bool scripted = run.options().script.has_value();
    const bool onTerminal = !jsonEvents && isatty(STDOUT_FILENO) && isatty(STDIN_FILENO);
    const SessionRunner& runner = run.runner();

    std::unique_ptr<SessionView> view;
    std::unique_ptr<PlainInput> input;
    if (onTerminal) view = TerminalSessionView::open(run.live());
    if (!view) {
        if (jsonEvents)
            view = std::make_unique<JsonSessionView>();
        else
            view = std::make_unique<PlainSessionView>(runner);
        // Without a keyboard, input comes from the script or else from standard input; when it
        // ends, the phases end by themselves, so the session always finishes.
        if (!scripted) input = std::make_unique<PlainInput>(run.live());
    }
    run.watch([shown = view.get()](const RunEvent& event, const QByteArray& line) { shown->show(event, line); });
    if (scripted && !onTerminal) run.live().endInputAfterScript();

    const std::string error = run.runToEnd();
    view->close();

    if (!error.empty()) {
        printError(tr("palet: %1\nThe session stopped; the journal %2 holds it up to the last event shown.\n")
                       .arg(qs(error), qs(run.journal().path())));
        return badInput;
    }
    if (!jsonEvents) {
        printOut('\n' + summaryText(runner.plan(), runner.state()));
        printOut(tr("Journal: %1\n").arg(qs(run.journal().path())));
    }
    return success;
}

} // namespace palet::cli
