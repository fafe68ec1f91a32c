#include "meeting_session_front.hpp"

#include "cli_context.hpp"
#include "records_context.hpp"

#include "translate.hpp"

namespace palet::cli {

MeetingSessionSetup prepareMeetingSession(const QCommandLineParser& parser, const QString& meetingText,
                                          const QString& command, Language language, std::uint64_t seed,
                                          QStringList absent, const std::vector<std::string>* present,
                                          const QJsonObject& recordedPlan)
{
    MeetingSessionSetup setup;
    setup.status = badUsage;
    const auto reference = meetingArgument(meetingText, command);
    if (!reference) return setup;
    const auto catalog = loadCatalog(parser);
    if (!catalog) return setup;
    auto opened = openChosenStore(parser, command);
    if (!opened.store) {
        setup.status = opened.status;
        return setup;
    }
    setup.store = std::move(opened.store);
    MeetingRunRequest request;
    request.language = language;
    request.seed = seed;
    request.absent = std::move(absent);
    if (present) request.present = *present;
    request.recordedPlan = recordedPlan;
    request.trace = PluginTrace::fromEnvironment();
    auto run = prepareMeetingRun(*setup.store, *catalog, *reference, request);
    if (!run) {
        setup.status = refuse(command, run.error);
        return setup;
    }
    setup.run = std::move(*run);
    setup.status = success;
    return setup;
}

QString replanMeetingSession(MeetingSessionSetup& setup, const QCommandLineParser& parser, const QString& command,
                             const SessionPlan& planned)
{
    const auto reference = meetingArgument(setup.run->gathered.reference, command);
    if (!reference) return tr("the meeting %1 is not found any more").arg(setup.run->gathered.reference);
    const auto catalog = loadCatalog(parser);
    if (!catalog) return tr("the methods could not be read again; see palet's output");
    MeetingRunRequest request;
    request.language = planned.context.language;
    request.seed = planned.context.seed;
    request.present = planned.members;
    request.trace = PluginTrace::fromEnvironment();
    auto run = replanMeetingRun(*setup.store, *catalog, *reference, request);
    if (!run) return run.error;
    setup.run = std::move(*run);
    for (const auto& note : setup.run->plan.notes) printError(tr("%1: note: %2\n").arg(command, qs(note)));
    return {};
}

int recordMeetingRun(MeetingSessionSetup& setup, const SessionPlan& plan, const SessionState& state, const QString& command,
                     bool say)
{
    const auto recorded = palet::recordMeetingRun(*setup.store, *setup.run, plan, state);
    if (!recorded) return refuse(command, recorded.error);
    if (recorded->recorded && say)
        printOut(tr("Recorded %1 as held: %2 present, %3 treated, the time of each part.\n")
                     .arg(recorded->reference)
                     .arg(recorded->present)
                     .arg(caseCountText(recorded->treated)));
    return success;
}

} // namespace palet::cli
