#pragma once
// What reading each method script gave, remembered per user so that listing a large palette
// does not parse every file again. An entry is keyed by the file's path, and holds its size,
// modification and change times, inode and content hash; a file changed since is always read
// again: a write moves the change time, which cannot be set back. It also remembers what each
// method folder held, so that an unchanged folder is not read again either.
//
// The file is mapped, not read: a run decodes the small records of the scripts it looks up. It
// keeps no whole spec: a command that uses a method reads its script again (see MethodRecord).
// It also keeps the listings that `palet list` printed (see listing_snapshot.hpp), readable
// without the rest.

#include "catalog/method_files.hpp"
#include "catalog/script_record.hpp"

#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace palet {

class MetadataCache : public FolderMemory {
public:
    // Maps the cache file; a missing, damaged or foreign one gives an empty cache.
    explicit MetadataCache(QString file);

    // The remembered record for the file as it is now, or none.
    std::optional<ScriptRecord> find(const MethodFile& file);

    // `encoded` is of `file` (same path).
    void remember(const MethodFile& file, std::uint64_t contentHash, std::shared_ptr<const EncodedScript> encoded);

    std::optional<std::vector<FolderChild>> recall(const std::string& folder, const FolderStamp& stamp) override;
    void remember(const std::string& folder, const FolderStamp& stamp, const std::vector<FolderChild>& children) override;

    // The listings section as loaded, or as set since.
    std::string_view listings() const { return listings_; }
    void setListings(std::string listings);

    // The listings section of `file` alone, decoding nothing else; empty when there is none.
    // The view stays valid while `owner` lives.
    struct Section {
        std::shared_ptr<const void> owner;
        std::string_view bytes;
    };
    static Section readListings(const QString& file);

    // Writes the cache atomically, only when something changed; entries of files that no
    // longer exist are dropped then. Returns false when the file could not be written.
    bool save();

private:
    struct Entry {
        std::int64_t size = 0;
        std::int64_t modifiedNs = 0;
        std::int64_t changedNs = 0;
        std::uint64_t inode = 0;
        std::int64_t verifiedNs = 0; // when the hash was last known to match
        std::uint64_t hash = 0;
        std::shared_ptr<const void> owner; // keeps the key and `record` alive
        std::string_view record;
        bool seen = false; // looked up in this run, so known to exist
    };

    struct Folder {
        FolderStamp stamp;
        std::int64_t verifiedNs = 0; // when it was read
        std::shared_ptr<const void> owner; // keeps `children` alive
        std::string_view children;
        bool seen = false;
    };

    bool load();

    QString file_;
    std::shared_ptr<const void> listingsOwner_;
    std::string_view listings_;
    std::unordered_map<std::string_view, Entry> entries_; // keys kept alive by each entry's owner
    std::unordered_map<std::string, Folder> folders_;
    bool changed_ = false;
};

} // namespace palet
