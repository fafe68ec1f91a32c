#include "commands.hpp"

#include "cli_context.hpp"
#include "method_text.hpp"
#include "text_layout.hpp"

#include "catalog/method_json.hpp"
#include "did_you_mean.hpp"
#include "translate.hpp"

#include <QJsonDocument>

#include <algorithm>

namespace palet::cli {
namespace {

QString section(const QString& title) { return '\n' + title + '\n'; }

QString sourceText(const Attribution& source, Language language)
{
    QStringList parts;
    for (const auto* part : {&source.author, &source.title, &source.publisher, &source.year})
        if (!part->empty()) parts << qs(*part);
    QString text = parts.join(", ");
    if (!source.url.empty()) text += " <" + qs(source.url) + ">";
    if (!source.note.empty()) text += ". " + qs(source.note.in(language));
    return text;
}

QString roleName(const MethodSpec& spec, const std::string& roleId, Language language)
{
    const Role* role = spec.role(roleId);
    return role ? qs(role->name.in(language)) : qs(roleId);
}

// The one-page text form of a method for a group of `members`.
QString methodText(const CatalogEntry& entry, int members, Language language, int width)
{
    const MethodSpec& spec = entry.spec;
    const MinuteRange total = spec.minutesFor(members);
    QString out = qs(spec.name.in(language)) + '\n';
    out += wrap(tr("%1 %2 · %3 minutes for %4 people · group of %5 (ideal %6)")
                    .arg(qs(spec.id), qs(spec.version.toString()), minutesText(total))
                    .arg(members)
                    .arg(groupSizeText(spec.groupSize))
                    .arg(spec.groupSize.ideal),
                width)
               .join('\n') + '\n';
    if (!spec.summary.empty()) out += '\n' + wrap(qs(spec.summary.in(language)), width).join('\n') + '\n';
    if (!spec.description.empty()) out += '\n' + wrap(qs(spec.description.in(language)), width).join('\n') + '\n';

    std::vector<QStringList> facts;
    if (!spec.styles.empty())
        facts.push_back({tr("Suits"), stylesText(spec, language) +
                                          (spec.styleBasis == StyleBasis::judgement ? tr(" (our judgement)") : tr(" (per the source)"))});
    if (!spec.themes.empty()) {
        QStringList themes;
        for (const auto& theme : spec.themes) themes << qs(theme);
        facts.push_back({tr("Themes"), themes.join(", ")});
    }
    if (!spec.conditions.empty()) {
        QStringList conditions;
        for (Condition condition : spec.conditions) conditions << qs(conditionId(condition));
        facts.push_back({tr("Needs"), conditions.join(", ")});
    }
    if (!facts.empty()) out += '\n' + columns(facts, width);

    out += section(tr("Roles"));
    for (const auto& role : spec.roles) {
        out += QString("  %1 (%2, %3)\n").arg(qs(role.name.in(language)), qs(role.id), holdersText(role.holders));
        if (!role.description.empty()) out += "      " + hangingIndent(qs(role.description.in(language)), 6, width) + '\n';
    }

    out += section(tr("Phases"));
    int startMin = 0;
    int startMax = 0;
    int number = 1;
    qsizetype nameWidth = 0;
    for (const auto& phase : spec.phases) nameWidth = std::max(nameWidth, qs(phase.name.in(language)).size());
    nameWidth = std::min<qsizetype>(nameWidth, width - 30);
    for (const auto& phase : spec.phases) {
        const MinuteRange minutes = phase.minutes.forGroup(members);
        const QString start = startMin == startMax ? clockText(startMin) : clockText(startMin) + "–" + clockText(startMax);
        out += QString("  %1. %2  %3  %4\n")
                   .arg(number++)
                   .arg(qs(phase.name.in(language)).leftJustified(nameWidth), tr("%1 min").arg(minutesText(minutes)).leftJustified(9),
                        tr("from %1").arg(start));
        if (!phase.description.empty()) out += "     " + hangingIndent(qs(phase.description.in(language)), 5, width) + '\n';
        std::vector<QStringList> instructions;
        for (const auto& instruction : phase.instructions)
            instructions.push_back({"     " + roleName(spec, instruction.roleId, language), qs(instruction.text.in(language))});
        out += columns(instructions, width);
        if (!phase.speakers.empty()) {
            QStringList speakers;
            for (const auto& speaker : phase.speakers) speakers << roleName(spec, speaker, language);
            out += "     " + hangingIndent(tr("Only these may speak: %1").arg(speakers.join(", ")), 5, width) + '\n';
        }
        if (!phase.materials.empty()) {
            QStringList materials;
            for (const auto& material : phase.materials) materials << qs(material.in(language));
            out += "     " + hangingIndent(tr("Materials: %1").arg(materials.join(", ")), 5, width) + '\n';
        }
        startMin += minutes.min;
        startMax += minutes.max;
    }
    out += tr("  Total: %1 minutes\n").arg(minutesText(total));

    if (!spec.notes.empty()) out += section(tr("Notes")) + "  " + hangingIndent(qs(spec.notes.in(language)), 2, width) + '\n';
    if (!spec.sources.empty()) {
        out += section(tr("Sources"));
        for (const auto& source : spec.sources) out += "  " + hangingIndent(sourceText(source, language), 2, width) + '\n';
    }
    if (entry.origin.kind == MethodOrigin::Kind::plugin)
        out += '\n' + wrap(tr("A native plugin: shown as its manifest describes it. During a meeting the plugin "
                               "fits the method to the group and the time; 'palet check %1' shows that.").arg(qs(spec.id)),
                            width).join('\n') + '\n';
    out += '\n' + tr("From %1 (%2)\n").arg(qs(entry.origin.manifest.empty() ? entry.origin.path : entry.origin.manifest),
                                         qs(entry.origin.source));
    return out;
}

} // namespace

int runShow(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCatalogOptions(parser);
    addLanguageOption(parser);
    parser.addPositionalArgument("ID", tr("The method to show."));
    parser.addOption({"group-size", tr("Give the minutes for N members (default: the method's ideal)."), "N"});
    parser.addOption({"json", tr("Print a JSON object (see docs/json-output.md).")});
    if (const auto done = parseCommand(parser, arguments, tr("Show one method: phases, roles and minutes."))) return *done;
    if (parser.positionalArguments().size() != 1) {
        printError(tr("palet show: give exactly one method id\nSee 'palet show --help'.\n"));
        return badUsage;
    }
    const auto language = chosenLanguage(parser);
    if (!language) return badUsage;
    std::optional<int> groupSize;
    if (parser.isSet("group-size") && !(groupSize = intOption(parser, "group-size", 2, 40))) return badUsage;
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
    const int members = groupSize.value_or(entry->spec.groupSize.ideal);
    if (!entry->spec.groupSize.admits(members))
        printError(tr("palet show: note: %1 is meant for %2 members; minutes are given for %3\n")
                       .arg(qs(id), groupSizeText(entry->spec.groupSize))
                       .arg(members));
    if (parser.isSet("json"))
        printOut(QString::fromUtf8(QJsonDocument{methodDetailJson(*entry, members, *language)}.toJson(QJsonDocument::Indented)));
    else
        printOut(methodText(*entry, members, *language, outputWidth()));
    return success;
}

} // namespace palet::cli
