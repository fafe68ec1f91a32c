#include "commands.hpp"

#include "cli_context.hpp"
#include "text/method_figures.hpp"
#include "terminal_width.hpp"
#include "text/text_layout.hpp"

#include "planning/recommendation.hpp"
#include "text/domain_words.hpp"
#include "translate.hpp"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace palet::cli {
namespace {

// "dromer=3,denker=2" or "dromer,dromer,denker": how many members have each style.
std::optional<std::map<LearningStyle, int>> parseStyles(const QString& text)
{
    std::map<LearningStyle, int> counts;
    for (const QString& part : text.split(',', Qt::SkipEmptyParts)) {
        const QStringList pair = part.trimmed().split('=');
        const auto style = learningStyleFromId(utf8(pair.first().trimmed()));
        bool ok = true;
        const int count = pair.size() == 2 ? pair[1].trimmed().toInt(&ok) : 1;
        if (!style || pair.size() > 2 || !ok || count < 0 || count > 40) {
            printError(tr("palet recommend: --styles: '%1' is not STYLE or STYLE=COUNT (styles: doener, dromer, denker, beslisser)\n")
                           .arg(part.trimmed()));
            return std::nullopt;
        }
        counts[*style] += count;
    }
    return counts;
}

QJsonArray reasonsJson(const std::vector<std::string>& reasons)
{
    QJsonArray array;
    for (const auto& reason : reasons) array.append(qs(reason));
    return array;
}

QJsonObject resultJson(const GroupProfile& group, const Recommendations& result, Language language)
{
    QJsonObject styles;
    for (const auto& [style, count] : group.styles) styles[qs(learningStyleId(style))] = count;
    QJsonObject input{{"members", group.members},
                      {"minutes", group.minutesAvailable},
                      {"styles", styles},
                      {"problem", group.problemKind ? QJsonValue{qs(*group.problemKind)} : QJsonValue{}},
                      {"experience", group.experienced ? "experienced" : "new"},
                      {"trained_facilitator", group.trainedFacilitator},
                      {"language", group.language ? QJsonValue{qs(languageCode(*group.language))} : QJsonValue{}}};
    QJsonArray ranked;
    int rank = 1;
    for (const auto& recommendation : result.ranked)
        ranked.append(QJsonObject{{"rank", rank++},
                                  {"id", qs(recommendation.entry->spec().id)},
                                  {"name", qs(recommendation.entry->spec().name.in(language))},
                                  {"score", recommendation.score},
                                  {"minutes", QJsonObject{{"min", recommendation.minutes.min}, {"max", recommendation.minutes.max}}},
                                  {"reasons", reasonsJson(recommendation.reasons)}});
    QJsonArray leftOut;
    for (const auto& left : result.leftOut)
        leftOut.append(QJsonObject{{"id", qs(left.entry->spec().id)},
                                   {"name", qs(left.entry->spec().name.in(language))},
                                   {"reasons", reasonsJson(left.reasons)}});
    return {{"group", input}, {"ranked", ranked}, {"left_out", leftOut}};
}

QString resultText(const GroupProfile& group, const Recommendations& result, Language language, int top, int width)
{
    // Whole phrases, not an adjective slotted in: "an experienced group" and "een ervaren groep".
    QString out = tr("For %1 people and %2 minutes; %3, %4:\n")
                      .arg(group.members)
                      .arg(group.minutesAvailable)
                      .arg(group.experienced ? tr("an experienced group") : tr("a new group"),
                           group.trainedFacilitator ? tr("with a trained facilitator") : tr("no trained facilitator"));
    if (result.ranked.empty()) out += tr("\nNo method fits. See what was left out and why.\n");
    int rank = 1;
    for (const auto& recommendation : result.ranked) {
        if (top > 0 && rank > top) break;
        out += QString("\n%1. %2 (%3)  %4\n")
                   .arg(rank++)
                   .arg(qs(recommendation.entry->spec().name.in(language)), qs(recommendation.entry->spec().id),
                        tr("score %1").arg(recommendation.score));
        for (const auto& reason : recommendation.reasons) out += "   - " + hangingIndent(qs(reason), 5, width) + '\n';
    }
    if (!result.leftOut.empty()) {
        out += '\n' + tr("Left out:") + '\n';
        for (const auto& left : result.leftOut) {
            QStringList reasons;
            for (const auto& reason : left.reasons) reasons << qs(reason);
            out += "  " + hangingIndent(QString("%1: %2").arg(qs(left.entry->spec().id), reasons.join("; ")), 4, width) + '\n';
        }
    }
    return out;
}

} // namespace

int runRecommend(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCatalogOptions(parser);
    addLanguageOption(parser);
    parser.addOption({"group-size", tr("Members present (required)."), "N"});
    parser.addOption({"minutes", tr("Minutes available for the case (required)."), "M"});
    parser.addOption({"styles", tr("Learning styles present, e.g. dromer=3,denker=2."), "LIST"});
    parser.addOption({"problem", tr("The kind of problem, e.g. dilemma, communication."), "KIND"});
    parser.addOption({"experience", tr("The group is new (default) or experienced."), "new|experienced"});
    parser.addOption({"trained-facilitator", tr("A trained facilitator is present.")});
    parser.addOption({"top", tr("Show only the first K (the JSON always holds all)."), "K"});
    parser.addOption({"json", tr("Print a JSON object (see docs/recommend.md).")});
    if (const auto done = parseCommand(parser, arguments,
                                       tr("Rank the methods for this group, case and time, with the reasons.")))
        return *done;
    if (!parser.isSet("group-size") || !parser.isSet("minutes")) {
        printError(tr("palet recommend: --group-size and --minutes are required\nSee 'palet recommend --help'.\n"));
        return badUsage;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(tr("palet recommend: unexpected argument '%1'\n").arg(parser.positionalArguments().first()));
        return badUsage;
    }
    const auto language = chosenLanguage(parser);
    const auto members = intOption(parser, "group-size", 2, 40);
    const auto minutes = members ? intOption(parser, "minutes", 1, 24 * 60) : std::nullopt;
    if (!language || !members || !minutes) return badUsage;

    GroupProfile group;
    group.members = *members;
    group.minutesAvailable = *minutes;
    if (parser.isSet("styles")) {
        const auto styles = parseStyles(parser.value("styles"));
        if (!styles) return badUsage;
        group.styles = *styles;
    }
    const QString experience = parser.value("experience");
    if (!experience.isEmpty() && experience != "new" && experience != "experienced") {
        printError(tr("palet recommend: --experience must be new or experienced, not '%1'\n").arg(experience));
        return badUsage;
    }
    group.experienced = experience == "experienced";
    group.trainedFacilitator = parser.isSet("trained-facilitator");
    if (parser.isSet("lang")) group.language = *language;
    int top = 0;
    if (parser.isSet("top")) {
        const auto given = intOption(parser, "top", 1, 1000);
        if (!given) return badUsage;
        top = *given;
    }

    const auto catalog = loadCatalog(parser);
    if (!catalog) return badUsage;
    if (parser.isSet("problem")) {
        const auto theme = readTheme(parser.value("problem"), catalog->themes());
        if (!theme.value) {
            printError(tr("palet recommend: --problem: %1\n").arg(theme.error));
            return badUsage;
        }
        group.problemKind = *theme.value;
    }
    const Recommendations result = recommend(*catalog, group);
    if (parser.isSet("json"))
        printJson(QJsonDocument{resultJson(group, result, *language)});
    else
        printOut(resultText(group, result, *language, top, outputWidth()));
    return success;
}

} // namespace palet::cli
