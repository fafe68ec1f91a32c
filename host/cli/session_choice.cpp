#include "session_choice.hpp"

#include "cli_context.hpp"
#include "records_context.hpp"

#include "catalog/method_opening.hpp"
#include "did_you_mean.hpp"
#include "session/journal_location.hpp"
#include "session/session_resume.hpp"
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

SessionState stateOf(const std::vector<RunEvent>& events)
{
    SessionState state;
    for (const RunEvent& event : events) state.apply(event);
    return state;
}

} // namespace

std::string journalPathFor(const QCommandLineParser& parser, const std::string& stem)
{
    return parser.isSet("journal") ? utf8(parser.value("journal"))
                                   : newJournalPath(sessionsFolder(), stem, QDateTime::currentDateTime());
}

std::optional<std::uint64_t> seedOption(const QCommandLineParser& parser, const QString& command)
{
    if (!parser.isSet("seed")) return QRandomGenerator::system()->generate64() & largestSeed;
    bool ok = false;
    const std::uint64_t seed = parser.value("seed").toULongLong(&ok);
    if (!ok || seed > largestSeed) {
        printError(tr("%1: --seed must be a whole number from 0 to %2, not '%3'\n").arg(command).arg(largestSeed).arg(parser.value("seed")));
        return std::nullopt;
    }
    return seed;
}

void addSessionChoiceOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument("MEETING", tr("A stored meeting, as GROUP@YYYY-MM-DD: its whole agenda as one session "
                                               "(else give --method and --members)."),
                                 "[MEETING]");
    parser.addOption({"method", tr("The method to run."), "ID"});
    parser.addOption({"absent", tr("With a meeting: members who sent apologies, e.g. Anna,Bram."), "NAMES"});
    parser.addOption({"members", tr("The members present, in order, separated by commas: \"Ann,Bo,Cas\"."), "NAMES"});
    parser.addOption({"owner", tr("The case owner (default: the first member; the next one facilitates)."), "NAME"});
    parser.addOption({"minutes", tr("The minutes available (default: the method's minutes for the group)."), "M"});
    parser.addOption({"take-in", tr("Run this optional phase of the method, which runs only when chosen; repeat it, "
                                    "or separate ids by commas."), "PHASE"});
    parser.addOption({"leave-out", tr("Leave out this optional phase of the method; repeat it, or separate ids by commas."),
                      "PHASE"});
    parser.addOption({"seed", tr("The seed for anything random, to replay a session (default: a random one)."), "N"});
    parser.addOption({"journal", tr("Keep the journal in FILE (default: a new file in $XDG_STATE_HOME/palet/sessions)."), "FILE"});
}

ChosenSession chooseSession(const QCommandLineParser& parser, const QString& command)
{
    ChosenSession chosen;
    chosen.status = badUsage;
    const bool meeting = !parser.positionalArguments().isEmpty();
    if (meeting && (parser.positionalArguments().size() > 1 || parser.isSet("method") || parser.isSet("members") ||
                    parser.isSet("owner") || parser.isSet("minutes") || parser.isSet("take-in") || parser.isSet("leave-out"))) {
        printError(tr("%1: give a meeting, or --method and --members, not both\nSee '%1 --help'.\n").arg(command));
        return chosen;
    }
    if (!meeting && parser.isSet("absent")) {
        printError(tr("%1: --absent goes with a meeting; --members names who is there\n").arg(command));
        return chosen;
    }
    if (!meeting && (!parser.isSet("method") || !parser.isSet("members"))) {
        printError(tr("%1: give --method ID and --members \"Ann,Bo,Cas\"\nSee '%1 --help'.\n").arg(command));
        return chosen;
    }
    const auto language = chosenLanguage(parser);
    if (!language) return chosen;
    PlanRequest request;
    request.members = memberNames(parser.value("members"));
    request.owner = utf8(parser.value("owner").trimmed());
    request.language = *language;
    request.textLanguage = textLanguage(parser);
    for (const QString& given : parser.values("take-in"))
        for (const QString& id : given.split(',', Qt::SkipEmptyParts)) request.takeIn.push_back(utf8(id.trimmed()));
    for (const QString& given : parser.values("leave-out"))
        for (const QString& id : given.split(',', Qt::SkipEmptyParts)) request.leaveOut.push_back(utf8(id.trimmed()));
    if (parser.isSet("minutes") && !(request.minutesAvailable = intOption(parser, "minutes", 1, 24 * 60))) return chosen;
    const auto seed = seedOption(parser, command);
    if (!seed) return chosen;
    request.seed = *seed;

    if (meeting) {
        chosen.meeting = prepareMeetingSession(parser, parser.positionalArguments().first(), command, request.language,
                                               request.seed, parser.value("absent").split(',', Qt::SkipEmptyParts));
        chosen.status = chosen.meeting->status;
        if (!chosen.meeting->run) return chosen;
        for (const auto& note : chosen.meeting->run->plan.notes) printError(tr("%1: note: %2\n").arg(command, qs(note)));
        chosen.journalPath = journalPathFor(parser, "meeting");
        return chosen;
    }

    const auto catalog = loadCatalog(parser);
    if (!catalog) return chosen;
    chosen.status = badInput;
    const std::string id = utf8(parser.value("method"));
    const CatalogEntry* entry = catalog->find(id);
    if (!entry) {
        const auto suggestion = closestMatch(id, catalog->ids());
        printError(tr("%1: no method with id '%2'%3 ('palet list' shows them all)\n")
                       .arg(command, qs(id), suggestion ? tr("; did you mean '%1'?").arg(qs(*suggestion)) : QString{}));
        return chosen;
    }
    const PluginLoad load = openMethod(*entry, PluginTrace::fromEnvironment());
    if (!load.method) {
        printError(tr("%1: %2\n").arg(command, qs(load.error)));
        return chosen;
    }
    auto plan = planSession(*load.method, request);
    if (!plan.value) {
        printError(tr("%1: %2\n").arg(command, qs(plan.error)));
        return chosen;
    }
    for (const auto& note : plan.value->notes) printError(tr("%1: note: %2\n").arg(command, qs(note)));
    chosen.method = load.method;
    chosen.journalPath = journalPathFor(parser, plan.value->method.id);
    chosen.plan = std::move(*plan.value);
    chosen.status = success;
    return chosen;
}

std::optional<std::string> latestUnfinished(const QString& meeting)
{
    for (const std::string& path : journalsIn(sessionsFolder())) {
        const auto contents = readJournal(path);
        if (!contents.value || stateOf(contents.value->events).finished()) continue;
        if (meeting.isEmpty()) return path;
        const auto recorded = recordedPlanFromJson(contents.value->sessionStarted);
        if (recorded.value && qs(recorded.value->meeting).compare(meeting, Qt::CaseInsensitive) == 0) return path;
    }
    return std::nullopt;
}

ChosenSession chooseJournalSession(const QCommandLineParser& parser, const std::string& path, const QString& command)
{
    ChosenSession chosen;
    chosen.status = badInput;
    chosen.journalPath = path;
    auto contents = readJournal(path);
    if (!contents.value) {
        printError(tr("%1: %2\n").arg(command, qs(contents.error)));
        return chosen;
    }
    auto recorded = recordedPlanFromJson(contents.value->sessionStarted);
    if (!recorded.value) {
        printError(tr("%1: %2: %3\n").arg(command, qs(path), qs(recorded.error)));
        return chosen;
    }
    if (stateOf(contents.value->events).finished()) {
        printError(tr("%1: %2: this session has finished already\n").arg(command, qs(path)));
        return chosen;
    }
    chosen.contents = std::move(*contents.value);
    chosen.recorded = std::move(*recorded.value);
    const RecordedPlan& plan = *chosen.recorded;

    if (!plan.meeting.empty()) {
        chosen.meeting = prepareMeetingSession(parser, qs(plan.meeting), command, plan.language, plan.seed, {}, &plan.members,
                                               chosen.contents->sessionStarted["plan"].toObject());
        chosen.status = chosen.meeting->status;
        return chosen;
    }
    const auto catalog = loadCatalog(parser);
    if (!catalog) {
        chosen.status = badUsage;
        return chosen;
    }
    const CatalogEntry* entry = catalog->find(plan.methodId);
    if (!entry) {
        printError(tr("%1: the session ran %2, which Palet no longer finds\n").arg(command, qs(plan.methodId)));
        return chosen;
    }
    // The session ran with this plugin: it is needed again even if it broke down since, and it
    // hears nothing past the point where it did.
    const PluginLoad load = openMethod(*entry, PluginTrace::fromEnvironment(), AfterBreakdown::retry);
    if (!load.method) {
        printError(tr("%1: %2\n").arg(command, qs(load.error)));
        return chosen;
    }
    auto made = planSession(*load.method, planRequestFrom(plan));
    if (!made.value) {
        printError(tr("%1: %2\n").arg(command, qs(made.error)));
        return chosen;
    }
    chosen.method = load.method;
    chosen.plan = std::move(*made.value);
    chosen.status = success;
    return chosen;
}

} // namespace palet::cli
