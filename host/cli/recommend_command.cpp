#include "commands.hpp"

#include "cli_context.hpp"
#include "text/method_figures.hpp"
#include "terminal_width.hpp"
#include "text/text_layout.hpp"

#include "planning/recommendation.hpp"
#include "text/domain_words.hpp"
#include "translate.hpp"

#include "text/json_writer.hpp"

#include <cstdio>
#include <map>

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

// Written straight out rather than built as QJsonObjects: the ranking of a thousand methods is
// large. Members in alphabetical order, as QJsonDocument gave them.
std::string resultJson(const GroupProfile& group, const Recommendations& result, Language language)
{
    JsonWriter out{jsonLayout()};
    const auto reasons = [&](const std::vector<std::string>& all) {
        out.key("reasons");
        out.beginArray();
        for (const auto& reason : all) out.value(reason);
        out.endArray();
    };
    out.beginObject();
    out.key("group");
    out.beginObject();
    out.key("experience");
    out.value(group.experienced ? "experienced" : "new");
    out.key("language");
    if (group.language)
        out.value(languageCode(*group.language));
    else
        out.null();
    out.key("members");
    out.value(group.members);
    out.key("minutes");
    out.value(group.minutesAvailable);
    out.key("problem");
    if (group.problemKind)
        out.value(*group.problemKind);
    else
        out.null();
    out.key("styles");
    out.beginObject();
    std::map<std::string_view, int> styles; // by id
    for (const auto& [style, count] : group.styles) styles[learningStyleId(style)] = count;
    for (const auto& [id, count] : styles) {
        out.key(id);
        out.value(count);
    }
    out.endObject();
    out.key("trained_facilitator");
    out.value(group.trainedFacilitator);
    out.endObject();

    out.key("left_out");
    out.beginArray();
    for (const auto& left : result.leftOut) {
        out.beginObject();
        out.key("id");
        out.value(left.entry->headline().id);
        out.key("name");
        out.value(left.entry->overview().name.in(language));
        reasons(left.reasons);
        out.endObject();
    }
    out.endArray();

    out.key("ranked");
    out.beginArray();
    int rank = 1;
    for (const auto& recommendation : result.ranked) {
        out.beginObject();
        out.key("id");
        out.value(recommendation.entry->headline().id);
        out.key("minutes");
        out.beginObject();
        out.key("max");
        out.value(recommendation.minutes.max);
        out.key("min");
        out.value(recommendation.minutes.min);
        out.endObject();
        out.key("name");
        out.value(recommendation.entry->overview().name.in(language));
        out.key("rank");
        out.value(rank++);
        reasons(recommendation.reasons);
        out.key("score");
        out.value(recommendation.score);
        out.endObject();
    }
    out.endArray();
    out.endObject();
    return out.take();
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
    const QString score = tr("score %1"); // translated once, not once a method
    int rank = 1;
    for (const auto& recommendation : result.ranked) {
        if (top > 0 && rank > top) break;
        out += QString("\n%1. %2 (%3)  %4\n")
                   .arg(rank++)
                   .arg(qs(recommendation.entry->overview().name.in(language)), qs(recommendation.entry->overview().id),
                        score.arg(recommendation.score));
        for (const auto& reason : recommendation.reasons) out += "   - " + hangingIndent(qs(reason), 5, width) + '\n';
    }
    if (!result.leftOut.empty()) {
        out += '\n' + tr("Left out:") + '\n';
        for (const auto& left : result.leftOut) {
            QStringList reasons;
            for (const auto& reason : left.reasons) reasons << qs(reason);
            out += "  " + hangingIndent(QString("%1: %2").arg(qs(left.entry->overview().id), reasons.join("; ")), 4, width) + '\n';
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
    if (parser.isSet("json")) {
        const std::string json = resultJson(group, result, *language);
        std::fwrite(json.data(), 1, json.size(), stdout);
    } else
        printOut(resultText(group, result, *language, top, outputWidth()));
    return success;
}

} // namespace palet::cli
