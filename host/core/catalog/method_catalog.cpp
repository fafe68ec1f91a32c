#include "catalog/method_catalog.hpp"

#include "catalog/metadata_cache.hpp"
#include "catalog/yaml_method_reader.hpp"
#include "translate.hpp"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>
#include <set>

namespace palet {
namespace {

std::vector<std::string> filesIn(const std::string& directory, const QStringList& patterns)
{
    std::vector<std::string> files;
    QDirIterator it{QString::fromStdString(directory), patterns, QDir::Files | QDir::Readable, QDirIterator::Subdirectories};
    while (it.hasNext()) files.push_back(it.next().toStdString());
    std::sort(files.begin(), files.end());
    return files;
}

QString qs(const std::string& text) { return QString::fromStdString(text); }

// Reads one script, through the cache when there is one.
MethodReadResult readScript(const QFileInfo& file, MetadataCache* cache)
{
    if (cache)
        if (auto remembered = cache->find(file)) return std::move(*remembered);
    const std::string path = file.filePath().toStdString();
    const FileBytes content = readScriptBytes(path);
    if (!content.error.empty()) return {std::nullopt, {{path, 0, 0, content.error}}, {}};
    MethodReadResult result = readMethodYaml(content.bytes, path);
    if (cache) cache->remember(file, content.bytes, result);
    return result;
}

} // namespace

std::string_view originKindId(MethodOrigin::Kind kind)
{
    return kind == MethodOrigin::Kind::yaml ? "yaml" : "plugin";
}

std::vector<std::string> methodFilesIn(const std::string& directory) { return filesIn(directory, {"*.yaml", "*.yml"}); }

std::vector<std::string> pluginLibrariesIn(const std::string& directory) { return filesIn(directory, {"*.so"}); }

std::string defaultCacheFile()
{
    QString base = qEnvironmentVariable("XDG_CACHE_HOME");
    if (base.isEmpty()) base = QDir::homePath() + "/.cache";
    return QDir{base}.filePath("palet/catalog.cache").toStdString();
}

MethodCatalog MethodCatalog::load(const std::vector<MethodDirectory>& directories, const CatalogOptions& options)
{
    MethodCatalog catalog;
    std::optional<MetadataCache> cache;
    if (options.cacheFile) cache.emplace(qs(*options.cacheFile));
    const PluginTrace& trace = options.trace;

    QStringList visited; // an installed palet's built-in folder may also be on XDG_DATA_DIRS
    for (const auto& directory : directories) {
        const QFileInfo folder{qs(directory.path)};
        if (!folder.isDir() || visited.contains(folder.canonicalFilePath())) continue;
        visited << folder.canonicalFilePath();

        std::set<QString> claimedLibraries;
        for (const auto& file : methodFilesIn(directory.path)) {
            const QFileInfo info{qs(file)};
            MethodReadResult result = readScript(info, cache ? &*cache : nullptr);
            if (!result.method) {
                if (!result.pluginLibrary.empty()) trace(tr("refused manifest %1: it has errors").arg(qs(file)));
                catalog.problems_.insert(catalog.problems_.end(), result.errors.begin(), result.errors.end());
                continue;
            }
            if (result.pluginLibrary.empty()) {
                catalog.add({std::move(*result.method), {MethodOrigin::Kind::yaml, file, {}, directory.source}});
                continue;
            }
            const QFileInfo library{info.dir().filePath(qs(result.pluginLibrary))};
            trace(tr("considering manifest %1: method '%2', library %3")
                      .arg(qs(file), qs(result.method->id), library.absoluteFilePath()));
            if (!library.isFile()) {
                catalog.problems_.push_back({file, 0, 0, tr("the manifest names the library '%1', which does not exist")
                                                             .arg(qs(result.pluginLibrary)).toStdString()});
                trace(tr("refused manifest %1: its library is missing").arg(qs(file)));
                continue;
            }
            claimedLibraries.insert(library.canonicalFilePath());
            catalog.add({std::move(*result.method),
                         {MethodOrigin::Kind::plugin, library.absoluteFilePath().toStdString(), file, directory.source}});
        }
        for (const auto& library : pluginLibrariesIn(directory.path)) {
            if (claimedLibraries.count(QFileInfo{qs(library)}.canonicalFilePath())) {
                trace(tr("library %1 belongs to a manifest").arg(qs(library)));
                continue;
            }
            catalog.problems_.push_back({library, 0, 0, tr("a plugin library without a manifest: put a method script "
                                                           "with 'plugin: {library: %1}' beside it")
                                                            .arg(QFileInfo{qs(library)}.fileName()).toStdString()});
            trace(tr("refused library %1: no manifest names it").arg(qs(library)));
        }
    }
    if (cache && !cache->save()) trace(tr("could not write the cache %1").arg(qs(*options.cacheFile)));

    std::sort(catalog.methods_.begin(), catalog.methods_.end(),
              [](const CatalogEntry& a, const CatalogEntry& b) { return a.spec.id < b.spec.id; });
    return catalog;
}

void MethodCatalog::add(CatalogEntry entry)
{
    const auto existing = std::find_if(methods_.begin(), methods_.end(),
                                       [&](const CatalogEntry& known) { return known.spec.id == entry.spec.id; });
    if (existing == methods_.end()) {
        methods_.push_back(std::move(entry));
        return;
    }
    // Entries arrive in rising precedence, so on equal versions the newcomer wins.
    if (entry.spec.version >= existing->spec.version) {
        shadowed_.push_back({std::move(*existing), entry.origin});
        *existing = std::move(entry);
    } else {
        shadowed_.push_back({std::move(entry), existing->origin});
    }
}

const CatalogEntry* MethodCatalog::find(std::string_view id) const
{
    const auto found = std::find_if(methods_.begin(), methods_.end(),
                                    [&](const CatalogEntry& entry) { return entry.spec.id == id; });
    return found == methods_.end() ? nullptr : &*found;
}

std::vector<std::string_view> MethodCatalog::ids() const
{
    std::vector<std::string_view> ids;
    for (const auto& entry : methods_) ids.push_back(entry.spec.id);
    return ids;
}

} // namespace palet
