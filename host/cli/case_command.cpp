#include "commands.hpp"

#include "cli_context.hpp"
#include "records_context.hpp"
#include "subcommands.hpp"
#include "terminal_width.hpp"

#include "records/calendar_text.hpp"
#include "records/case_choices.hpp"
#include "records/case_records.hpp"
#include "records/meeting_records.hpp"
#include "records/record_json.hpp"
#include "text/domain_words.hpp"
#include "text/text_layout.hpp"
#include "translate.hpp"

#include <QJsonArray>

namespace palet::cli {
namespace {

std::optional<CaseStatus> statusOption(const QCommandLineParser& parser, const QString& command)
{
    const auto status = readCaseStatus(parser.value("status"));
    if (!status.value) misuse(command, "--status: " + status.error);
    return status.value;
}

// A theme of the methods at hand, typed in English or Dutch; empty: none.
std::optional<std::string> themeOption(const QCommandLineParser& parser, const QString& command)
{
    const QString typed = parser.value("theme").trimmed();
    if (typed.isEmpty()) return std::string{};
    const auto catalog = loadCatalog(parser);
    if (!catalog) return std::nullopt;
    const auto theme = readTheme(typed, catalog->themes());
    if (!theme.value) misuse(command, "--theme: " + theme.error);
    return theme.value;
}

int addCaseCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    addStoreOption(parser);
    addJsonOption(parser);
    parser.addPositionalArgument("MEETING", tr("The meeting, as GROUP@YYYY-MM-DD."));
    parser.addOption({"owner", tr("The member who brings the case in (required)."), "NAME"});
    parser.addOption({"label", tr("A short label, at most 80 characters (required)."), "TEXT"});
    parser.addOption({"text", tr("The longer description, optional; '-' reads it from standard input."), "TEXT"});
    parser.addOption({"status", tr("brought-in (default), chosen, treated or looked-back."), "STATUS"});
    parser.addOption({"takeaway", tr("What the owner takes away from it."), "TEXT"});
    parser.addOption({"theme", tr("The kind of problem, for choosing its method (see 'palet list --themes')."), "THEME"});
    addCatalogOptions(parser);
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments,
                                       tr("Bring a case in to a meeting. Only its owner and a short label are needed.")))
        return *done;
    if (!hasPositionals(parser, command, 1, tr("the meeting, as GROUP@YYYY-MM-DD"))) return badUsage;
    if (!parser.isSet("owner") || !parser.isSet("label")) return misuse(command, tr("--owner and --label are required"));
    const auto reference = meetingArgument(parser.positionalArguments().first(), command);
    if (!reference) return badUsage;
    NewCase newCase;
    newCase.ownerName = parser.value("owner");
    newCase.label = parser.value("label");
    if (parser.isSet("status")) {
        const auto status = statusOption(parser, command);
        if (!status) return badUsage;
        newCase.status = *status;
    }
    newCase.text = textOption(parser, "text");
    newCase.takeaway = parser.value("takeaway");
    const auto theme = themeOption(parser, command);
    if (!theme) return badUsage;
    newCase.theme = QString::fromStdString(*theme);

    auto opened = openChosenStore(parser, command);
    if (!opened.store) return opened.status;
    Store& store = *opened.store;
    const auto meeting = findMeeting(store, *reference);
    if (!meeting) return refuse(command, meeting.error);
    const auto added = addCase(store, *meeting, newCase);
    if (!added) return refuse(command, added.error);
    const auto meetings = meetingsOf(store, meeting->groupId);
    if (!meetings) return refuse(command, meetings.error);
    if (parser.isSet("json")) {
        printJson(caseJson(*added, false));
        return success;
    }
    printOut(tr("Added case %1 to %2: '%3' (%4).\n")
                 .arg(added->number)
                 .arg(meetingReferenceText(*meeting, *meetings), added->label, added->ownerName));
    return success;
}

int listCases(const QStringList& arguments)
{
    QCommandLineParser parser;
    addStoreOption(parser);
    addJsonOption(parser);
    parser.addPositionalArgument("MEETING", tr("The meeting, as GROUP@YYYY-MM-DD."));
    parser.addOption({"text", tr("Also print each case's text and takeaway (they are confidential).")});
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments, tr("List the cases of a meeting."))) return *done;
    if (!hasPositionals(parser, command, 1, tr("the meeting, as GROUP@YYYY-MM-DD"))) return badUsage;
    const auto reference = meetingArgument(parser.positionalArguments().first(), command);
    if (!reference) return badUsage;
    auto opened = openChosenStore(parser, command);
    if (!opened.store) return opened.status;
    const Store& store = *opened.store;
    const auto meeting = findMeeting(store, *reference);
    if (!meeting) return refuse(command, meeting.error);
    const auto cases = casesOf(store, meeting->id);
    if (!cases) return refuse(command, cases.error);
    const auto meetings = meetingsOf(store, meeting->groupId);
    if (!meetings) return refuse(command, meetings.error);
    const bool withTexts = parser.isSet("text");

    if (parser.isSet("json")) {
        QJsonArray array;
        for (const Case& found : *cases) array.append(caseJson(found, withTexts));
        printJson(array);
        return success;
    }
    const int width = outputWidth();
    QString out = tr("Cases of %1 (%2, %3–%4): %5\n")
                      .arg(meetingReferenceText(*meeting, *meetings), meetingStatusText(meeting->status),
                           clockTimeText(meeting->start), clockTimeText(meeting->end), caseCountText(static_cast<int>(cases->size())));
    if (cases->empty()) {
        printOut(out);
        return success;
    }
    std::vector<QStringList> rows{{"  #", tr("OWNER"), tr("STATUS"), tr("TRIAGE"), tr("VOTES"), tr("THEME"), tr("METHOD"), tr("LABEL")}};
    for (const Case& found : *cases) {
        QString label = found.label;
        if (!withTexts && !found.text.isEmpty()) label += ' ' + tr("[has text]");
        rows.push_back({"  " + QString::number(found.number), found.ownerName, caseStatusText(found.status),
                        found.triage ? caseTriageText(*found.triage) : tr("not yet"), QString::number(found.votes),
                        found.theme.isEmpty() ? QString("–") : themeText(utf8(found.theme)),
                        found.methodId.isEmpty() ? QString("–") : found.methodId, label});
    }
    if (!withTexts) {
        printOut(out + table(rows, width));
        return success;
    }
    for (const Case& found : *cases) {
        out += QString("\n%1. %2 (%3, %4)\n").arg(found.number).arg(found.label, found.ownerName, caseStatusText(found.status));
        if (!found.text.isEmpty())
            for (const QString& paragraph : found.text.split('\n')) out += "   " + hangingIndent(paragraph, 3, width) + '\n';
        if (!found.takeaway.isEmpty()) out += "   " + hangingIndent(tr("Takeaway: %1").arg(found.takeaway), 3, width) + '\n';
        if (!found.followUp.isEmpty()) out += "   " + hangingIndent(tr("Follow-up: %1").arg(found.followUp), 3, width) + '\n';
    }
    printOut(out);
    return success;
}

// The meeting and the case number of `palet case triage|vote|method MEETING CASE`, and the store.
struct CaseTarget {
    std::optional<Store> store;
    std::optional<Meeting> meeting;
    int number = 0;
    int status = success;
};

CaseTarget caseTarget(const QCommandLineParser& parser, const QString& command)
{
    CaseTarget target;
    target.status = badUsage;
    if (!hasPositionals(parser, command, 2, tr("the meeting, as GROUP@YYYY-MM-DD, and the case's number"))) return target;
    const auto reference = meetingArgument(parser.positionalArguments().first(), command);
    if (!reference) return target;
    bool isNumber = false;
    target.number = parser.positionalArguments()[1].toInt(&isNumber);
    if (!isNumber) {
        misuse(command, tr("the case is given by its number (see 'palet case list'), not '%1'").arg(parser.positionalArguments()[1]));
        return target;
    }
    auto opened = openChosenStore(parser, command);
    if (!opened.store) {
        target.status = opened.status;
        return target;
    }
    const auto meeting = findMeeting(*opened.store, *reference);
    if (!meeting) {
        target.status = refuse(command, meeting.error);
        return target;
    }
    target.store = std::move(opened.store);
    target.meeting = *meeting;
    target.status = success;
    return target;
}

int printChangedCase(const StoreResult<Case>& changed, const QCommandLineParser& parser, const QString& command, const QString& what)
{
    if (!changed) return refuse(command, changed.error);
    if (parser.isSet("json"))
        printJson(caseJson(*changed, false));
    else
        printOut(tr("Case %1 '%2' (%3): %4.\n").arg(changed->number).arg(changed->label, changed->ownerName, what));
    return success;
}

void addCaseTargetOptions(QCommandLineParser& parser)
{
    addStoreOption(parser);
    addJsonOption(parser);
    parser.addPositionalArgument("MEETING", tr("The meeting, as GROUP@YYYY-MM-DD."));
    parser.addPositionalArgument("CASE", tr("The case's number, as 'palet case list' shows it."));
}

int triageCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCaseTargetOptions(parser);
    parser.addOption({"as", tr("intervision, coaching (too personal) or work-meeting (too much about content); in Dutch too."), "KIND"});
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments,
                                       tr("Say whether a case suits intervision, or is better served by individual coaching "
                                          "or a work meeting.")))
        return *done;
    if (!parser.isSet("as")) return misuse(command, tr("--as is required"));
    const auto triage = readCaseTriage(parser.value("as"));
    if (!triage.value) return misuse(command, "--as: " + triage.error);
    CaseTarget target = caseTarget(parser, command);
    if (!target.store) return target.status;
    return printChangedCase(triageCase(*target.store, *target.meeting, target.number, *triage.value), parser, command,
                            tr("triaged as %1").arg(caseTriageText(*triage.value)));
}

int voteCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCaseTargetOptions(parser);
    parser.addOption({"votes", tr("How many members find the case current and appealing."), "N"});
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments,
                                       tr("Record how many members find a case current and appealing; the most votes go first.")))
        return *done;
    if (!parser.isSet("votes")) return misuse(command, tr("--votes is required"));
    const auto votes = intOption(parser, "votes", 0, 1000); // the group's size bounds it further
    if (!votes) return badUsage;
    CaseTarget target = caseTarget(parser, command);
    if (!target.store) return target.status;
    return printChangedCase(voteForCase(*target.store, *target.meeting, target.number, *votes), parser, command,
                            tr("%n vote(s)", *votes));
}

int methodCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCaseTargetOptions(parser);
    addCatalogOptions(parser);
    parser.addOption({"method", tr("The method's id; empty: let the plan recommend one."), "ID"});
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments, tr("Choose the method a case is treated with."))) return *done;
    if (!parser.isSet("method")) return misuse(command, tr("--method is required"));
    const QString methodId = parser.value("method").trimmed();
    if (!methodId.isEmpty()) {
        const auto catalog = loadCatalog(parser);
        if (!catalog) return badUsage;
        const CatalogEntry* entry = catalog->find(utf8(methodId));
        if (!entry || entry->spec().kind != MethodKind::method)
            return refuse(command, tr("there is no method '%1'; see 'palet list'").arg(methodId));
    }
    CaseTarget target = caseTarget(parser, command);
    if (!target.store) return target.status;
    return printChangedCase(chooseMethodFor(*target.store, *target.meeting, target.number, methodId), parser, command,
                            methodId.isEmpty() ? tr("the plan recommends its method") : tr("treated with %1").arg(methodId));
}

int themeCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCaseTargetOptions(parser);
    addCatalogOptions(parser);
    parser.addOption({"theme", tr("The kind of problem, in English or Dutch (see 'palet list --themes'); '' for none."), "THEME"});
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments, tr("Say what kind of problem a case is, so the plan can match a method to it.")))
        return *done;
    if (!parser.isSet("theme")) return misuse(command, tr("--theme is required"));
    const auto theme = themeOption(parser, command);
    if (!theme) return badUsage;
    CaseTarget target = caseTarget(parser, command);
    if (!target.store) return target.status;
    return printChangedCase(setCaseTheme(*target.store, *target.meeting, target.number, *theme), parser, command,
                            theme->empty() ? tr("no theme") : tr("theme %1").arg(themeText(*theme)));
}

} // namespace

int runCase(const QStringList& arguments)
{
    static const std::vector<Subcommand> subcommands{
        {"add", addCaseCommand, QT_TRANSLATE_NOOP("palet", "Bring a case in to a meeting.")},
        {"list", listCases, QT_TRANSLATE_NOOP("palet", "List the cases of a meeting.")},
        {"triage", triageCommand, QT_TRANSLATE_NOOP("palet", "Say whether a case suits intervision.")},
        {"vote", voteCommand, QT_TRANSLATE_NOOP("palet", "Record how many members find a case current and appealing.")},
        {"method", methodCommand, QT_TRANSLATE_NOOP("palet", "Choose the method a case is treated with.")},
        {"theme", themeCommand, QT_TRANSLATE_NOOP("palet", "Say what kind of problem a case is.")},
    };
    return runSubcommand(arguments, subcommands,
                         tr("Cases (leervragen) brought in to a meeting, named GROUP@YYYY-MM-DD."));
}

} // namespace palet::cli
