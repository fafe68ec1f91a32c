#include "commands.hpp"

#include "check_report.hpp"
#include "cli_context.hpp"
#include "text/method_figures.hpp"

#include "catalog/method_opening.hpp"
#include "translate.hpp"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <set>

namespace palet::cli {
namespace {

// The catalog entries a command-line argument names: a method id, a manifest or a library.
std::vector<const CatalogEntry*> named(const MethodCatalog& catalog, const QString& argument)
{
    std::vector<const CatalogEntry*> entries;
    if (const auto* entry = catalog.find(utf8(argument))) entries.push_back(entry);
    const QString path = QFileInfo{argument}.absoluteFilePath();
    for (const auto& entry : catalog.methods())
        if (entry.origin.kind == MethodOrigin::Kind::plugin
            && (QFileInfo{qs(entry.origin.manifest)}.absoluteFilePath() == path || qs(entry.origin.path) == path)
            && std::find(entries.begin(), entries.end(), &entry) == entries.end())
            entries.push_back(&entry);
    return entries;
}

} // namespace

int runCheck(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCatalogOptions(parser);
    addLanguageOption(parser);
    parser.addPositionalArgument("PLUGIN", tr("Method ids, manifests or libraries (default: every plugin found)."), "[PLUGIN...]");
    parser.addOption({"group-size", tr("Ask the plugins for a group of N (default: each method's ideal)."), "N"});
    parser.addOption({"minutes", tr("Ask the plugins to fit M minutes (default: 60)."), "M"});
    parser.addOption({"members", tr("Ask the plugins for these members, in order, and show who holds which role: \"Ann,Bo,Cas\"."),
                      "NAMES"});
    parser.addOption({"owner", tr("With --members: the case owner (default: the first member)."), "NAME"});
    parser.addOption({"retry", tr("Load plugins that crashed or hung before, though their files have not changed.")});
    parser.addOption({"json", tr("Print a JSON array: per plugin, what it computed or why not (see docs/json-output.md).")});
    if (const auto done = parseCommand(parser, arguments,
                                       tr("Load plugin libraries, check them, and show what they compute.")))
        return *done;
    const auto language = chosenLanguage(parser);
    if (!language) return badUsage;
    std::optional<int> groupSize;
    if (parser.isSet("group-size") && !(groupSize = intOption(parser, "group-size", 2, 40))) return badUsage;
    std::vector<std::string> names;
    if (parser.isSet("members")) {
        for (const QString& name : parser.value("members").split(',')) names.push_back(utf8(name.trimmed()));
        if (groupSize) {
            printError(tr("palet check: give --group-size or --members, not both\nSee 'palet check --help'.\n"));
            return badUsage;
        }
        const std::set<std::string> different{names.begin(), names.end()};
        if (different.size() != names.size() || different.count({}) || names.size() < 2 || names.size() > 40) {
            printError(tr("palet check: --members needs 2 to 40 different names, separated by commas\n"));
            return badUsage;
        }
        groupSize = static_cast<int>(names.size());
    }
    const std::string owner = utf8(parser.value("owner"));
    if (!owner.empty() && std::find(names.begin(), names.end(), owner) == names.end()) {
        printError(tr("palet check: --owner must be one of --members\n"));
        return badUsage;
    }
    const bool json = parser.isSet("json");
    // Named plugins are shown in full; checking every plugin gives one line each.
    const bool detailed = !parser.positionalArguments().isEmpty();
    int minutes = 60;
    if (parser.isSet("minutes")) {
        const auto given = intOption(parser, "minutes", 1, 24 * 60);
        if (!given) return badUsage;
        minutes = *given;
    }
    const auto catalog = loadCatalog(parser);
    if (!catalog) return badUsage;

    std::vector<const CatalogEntry*> plugins;
    bool unknown = false;
    int refused = 0;
    if (parser.positionalArguments().isEmpty()) {
        for (const auto& entry : catalog->methods())
            if (entry.origin.kind == MethodOrigin::Kind::plugin) plugins.push_back(&entry);
        // Left out while searching (said on standard error already): not a plugin that checks out.
        refused += static_cast<int>(catalog->skippedPlugins().size());
    }
    QJsonArray report;
    if (json && parser.positionalArguments().isEmpty())
        for (const SkippedPlugin& skipped : catalog->skippedPlugins())
            report.append(refusedPluginJson(skipped.file, skipped.methodId, skipped.problem));
    for (const QString& argument : parser.positionalArguments()) {
        const auto found = named(*catalog, argument);
        const QString path = QFileInfo{argument}.absoluteFilePath();
        const auto skipped = std::find_if(catalog->skippedPlugins().begin(), catalog->skippedPlugins().end(),
                                          [&](const SkippedPlugin& plugin) {
                                              return qs(plugin.methodId) == argument || qs(plugin.file) == path;
                                          });
        if (found.empty() && skipped != catalog->skippedPlugins().end()) {
            printError(tr("palet check: %1: not checked: %2\n").arg(argument, qs(skipped->problem)));
            if (json) report.append(refusedPluginJson(skipped->file, skipped->methodId, skipped->problem));
            unknown = true;
        } else if (found.empty()) {
            printError(tr("palet check: %1: no plugin found by that id, manifest or library; a manifest must lie in a "
                          "method folder or one given with --methods (see 'palet list --verbose')\n").arg(argument));
            unknown = true;
        }
        plugins.insert(plugins.end(), found.begin(), found.end());
    }

    const PluginTrace trace = PluginTrace::fromEnvironment();
    for (const CatalogEntry* entry : plugins) {
        if (entry->origin.kind != MethodOrigin::Kind::plugin) {
            if (json)
                report.append(QJsonObject{{"ok", true}, {"kind", "yaml"}, {"id", qs(entry->spec().id)}, {"path", qs(entry->origin.path)}});
            else
                printOut(tr("ok: %1 is a YAML method; nothing to load\n").arg(qs(entry->spec().id)));
            continue;
        }
        const PluginLoad load =
            openMethod(*entry, trace, parser.isSet("retry") ? AfterBreakdown::retry : AfterBreakdown::refuse);
        if (!load.method) {
            printError(qs(load.error) + '\n');
            if (json) report.append(refusedPluginJson(entry->origin.path, entry->spec().id, load.error));
            ++refused;
            continue;
        }
        const int members = groupSize.value_or(entry->spec().groupSize.ideal);
        const auto spec = load.method->spec({members, minutes, *language, 0});
        if (!spec.value) {
            printError(qs(spec.error) + '\n');
            if (json) report.append(refusedPluginJson(entry->origin.path, entry->spec().id, spec.error));
            ++refused;
            continue;
        }
        const CheckedMethod checked = checkedMethod(*entry, *spec.value, members, minutes, names, owner);
        if (json) {
            report.append(checkedMethodJson(checked, *language));
            continue;
        }
        printOut(tr("ok: %1 %2 from %3: ").arg(qs(spec.value->id), qs(spec.value->version.toString()), qs(entry->origin.path))
                 + tr("%n phase(s), ", static_cast<int>(spec.value->phases.size()))
                 + tr("%1 minutes for %2 members in %3 available\n")
                       .arg(minutesText(spec.value->minutesFor(members)))
                       .arg(members)
                       .arg(minutes));
        if (detailed || !names.empty()) printOut(checkedMethodText(checked, *language));
    }
    if (json)
        printJson(QJsonDocument{report});
    else if (plugins.empty() && !unknown)
        printOut(tr("No plugins found.\n"));
    return refused == 0 && !unknown ? success : badInput;
}

} // namespace palet::cli
