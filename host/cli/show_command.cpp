#include "commands.hpp"

#include "cli_context.hpp"
#include "terminal_width.hpp"

#include "catalog/method_json.hpp"
#include "did_you_mean.hpp"
#include "handout/method_handout.hpp"
#include "text/method_figures.hpp"
#include "translate.hpp"

#include <QJsonDocument>

namespace palet::cli {

int runShow(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCatalogOptions(parser);
    addLanguageOption(parser);
    parser.addPositionalArgument("ID", tr("The method to show."));
    parser.addOption({"group-size", tr("Give the minutes for N members (default: the method's ideal)."), "N"});
    parser.addOption({"format", tr("The handout as text (default), md (Markdown) or html."), "FORMAT"});
    parser.addOption({"json", tr("Print a JSON object (see docs/json-output.md).")});
    if (const auto done = parseCommand(parser, arguments, tr("Show one method as a one-page handout: phases, roles and minutes.")))
        return *done;
    if (parser.positionalArguments().size() != 1) {
        printError(tr("palet show: give exactly one method id\nSee 'palet show --help'.\n"));
        return badUsage;
    }
    const auto language = chosenLanguage(parser);
    if (!language) return badUsage;
    std::optional<int> groupSize;
    if (parser.isSet("group-size") && !(groupSize = intOption(parser, "group-size", 2, 40))) return badUsage;
    const auto format = handoutFormatFromId(utf8(parser.value("format").isEmpty() ? "text" : parser.value("format")));
    if (!format) {
        printError(tr("palet show: --format must be text, md or html, not '%1'\n").arg(parser.value("format")));
        return badUsage;
    }
    const auto catalog = loadCatalog(parser);
    if (!catalog) return badUsage;

    const std::string id = utf8(parser.positionalArguments().first());
    const CatalogEntry* entry = catalog->find(id);
    if (!entry) {
        const auto suggestion = closestMatch(id, catalog->ids());
        printError(tr("palet show: no method with id '%1'%2 ('palet list' shows them all)\n")
                       .arg(qs(id), suggestion ? tr("; did you mean '%1'?").arg(qs(*suggestion)) : QString{}));
        return badInput;
    }
    const int members = groupSize.value_or(entry->spec().groupSize.ideal);
    if (!entry->spec().groupSize.admits(members))
        printError(tr("palet show: note: %1 is meant for %2 members; minutes are given for %3\n")
                       .arg(qs(id), groupSizeText(entry->spec().groupSize))
                       .arg(members));
    if (parser.isSet("json"))
        printJson(QJsonDocument{methodDetailJson(*entry, members, *language)});
    else
        printOut(renderHandout(*entry, members, *language, *format, outputWidth(), textLanguage(parser)));
    return success;
}

} // namespace palet::cli
