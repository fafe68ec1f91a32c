// palet report: what a meeting run live left in the records, as text, Markdown, HTML or JSON.

#include "commands.hpp"

#include "cli_context.hpp"
#include "records_context.hpp"

#include "planning/held_report.hpp"
#include "records/meeting_records.hpp"
#include "translate.hpp"

namespace palet::cli {

int runReport(const QStringList& arguments)
{
    QCommandLineParser parser;
    addStoreOption(parser);
    addCatalogOptions(parser); // the methods of the plan that was held, for who held which role
    parser.addPositionalArgument("MEETING", tr("The meeting, as GROUP@YYYY-MM-DD."));
    parser.addOption({"format", tr("text (default), md, html or json."), "FORMAT"});
    parser.addOption({"with-texts", tr("Also the takeaways (they are confidential).")});
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments,
                                       tr("Report on a meeting: each part planned against actual, the overruns, the cases "
                                          "treated and who was there.")))
        return *done;
    const QString format = parser.isSet("format") ? parser.value("format") : QStringLiteral("text");
    if (!QStringList{"text", "md", "html", "json"}.contains(format))
        return misuse(command, tr("--format must be text, md, html or json, not '%1'").arg(format));
    if (!hasPositionals(parser, command, 1, tr("the meeting, as GROUP@YYYY-MM-DD"))) return badUsage;
    const auto reference = meetingArgument(parser.positionalArguments().first(), command);
    if (!reference) return badUsage;
    const auto catalog = loadCatalog(parser);
    if (!catalog) return badUsage;
    auto opened = openChosenStore(parser, command);
    if (!opened.store) return opened.status;
    const auto meeting = findMeeting(*opened.store, *reference);
    if (!meeting) return refuse(command, meeting.error);
    const auto report = gatherHeldReport(*opened.store, *catalog, *meeting, parser.isSet("with-texts"));
    if (!report) return refuse(command, report.error);
    if (format == "json")
        printJson(reportJson(*report));
    else if (format == "md")
        printOut(reportMarkdown(*report));
    else if (format == "html")
        printOut(reportHtml(*report));
    else
        printOut(reportText(*report));
    return success;
}

} // namespace palet::cli
