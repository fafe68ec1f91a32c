#pragma once
// Every method found on disk, one per id: the higher version wins, and on equal versions the
// folder with the higher precedence. Bad files are kept as problems and never stop the rest.
// A plugin is listed from its manifest; its library is not loaded here.

#include "catalog/method_files.hpp"
#include "catalog/method_record.hpp"
#include "catalog/method_search_path.hpp"
#include "diagnostic.hpp"
#include "plugins/plugin_trace.hpp"

#include <palet/method_spec.hpp>

#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace palet {

struct MethodOrigin {
    enum class Kind { yaml, plugin };
    Kind kind = Kind::yaml;
    std::string path;     // the script, or the plugin's library
    std::string manifest; // the plugin's manifest; empty for a script
    std::string source;   // the search-path entry it was found through
    std::string pack;      // found in an installed pack: its id
    std::string publisher; // and its publisher
};

// "yaml" or "plugin"; "pack" for either found in a pack.
std::string_view originKindId(const MethodOrigin& origin);

// For people: the search-path entry ("built-in", "--methods"...), or "pack ID by PUBLISHER".
QString originSourceText(const MethodOrigin& origin);

struct CatalogEntry {
    MethodRecord method;
    MethodOrigin origin;

    static CatalogEntry of(const MethodSpec& spec, MethodOrigin origin = {});

    const MethodHeadline& headline() const { return method.headline(); }
    const MethodOverview& overview() const { return method.overview(); }
    // The whole spec (for a plugin: as its manifest describes it), decoded on first use.
    const MethodSpec& spec() const { return method.spec(); }
};

struct ShadowedEntry {
    CatalogEntry entry;
    MethodOrigin winner;
};

// What a catalog was read from, so that a later run can tell whether anything changed since:
// every folder of the search path with the folders and scripts found below it, and the
// libraries it looked at apart from the folder listings (named outside those folders, or read
// for the libraries they link against).
struct CatalogInputs {
    struct Tree {
        MethodDirectory directory;        // its path clean and absolute, as walked
        std::vector<std::string> folders; // below it, relative to it; not itself
        std::vector<std::string> scripts; // relative to it
    };
    std::vector<Tree> trees; // in search-path order
    std::vector<std::string> libraries; // absolute
};

class MetadataCache;

// A plugin left out while the folders were searched: a manifest whose library is missing, or a
// library no manifest names. Its problem is among problems() too.
struct SkippedPlugin {
    std::string methodId; // the manifest's; empty for a library without one
    std::string file;     // the manifest, or the library without one
    std::string problem;  // the sentence, naming the file
};

struct CatalogOptions {
    MetadataCache* cache = nullptr; // none: read every file. The caller saves it.
    PluginTrace trace;
    CatalogInputs* inputs = nullptr; // filled in when given
};

class MethodCatalog {
public:
    static MethodCatalog load(const std::vector<MethodDirectory>& directories, const CatalogOptions& options = {});

    const std::vector<CatalogEntry>& methods() const { return methods_; } // sorted by id
    const std::vector<ShadowedEntry>& shadowed() const { return shadowed_; }
    const Diagnostics& problems() const { return problems_; }
    const std::vector<SkippedPlugin>& skippedPlugins() const { return skippedPlugins_; }

    const CatalogEntry* find(std::string_view id) const;
    std::vector<std::string_view> ids() const;
    std::vector<std::string> themes() const; // of every method, sorted, each once

private:
    // Keeps the entry unless a higher version of its id is known; `positions` indexes methods_ by id.
    void add(CatalogEntry entry, std::unordered_map<std::string_view, std::size_t>& positions);

    std::vector<CatalogEntry> methods_;
    std::vector<ShadowedEntry> shadowed_;
    Diagnostics problems_;
    std::vector<SkippedPlugin> skippedPlugins_;
};

// A search-path folder as the catalog walks it: clean and absolute.
std::string walkedFolder(const std::string& folder);

// The cache file for this user: $XDG_CACHE_HOME/palet/catalog.cache (~/.cache by default).
std::string defaultCacheFile();

} // namespace palet
