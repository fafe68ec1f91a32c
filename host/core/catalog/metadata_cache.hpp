#pragma once
// What reading each method script gave, remembered per user so that listing a large palette
// does not parse every file again. An entry is keyed by the file's path, size, modification time
// and content hash; a file changed since is always read again.

#include "catalog/method_files.hpp"
#include "catalog/yaml_method_reader.hpp"

#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace palet {

class MetadataCache {
public:
    // Reads the cache file; a missing, damaged or foreign one gives an empty cache.
    explicit MetadataCache(QString file);

    // The remembered result for the file as it is now, or null.
    const MethodReadResult* find(const MethodFile& file);

    // Keeps `result` and returns where it is kept now.
    const MethodReadResult* remember(const MethodFile& file, std::uint64_t contentHash, MethodReadResult result);

    // Writes the cache atomically, only when something changed; entries of files that no
    // longer exist are dropped. Returns false when the file could not be written.
    bool save();

    // Not a cryptographic hash: it only has to notice that a file's bytes changed.
    static std::uint64_t contentHash(std::string_view content);

private:
    struct Entry {
        std::int64_t size = 0;
        std::int64_t modifiedNs = 0;
        std::int64_t verifiedNs = 0; // when the hash was last known to match
        std::uint64_t hash = 0;
        MethodReadResult result;
        bool seen = false; // looked up in this run, so known to exist
    };

    QString file_;
    std::unordered_map<std::string, Entry> entries_;
    bool changed_ = false;
};

} // namespace palet
