#include "catalog/method_catalog.hpp"

#include "catalog/metadata_cache.hpp"
#include "catalog/yaml_method_reader.hpp"
#include "translate.hpp"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <atomic>
#include <set>
#include <thread>

namespace palet {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

// A script of one folder, with what reading it gave: from the cache, or parsed in this run.
struct Script {
    const MethodDirectory* directory = nullptr;
    MethodFile file;
    const MethodReadResult* cached = nullptr;
    MethodReadResult parsed;
    std::uint64_t hash = 0;

    const MethodReadResult& result() const { return cached ? *cached : parsed; }
};

void parse(Script& script)
{
    const FileBytes content = readScriptBytes(script.file.path);
    if (!content.error.empty()) {
        script.parsed = {std::nullopt, {{script.file.path, 0, 0, content.error}}, {}};
        return;
    }
    script.hash = MetadataCache::contentHash(content.bytes);
    script.parsed = readMethodYaml(content.bytes, script.file.path);
}

// Parsing dominates a cold listing, and each file stands alone: use every core.
void parseAll(std::vector<Script*>& scripts)
{
    const std::size_t workers = std::min<std::size_t>(std::max(1u, std::thread::hardware_concurrency()),
                                                      std::max<std::size_t>(1, scripts.size() / 8));
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t i = next++; i < scripts.size(); i = next++) parse(*scripts[i]);
    };
    std::vector<std::jthread> threads;
    for (std::size_t i = 1; i < workers; ++i) threads.emplace_back(work);
    work();
}

// The folder as an absolute, clean path, so that every path built from it compares equal.
std::string cleanFolder(const std::string& folder)
{
    return QDir::cleanPath(QFileInfo{qs(folder)}.absoluteFilePath()).toStdString();
}

} // namespace

std::string_view originKindId(MethodOrigin::Kind kind)
{
    return kind == MethodOrigin::Kind::yaml ? "yaml" : "plugin";
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
    std::optional<MetadataCache> cache;
    if (options.cacheFile) cache.emplace(qs(*options.cacheFile));
    const PluginTrace& trace = options.trace;

    // Find every file first, then parse what the cache does not know, all at once.
    std::vector<Script> scripts;
    std::vector<std::vector<MethodFile>> libraries(directories.size());
    QStringList visited; // an installed palet's built-in folder may also be on XDG_DATA_DIRS
    for (std::size_t d = 0; d < directories.size(); ++d) {
        const QFileInfo folder{qs(directories[d].path)};
        if (!folder.isDir() || visited.contains(folder.canonicalFilePath())) continue;
        visited << folder.canonicalFilePath();
        for (auto& file : scanMethodFolder(cleanFolder(directories[d].path))) {
            if (file.kind == MethodFile::Kind::library) {
                libraries[d].push_back(std::move(file));
                continue;
            }
            Script& script = scripts.emplace_back();
            script.directory = &directories[d];
            script.file = std::move(file);
            if (cache) script.cached = cache->find(script.file);
        }
    }
    std::vector<Script*> misses;
    for (auto& script : scripts)
        if (!script.cached) misses.push_back(&script);
    parseAll(misses);
    if (cache)
        for (Script* script : misses) script->cached = cache->remember(script->file, script->hash, std::move(script->parsed));

    std::set<std::string> claimedLibraries;
    for (const Script& script : scripts) {
        const MethodReadResult& result = script.result();
        const std::string& file = script.file.path;
        if (!result.method) {
            if (!result.pluginLibrary.empty()) trace(tr("refused manifest %1: it has errors").arg(qs(file)));
            catalog.problems_.insert(catalog.problems_.end(), result.errors.begin(), result.errors.end());
            continue;
        }
        if (result.pluginLibrary.empty()) {
            catalog.add({*result.method, {MethodOrigin::Kind::yaml, file, {}, script.directory->source}});
            continue;
        }
        const QString library = QDir::cleanPath(QFileInfo{qs(file)}.dir().filePath(qs(result.pluginLibrary)));
        trace(tr("considering manifest %1: method '%2', library %3").arg(qs(file), qs(result.method->id), library));
        if (!QFileInfo{library}.isFile()) {
            catalog.problems_.push_back({file, 0, 0, tr("the manifest names the library '%1', which does not exist")
                                                         .arg(qs(result.pluginLibrary)).toStdString()});
            trace(tr("refused manifest %1: its library is missing").arg(qs(file)));
            continue;
        }
        claimedLibraries.insert(library.toStdString());
        catalog.add({*result.method, {MethodOrigin::Kind::plugin, library.toStdString(), file, script.directory->source}});
    }
    for (const auto& folderLibraries : libraries)
        for (const MethodFile& library : folderLibraries) {
            if (claimedLibraries.count(library.path)) {
                trace(tr("library %1 belongs to a manifest").arg(qs(library.path)));
                continue;
            }
            catalog.problems_.push_back({library.path, 0, 0, tr("a plugin library without a manifest: put a method script "
                                                                "with 'plugin: {library: %1}' beside it")
                                                                 .arg(QFileInfo{qs(library.path)}.fileName()).toStdString()});
            trace(tr("refused library %1: no manifest names it").arg(qs(library.path)));
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
