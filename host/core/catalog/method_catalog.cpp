#include "catalog/method_catalog.hpp"

#include "catalog/metadata_cache.hpp"
#include "catalog/plugin_file_safety.hpp"
#include "catalog/script_reading.hpp"
#include "catalog/script_record.hpp"
#include "catalog/yaml_method_reader.hpp"
#include "plugins/elf_file.hpp"
#include "translate.hpp"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace palet {
namespace {

QString qs(std::string_view text) { return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())); }

// The library a manifest names, as a clean absolute path like those of the folder walk.
std::string libraryPath(const std::string& manifest, const std::string& library)
{
    const std::string joined = library.starts_with('/') ? library : manifest.substr(0, manifest.rfind('/') + 1) + library;
    const bool clean = joined.find("/./") == std::string::npos && joined.find("/../") == std::string::npos &&
                       joined.find("//") == std::string::npos && !joined.ends_with("/.") && !joined.ends_with("/..");
    return clean ? joined : QDir::cleanPath(qs(joined)).toStdString();
}

// The plugin library beside `library` that links against it, if any: a library that a plugin
// needs in its own folder is the plugin's helper, not a plugin without a manifest. The plugins
// read for that are added to `read`, since the catalog then depends on their content.
std::optional<std::string> helperUser(const std::string& library, const std::unordered_set<std::string>& plugins,
                                      std::vector<std::string>* read)
{
    const std::string_view folder = std::string_view{library}.substr(0, library.rfind('/') + 1);
    const std::string name = library.substr(folder.size());
    for (const std::string& plugin : plugins) {
        if (!plugin.starts_with(folder) || plugin.find('/', folder.size()) != std::string::npos) continue;
        if (read) read->push_back(plugin);
        const auto needed = ElfFile{plugin}.neededLibraries();
        if (std::find(needed.begin(), needed.end(), name) != needed.end()) return plugin;
    }
    return std::nullopt;
}

} // namespace

// Absolute and clean, so that every path built from it compares equal.
std::string walkedFolder(const std::string& folder)
{
    return QDir::cleanPath(QFileInfo{qs(folder)}.absoluteFilePath()).toStdString();
}

CatalogEntry CatalogEntry::of(const MethodSpec& spec, MethodOrigin origin)
{
    ScriptRecord record = recordOf({spec, {}, {}}, origin.manifest.empty() ? origin.path : origin.manifest);
    return {std::move(record.method.value()), std::move(origin)};
}

std::string_view originKindId(const MethodOrigin& origin)
{
    if (!origin.pack.empty()) return "pack";
    return origin.kind == MethodOrigin::Kind::yaml ? "yaml" : "plugin";
}

QString originSourceText(const MethodOrigin& origin)
{
    if (origin.pack.empty()) return qs(origin.source);
    return tr("pack %1 by %2").arg(qs(origin.pack), qs(origin.publisher));
}

std::string defaultCacheFile()
{
    QString base = qEnvironmentVariable("XDG_CACHE_HOME");
    if (base.isEmpty()) base = QDir::homePath() + "/.cache";
    return QDir{base}.filePath("palet/catalog.cache").toStdString();
}

MethodCatalog MethodCatalog::load(const std::vector<MethodDirectory>& directories, const CatalogOptions& options)
{
    MethodCatalog catalog;
    MetadataCache* const cache = options.cache;
    const PluginTrace& trace = options.trace;
    CatalogInputs* const inputs = options.inputs;
    if (inputs) *inputs = {};

    // Find every file first, then read the scripts on every core.
    std::vector<Script> scripts;
    std::vector<std::vector<MethodFile>> libraries(directories.size());
    QStringList visited; // an installed palet's built-in folder may also be on XDG_DATA_DIRS
    for (std::size_t d = 0; d < directories.size(); ++d) {
        const std::string root = walkedFolder(directories[d].path);
        CatalogInputs::Tree* tree = inputs ? &inputs->trees.emplace_back() : nullptr;
        if (tree) tree->directory = {root, directories[d].source};
        const QFileInfo folder{qs(directories[d].path)};
        if (!folder.isDir() || visited.contains(folder.canonicalFilePath())) continue;
        visited << folder.canonicalFilePath();
        scanMethodFolder(root, cache, [&](MethodFile file) {
            if (file.kind == MethodFile::Kind::library) {
                libraries[d].push_back(std::move(file));
                return;
            }
            if (tree) tree->scripts.push_back(file.path.substr(root.size() + 1));
            Script& script = scripts.emplace_back();
            script.directory = &directories[d];
            script.file = std::move(file);
        }, tree ? &tree->folders : nullptr);
    }
    readScripts(scripts, cache);

    // Found in walking order; added in search-path order, then by path, so that loading is deterministic.
    std::vector<Script*> ordered;
    ordered.reserve(scripts.size());
    for (Script& script : scripts)
        if (script.found) ordered.push_back(&script);
    std::sort(ordered.begin(), ordered.end(), [](const Script* a, const Script* b) {
        return std::tie(a->directory, a->file.path) < std::tie(b->directory, b->file.path);
    });
    for (auto& folderLibraries : libraries)
        std::sort(folderLibraries.begin(), folderLibraries.end(),
                  [](const MethodFile& a, const MethodFile& b) { return a.path < b.path; });
    if (cache)
        for (Script* script : ordered)
            if (script->encoded) cache->remember(script->file, script->hash, std::move(script->encoded));

    std::unordered_set<std::string> foundLibraries;
    for (const auto& folderLibraries : libraries)
        for (const MethodFile& library : folderLibraries) foundLibraries.insert(library.path);
    std::unordered_set<std::string> claimedLibraries;
    std::unordered_map<std::string_view, std::size_t> positions; // of each id in methods_
    positions.reserve(scripts.size());
    catalog.methods_.reserve(scripts.size());
    for (Script* script : ordered) {
        ScriptRecord& record = *script->record;
        std::string& file = script->file.path; // moved into the entry at the end
        if (!record.method) {
            if (trace && !record.pluginLibrary.empty()) trace(tr("refused manifest %1: it has errors").arg(qs(file)));
            catalog.problems_.insert(catalog.problems_.end(), record.errors.begin(), record.errors.end());
            continue;
        }
        if (record.pluginLibrary.empty()) {
            catalog.add({std::move(*record.method),
                         {MethodOrigin::Kind::yaml, std::move(file), {}, script->directory->source, script->directory->pack,
                          script->directory->publisher}},
                        positions);
            continue;
        }
        std::string library = libraryPath(file, record.pluginLibrary);
        if (trace)
            trace(tr("considering manifest %1: method '%2', library %3")
                      .arg(qs(file), qs(record.method->headline().id), qs(library)));
        const auto refuse = [&](const QString& reason) {
            catalog.problems_.push_back({file, 0, 0, reason.toStdString()});
            trace(tr("refused manifest %1: %2").arg(qs(file), reason));
        };
        if (!libraryInManifestFolder(file, library)) {
            refuse(tr("the manifest names the library '%1', outside its own folder; put the library beside the "
                      "manifest")
                       .arg(qs(record.pluginLibrary)));
            continue;
        }
        std::string unsafe = unsafePluginFileReason(file, script->directory->path);
        if (unsafe.empty()) unsafe = unsafePluginFileReason(library, script->directory->path);
        if (!unsafe.empty()) {
            refuse(qs(unsafe));
            continue;
        }
        const bool outside = !foundLibraries.count(library);
        if (outside && inputs) inputs->libraries.push_back(library);
        if (outside && !QFileInfo{qs(library)}.isFile()) {
            catalog.problems_.push_back({file, 0, 0, tr("the manifest names the library '%1', which does not exist")
                                                         .arg(qs(record.pluginLibrary)).toStdString()});
            catalog.skippedPlugins_.push_back({std::string{record.method->headline().id}, file, catalog.problems_.back().toString()});
            trace(tr("refused manifest %1: its library is missing").arg(qs(file)));
            continue;
        }
        claimedLibraries.insert(library);
        catalog.add({std::move(*record.method),
                     {MethodOrigin::Kind::plugin, std::move(library), std::move(file), script->directory->source,
                      script->directory->pack, script->directory->publisher}},
                    positions);
    }
    for (const auto& folderLibraries : libraries)
        for (const MethodFile& library : folderLibraries) {
            if (claimedLibraries.count(library.path)) {
                if (trace) trace(tr("library %1 belongs to a manifest").arg(qs(library.path)));
                continue;
            }
            if (const auto user = helperUser(library.path, claimedLibraries, inputs ? &inputs->libraries : nullptr)) {
                if (trace) trace(tr("library %1 is a helper: %2 links against it").arg(qs(library.path), qs(*user)));
                continue;
            }
            catalog.problems_.push_back({library.path, 0, 0, tr("a plugin library without a manifest: put a method script "
                                                                "with 'plugin: {library: %1}' beside it")
                                                                 .arg(QFileInfo{qs(library.path)}.fileName()).toStdString()});
            catalog.skippedPlugins_.push_back({{}, library.path, catalog.problems_.back().toString()});
            trace(tr("refused library %1: no manifest names it").arg(qs(library.path)));
        }
    std::sort(catalog.methods_.begin(), catalog.methods_.end(),
              [](const CatalogEntry& a, const CatalogEntry& b) { return a.headline().id < b.headline().id; });
    return catalog;
}

void MethodCatalog::add(CatalogEntry entry, std::unordered_map<std::string_view, std::size_t>& positions)
{
    const auto [known, isNew] = positions.try_emplace(entry.headline().id, methods_.size());
    if (isNew) {
        methods_.push_back(std::move(entry));
        return;
    }
    CatalogEntry& existing = methods_[known->second];
    // Entries arrive in rising precedence, so on equal versions the newcomer wins.
    if (entry.headline().version >= existing.headline().version) {
        shadowed_.push_back({std::move(existing), entry.origin});
        existing = std::move(entry);
    } else {
        shadowed_.push_back({std::move(entry), existing.origin});
    }
}

const CatalogEntry* MethodCatalog::find(std::string_view id) const
{
    const auto found =
        std::lower_bound(methods_.begin(), methods_.end(), id,
                         [](const CatalogEntry& entry, std::string_view wanted) { return entry.headline().id < wanted; });
    return found == methods_.end() || found->headline().id != id ? nullptr : &*found;
}

std::vector<std::string> MethodCatalog::themes() const
{
    std::set<std::string> all;
    for (const CatalogEntry& entry : methods_)
        if (entry.headline().kind == MethodKind::method)
            all.insert(entry.overview().themes.begin(), entry.overview().themes.end());
    return {all.begin(), all.end()};
}

std::vector<std::string_view> MethodCatalog::ids() const
{
    std::vector<std::string_view> ids;
    for (const auto& entry : methods_) ids.push_back(entry.headline().id);
    return ids;
}

} // namespace palet
