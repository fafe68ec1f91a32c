#include "session_front.hpp"

#include "cli_context.hpp"
#include "line_session_views.hpp"
#include "plain_input.hpp"
#include "session_text.hpp"
#include "terminal_session_view.hpp"

#include "translate.hpp"

#include <QEventLoop>
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
        options.speed = speed;
    }
    if (parser.isSet("script")) options.script = QFileInfo{parser.value("script")}.absoluteFilePath().toStdString();
    if (parser.isSet("events")) {
        if (parser.value("events") != "json") {
            printError(tr("palet: --events takes only 'json', not '%1'\n").arg(parser.value("events")));
            return std::nullopt;
        }
        options.jsonEvents = true;
    }
    options.autoAdvance = parser.isSet("auto");
    return options;
}

std::optional<std::vector<ScriptStep>> scriptSteps(const std::string& path, int lastLine)
{
    SessionScript script = readSessionScript(path);
    for (const auto& problem : script.problems) printError(qs(problem.toString()) + '\n');
    if (!script.problems.empty()) return std::nullopt;
    std::erase_if(script.steps, [&](const ScriptStep& step) { return step.line <= lastLine; });
    return std::move(script.steps);
}

int runToEnd(SessionRunner& runner, JournalWriter& journal, SessionRunner::Events first, const FrontOptions& options,
             std::vector<ScriptStep> steps, const RecordedOptions& recorded)
{
    const bool scripted = options.script.has_value();
    const bool onTerminal = !options.jsonEvents && isatty(STDOUT_FILENO) && isatty(STDIN_FILENO);

    SessionView* view = nullptr;
    LiveSession::Options liveOptions;
    liveOptions.autoAdvance = options.autoAdvance;
    liveOptions.script = std::move(steps);
    liveOptions.recorded = recorded;
    LiveSession session{runner, journal, std::move(liveOptions), [&](const RunEvent& event, const QByteArray& line) {
                            if (view) view->show(event, line);
                        }};

    std::unique_ptr<SessionView> owned;
    std::unique_ptr<PlainInput> input;
    if (onTerminal) owned = TerminalSessionView::open(session);
    if (!owned) {
        if (options.jsonEvents)
            owned = std::make_unique<JsonSessionView>();
        else
            owned = std::make_unique<PlainSessionView>(runner.plan());
        // Without a keyboard, input comes from the script or else from standard input; when it
        // ends, the phases end by themselves, so the session always finishes.
        if (!scripted) input = std::make_unique<PlainInput>(session);
    }
    view = owned.get();
    if (scripted && !onTerminal) session.endInputAfterScript();

    QEventLoop loop;
    session.onDone([&] { loop.quit(); });
    session.begin(std::move(first));
    if (!session.done()) loop.exec();
    view->close();

    if (!session.error().empty()) {
        printError(tr("palet: %1\nThe session stopped; the journal %2 holds it up to the last event shown.\n")
                       .arg(qs(session.error()), qs(journal.path())));
        return badInput;
    }
    if (!options.jsonEvents) {
        printOut('\n' + summaryText(runner.plan(), runner.state()));
        printOut(tr("Journal: %1\n").arg(qs(journal.path())));
    }
    return success;
}

} // namespace palet::cli
