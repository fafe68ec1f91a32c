// palet plan and palet agenda: a meeting's agenda from the records, printed, saved or exported.

#include "commands.hpp"

#include "cli_context.hpp"
#include "records_context.hpp"

#include "planning/agenda_calendar.hpp"
#include "planning/agenda_formats.hpp"
#include "planning/plan_gathering.hpp"
#include "records/meeting_records.hpp"
#include "translate.hpp"

#include <QRegularExpression>

#include <cstdio>

namespace palet::cli {
namespace {

void addPlanOptions(QCommandLineParser& parser)
{
    addStoreOption(parser);
    addCatalogOptions(parser);
    addLanguageOption(parser);
    parser.addPositionalArgument("MEETING", tr("The meeting, as GROUP@YYYY-MM-DD."));
    parser.addOption({"method", tr("Treat case N with this method, e.g. 2=incident-method (repeatable)."), "N=ID"});
    parser.addOption({"cases", tr("Treat this many cases (default: as many as fit)."), "N"});
    parser.addOption({"absent", tr("Members who sent apologies, e.g. Anna,Bram."), "NAMES"});
}

// The plan the options ask for; nothing when the command must stop with `status`.
struct Planned {
    std::optional<GatheredPlan> gathered;
    std::optional<Store> store;
    int status = success;
};

Planned plan(const QCommandLineParser& parser, const QString& command)
{
    Planned planned;
    planned.status = badUsage;
    if (!hasPositionals(parser, command, 1, tr("the meeting, as GROUP@YYYY-MM-DD"))) return planned;
    const auto reference = meetingArgument(parser.positionalArguments().first(), command);
    if (!reference) return planned;
    const auto language = chosenLanguage(parser);
    if (!language) return planned;
    PlanOptions options;
    options.language = *language;
    static const QRegularExpression methodChoice{"^\\s*(\\d{1,3})\\s*=\\s*([a-z0-9][a-z0-9.-]*)\\s*$"};
    for (const QString& value : parser.values("method")) {
        const auto match = methodChoice.match(value);
        if (!match.hasMatch()) {
            misuse(command, tr("--method takes N=ID, the case's number and a method id, not '%1'").arg(value));
            return planned;
        }
        options.methods[match.captured(1).toInt()] = match.captured(2);
    }
    if (parser.isSet("cases")) {
        const auto count = intOption(parser, "cases", 0, 20);
        if (!count) return planned;
        options.caseCount = *count;
    }
    for (const QString& name : parser.value("absent").split(',', Qt::SkipEmptyParts)) options.absent << name.trimmed();

    const auto catalog = loadCatalog(parser);
    if (!catalog) return planned;
    auto opened = openChosenStore(parser, command);
    if (!opened.store) {
        planned.status = opened.status;
        return planned;
    }
    const auto meeting = findMeeting(*opened.store, *reference);
    if (!meeting) {
        planned.status = refuse(command, meeting.error);
        return planned;
    }
    auto gathered = gatherPlan(*opened.store, *catalog, *meeting, options);
    if (!gathered) {
        planned.status = refuse(command, gathered.error);
        return planned;
    }
    planned.gathered = std::move(*gathered);
    planned.store = std::move(opened.store);
    planned.status = success;
    return planned;
}

// A plan that does not fit is still shown, and then the command fails: the data is wrong.
int fitStatus(const GatheredPlan& gathered) { return gathered.plan.fits ? success : badInput; }

} // namespace

int runPlan(const QStringList& arguments)
{
    QCommandLineParser parser;
    addPlanOptions(parser);
    addJsonOption(parser);
    parser.addOption({"save", tr("Record the chosen cases, their methods, the chair and the timekeeper.")});
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments,
                                       tr("Plan a meeting: the agenda with clock times, the cases chosen with their methods, "
                                          "and who chairs and keeps time.")))
        return *done;
    Planned planned = plan(parser, command);
    if (!planned.gathered) return planned.status;
    const GatheredPlan& gathered = *planned.gathered;
    if (parser.isSet("json"))
        printJson(agendaJson(gathered));
    else
        printOut(agendaText(gathered));
    // Which cases and why stays out of the agenda, which may be passed round; the facilitator is
    // told where to look.
    if (!parser.isSet("json") && !gathered.plan.setAside.empty())
        printOut('\n' + tr("%n case(s) not treated this time; 'palet case list %1' shows which and why.\n",
                           static_cast<int>(gathered.plan.setAside.size()))
                            .arg(gathered.reference));
    if (!gathered.plan.fits) return badInput;
    if (parser.isSet("save")) {
        if (const auto saved = savePlan(*planned.store, gathered); !saved) return refuse(command, saved.error);
        if (!parser.isSet("json"))
            printOut('\n' + tr("Saved: %1 chosen, with the chair and timekeeper of each part.\n")
                                .arg(caseCountText(static_cast<int>(gathered.plan.chosen.size()))));
    }
    return success;
}

int runAgenda(const QStringList& arguments)
{
    QCommandLineParser parser;
    addPlanOptions(parser);
    parser.addOption({"format", tr("text (default), md, html, ics or json."), "FORMAT"});
    parser.addOption({"each-part", tr("With --format ics: also one event for each part of the agenda.")});
    parser.addOption({"with-cases", tr("With --format ics: name the members and the cases too (by default a calendar "
                                       "names no one).")});
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments,
                                       tr("Write a meeting's agenda as text, Markdown, HTML, iCalendar or JSON.")))
        return *done;
    const QString format = parser.isSet("format") ? parser.value("format") : QStringLiteral("text");
    if (!QStringList{"text", "md", "html", "ics", "json"}.contains(format))
        return misuse(command, tr("--format must be text, md, html, ics or json, not '%1'").arg(format));
    Planned planned = plan(parser, command);
    if (!planned.gathered) return planned.status;
    const GatheredPlan& gathered = *planned.gathered;
    if (format == "json")
        printJson(agendaJson(gathered));
    else if (format == "md")
        printOut(agendaMarkdown(gathered));
    else if (format == "html")
        printOut(agendaHtml(gathered));
    else if (format == "ics")
        printOut(QString::fromUtf8(agendaCalendar(gathered, parser.isSet("each-part"), parser.isSet("with-cases"))));
    else
        printOut(agendaText(gathered));
    return fitStatus(gathered);
}

} // namespace palet::cli
