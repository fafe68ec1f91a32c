#include "commands.hpp"

#include "cli_context.hpp"
#include "meeting_session_front.hpp"
#include "records_context.hpp"
#include "session_front.hpp"

#include "catalog/method_opening.hpp"
#include "did_you_mean.hpp"
#include "session/journal_location.hpp"
#include "session/session_plan.hpp"
#include "translate.hpp"

#include <QDateTime>
#include <QRandomGenerator>

namespace palet::cli {
namespace {

// Seeds travel in JSON, whose numbers are exact up to 2^53.
constexpr std::uint64_t largestSeed = (std::uint64_t{1} << 53) - 1;

std::vector<std::string> memberNames(const QString& list)
{
    std::vector<std::string> members;
    for (const QString& name : list.split(',')) members.push_back(utf8(name.trimmed()));
    return members;
}

std::optional<std::vector<ScriptStep>> stepsFor(const FrontOptions& front)
{
    if (!front.script) return std::vector<ScriptStep>{};
    return scriptSteps(*front.script, 0);
}

int runStoredMeeting(const QCommandLineParser& parser, const FrontOptions& front, const PlanRequest& request)
{
    const QString command = QStringLiteral("palet run");
    MeetingSessionSetup setup = prepareMeetingSession(parser, parser.positionalArguments().first(), command,
                                                      request.language, request.seed,
                                                      parser.value("absent").split(',', Qt::SkipEmptyParts));
    if (!setup.plan) return setup.status;
    for (const auto& note : setup.plan->notes) printError(tr("palet run: note: %1\n").arg(qs(note)));
    auto steps = stepsFor(front);
    if (!steps) return badInput;
    const std::string journalPath = parser.isSet("journal")
                                        ? utf8(parser.value("journal"))
                                        : newJournalPath(sessionsFolder(), "meeting", QDateTime::currentDateTime());
    std::string error;
    const auto journal = JournalWriter::create(journalPath, error);
    if (!journal) {
        printError(tr("palet run: %1\n").arg(qs(error)));
        return badInput;
    }
    const MeetingClock clock{front.speed.value_or(1.0)};
    SessionRunner runner{std::move(*setup.plan), *setup.methods, clock};
    auto first = runner.start();
    const int status = runToEnd(runner, *journal, std::move(first), front, std::move(*steps),
                                {front.script.value_or(""), front.autoAdvance});
    if (status != success) return status;
    return recordMeetingRun(setup, runner.plan(), runner.state(), command, !front.jsonEvents);
}

} // namespace

int runRun(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCatalogOptions(parser);
    addLanguageOption(parser);
    addStoreOption(parser);
    parser.addPositionalArgument("MEETING", tr("A stored meeting, as GROUP@YYYY-MM-DD: its whole agenda as one session "
                                               "(else give --method and --members)."),
                                 "[MEETING]");
    parser.addOption({"method", tr("The method to run."), "ID"});
    parser.addOption({"absent", tr("With a meeting: members who sent apologies, e.g. Anna,Bram."), "NAMES"});
    parser.addOption({"members", tr("The members present, in order, separated by commas: \"Ann,Bo,Cas\"."), "NAMES"});
    parser.addOption({"owner", tr("The case owner (default: the first member; the next one facilitates)."), "NAME"});
    parser.addOption({"minutes", tr("The minutes available (default: the method's minutes for the group)."), "M"});
    parser.addOption({"seed", tr("The seed for anything random, to replay a session (default: a random one)."), "N"});
    parser.addOption({"journal", tr("Keep the journal in FILE (default: a new file in $XDG_STATE_HOME/palet/sessions)."), "FILE"});
    addFrontOptions(parser);
    if (const auto done = parseCommand(parser, arguments,
                                       tr("Run a meeting live: the phases with their time, who does what, and a journal "
                                          "from which 'palet resume' continues after a crash. Keys: space pause, n next, "
                                          "b back, + a minute more, q quit.")))
        return *done;
    const bool meeting = !parser.positionalArguments().isEmpty();
    if (meeting && (parser.positionalArguments().size() > 1 || parser.isSet("method") || parser.isSet("members") ||
                    parser.isSet("owner") || parser.isSet("minutes"))) {
        printError(tr("palet run: give a meeting, or --method and --members, not both\nSee 'palet run --help'.\n"));
        return badUsage;
    }
    if (!meeting && parser.isSet("absent")) {
        printError(tr("palet run: --absent goes with a meeting; --members names who is there\n"));
        return badUsage;
    }
    if (!meeting && (!parser.isSet("method") || !parser.isSet("members"))) {
        printError(tr("palet run: give --method ID and --members \"Ann,Bo,Cas\"\nSee 'palet run --help'.\n"));
        return badUsage;
    }
    const auto language = chosenLanguage(parser);
    if (!language) return badUsage;
    PlanRequest request;
    request.members = memberNames(parser.value("members"));
    request.owner = utf8(parser.value("owner").trimmed());
    request.language = *language;
    if (parser.isSet("minutes") && !(request.minutesAvailable = intOption(parser, "minutes", 1, 24 * 60))) return badUsage;
    if (parser.isSet("seed")) {
        bool ok = false;
        request.seed = parser.value("seed").toULongLong(&ok);
        if (!ok || request.seed > largestSeed) {
            printError(tr("palet run: --seed must be a whole number from 0 to %1, not '%2'\n").arg(largestSeed).arg(parser.value("seed")));
            return badUsage;
        }
    } else {
        request.seed = QRandomGenerator::system()->generate64() & largestSeed;
    }
    const auto front = frontOptions(parser);
    if (!front) return badUsage;
    if (meeting) return runStoredMeeting(parser, *front, request);

    const auto catalog = loadCatalog(parser);
    if (!catalog) return badUsage;
    const std::string id = utf8(parser.value("method"));
    const CatalogEntry* entry = catalog->find(id);
    if (!entry) {
        const auto suggestion = closestMatch(id, catalog->ids());
        printError(tr("palet run: no method with id '%1'%2 ('palet list' shows them all)\n")
                       .arg(qs(id), suggestion ? tr("; did you mean '%1'?").arg(qs(*suggestion)) : QString{}));
        return badInput;
    }
    const PluginLoad load = openMethod(*entry, PluginTrace::fromEnvironment());
    if (!load.method) {
        printError(tr("palet run: %1\n").arg(qs(load.error)));
        return badInput;
    }
    auto plan = planSession(*load.method, entry->spec(), request);
    if (!plan.value) {
        printError(tr("palet run: %1\n").arg(qs(plan.error)));
        return badInput;
    }
    for (const auto& note : plan.value->notes) printError(tr("palet run: note: %1\n").arg(qs(note)));

    std::vector<ScriptStep> steps;
    if (front->script) {
        auto played = scriptSteps(*front->script, 0);
        if (!played) return badInput;
        steps = std::move(*played);
    }
    const std::string journalPath = parser.isSet("journal")
                                        ? utf8(parser.value("journal"))
                                        : newJournalPath(sessionsFolder(), plan.value->method.id, QDateTime::currentDateTime());
    std::string error;
    const auto journal = JournalWriter::create(journalPath, error);
    if (!journal) {
        printError(tr("palet run: %1\n").arg(qs(error)));
        return badInput;
    }

    const MeetingClock clock{front->speed.value_or(1.0)};
    SessionRunner runner{std::move(*plan.value), *load.method, clock};
    auto first = runner.start();
    return runToEnd(runner, *journal, std::move(first), *front, std::move(steps), {front->script.value_or(""), front->autoAdvance});
}

} // namespace palet::cli
