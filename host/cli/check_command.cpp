#include "commands.hpp"

#include "cli_context.hpp"
#include "text/method_figures.hpp"

#include "catalog/method_opening.hpp"
#include "translate.hpp"

#include <QFileInfo>

#include <algorithm>

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
    parser.addOption({"retry", tr("Load plugins that crashed or hung before, though their files have not changed.")});
    if (const auto done = parseCommand(parser, arguments,
                                       tr("Load plugin libraries, check them, and show what they compute.")))
        return *done;
    const auto language = chosenLanguage(parser);
    if (!language) return badUsage;
    std::optional<int> groupSize;
    if (parser.isSet("group-size") && !(groupSize = intOption(parser, "group-size", 2, 40))) return badUsage;
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
    for (const QString& argument : parser.positionalArguments()) {
        const auto found = named(*catalog, argument);
        const QString path = QFileInfo{argument}.absoluteFilePath();
        const auto skipped = std::find_if(catalog->skippedPlugins().begin(), catalog->skippedPlugins().end(),
                                          [&](const SkippedPlugin& plugin) {
                                              return qs(plugin.methodId) == argument || qs(plugin.file) == path;
                                          });
        if (found.empty() && skipped != catalog->skippedPlugins().end()) {
            printError(tr("palet check: %1: not checked: %2\n").arg(argument, qs(skipped->problem)));
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
            printOut(tr("ok: %1 is a YAML method; nothing to load\n").arg(qs(entry->spec().id)));
            continue;
        }
        const PluginLoad load =
            openMethod(*entry, trace, parser.isSet("retry") ? AfterBreakdown::retry : AfterBreakdown::refuse);
        if (!load.method) {
            printError(qs(load.error) + '\n');
            ++refused;
            continue;
        }
        const int members = groupSize.value_or(entry->spec().groupSize.ideal);
        const auto spec = load.method->spec({members, minutes, *language, 0});
        if (!spec.value) {
            printError(qs(spec.error) + '\n');
            ++refused;
            continue;
        }
        printOut(tr("ok: %1 %2 from %3: ").arg(qs(spec.value->id), qs(spec.value->version.toString()), qs(entry->origin.path))
                 + tr("%n phase(s), ", static_cast<int>(spec.value->phases.size()))
                 + tr("%1 minutes for %2 members in %3 available\n")
                       .arg(minutesText(spec.value->minutesFor(members)))
                       .arg(members)
                       .arg(minutes));
    }
    if (plugins.empty() && !unknown) printOut(tr("No plugins found.\n"));
    return refused == 0 && !unknown ? success : badInput;
}

} // namespace palet::cli
