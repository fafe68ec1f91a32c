#include "catalog/metadata_cache.hpp"

#include "files/private_files.hpp"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace palet {
namespace {

// The file: magic, format, core version; the listings (see listing_snapshot.cpp); the script
// entries' count and byte length, the folder entries' count and byte length; the script entries
// (path, size, modification time, change time, inode, verified time, hash, record), then the
// folder entries (path, inode, time, verified time, children). Numbers are varints, the later
// times as their difference from the modification time. The whole spec is not kept: a command
// that uses a method reads its script again, and listing or recommending a thousand methods
// needs only their records.
// The format is bumped whenever the stored form or the reader's rules change: an older cache
// is ignored.
constexpr std::uint32_t cacheMagic = 0x50414C43; // "PALC"
constexpr std::uint32_t cacheFormat = 14; // 13: phase times in seconds; 14: rounds and subgroups

// A file modified this close to when it was hashed may have changed again within the clock's
// resolution without its time changing, so its content is compared again (as git does).
constexpr std::int64_t racyWindowNs = 2'000'000'000;

std::int64_t nowNs() { return QDateTime::currentMSecsSinceEpoch() * 1'000'000; }

std::string encodeChildren(const std::vector<FolderChild>& children)
{
    ByteWriter out;
    out.varint(children.size());
    for (const auto& child : children) {
        out.u8(static_cast<std::uint8_t>(child.kind));
        out.shortText(child.name);
    }
    return out.take();
}

std::optional<std::vector<FolderChild>> decodeChildren(std::string_view bytes)
{
    ByteReader in{bytes};
    std::vector<FolderChild> children(in.shortCount(2));
    for (auto& child : children) {
        const std::uint8_t kind = in.u8();
        if (kind > static_cast<std::uint8_t>(FolderChild::Kind::library)) return std::nullopt;
        child.kind = static_cast<FolderChild::Kind>(kind);
        child.name = in.shortText();
    }
    if (in.failed() || !in.atEnd()) return std::nullopt;
    return children;
}

// The cache file's bytes, mapped read-only. The cache is only ever replaced by renaming a new
// file over it, so the mapped file never changes under us.
class MappedFile {
public:
    static std::shared_ptr<const MappedFile> open(const QString& path)
    {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) return nullptr;
        struct stat info {};
        void* address = MAP_FAILED;
        if (::fstat(fd, &info) == 0 && info.st_size > 0)
            address = ::mmap(nullptr, static_cast<std::size_t>(info.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
        ::close(fd);
        if (address == MAP_FAILED) return nullptr;
        return std::make_shared<const MappedFile>(address, static_cast<std::size_t>(info.st_size));
    }

    MappedFile(void* address, std::size_t size) : address_(address), size_(size) {}
    ~MappedFile() { ::munmap(address_, size_); }
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    std::string_view bytes() const { return {static_cast<const char*>(address_), size_}; }

private:
    void* address_;
    std::size_t size_;
};

// The header up to and with the listings; none when the file is not a cache of this version.
std::optional<std::string_view> readListingsHeader(ByteReader& header)
{
    if (header.u32() != cacheMagic || header.u32() != cacheFormat || header.text() != PALET_CORE_VERSION)
        return std::nullopt;
    const std::string_view listings = header.text();
    if (header.failed()) return std::nullopt;
    return listings;
}

} // namespace

MetadataCache::MetadataCache(QString file) : file_(std::move(file))
{
    if (!load()) { // damaged or foreign: start again
        entries_.clear();
        folders_.clear();
        listingsOwner_ = nullptr;
        listings_ = {};
    }
}

MetadataCache::Section MetadataCache::readListings(const QString& file)
{
    const auto mapped = MappedFile::open(file);
    if (!mapped) return {};
    ByteReader header{mapped->bytes()};
    const auto listings = readListingsHeader(header);
    if (!listings) return {};
    return {mapped, *listings};
}

void MetadataCache::setListings(std::string listings)
{
    if (listings == listings_) return;
    auto owned = std::make_shared<const std::string>(std::move(listings));
    listings_ = *owned;
    listingsOwner_ = std::move(owned);
    changed_ = true;
}

bool MetadataCache::load()
{
    const auto mapped = MappedFile::open(file_);
    if (!mapped) return true;
    ByteReader header{mapped->bytes()};
    const auto listings = readListingsHeader(header);
    if (!listings) return false;
    listings_ = *listings;
    listingsOwner_ = mapped;
    const std::uint32_t count = header.u32();
    const std::uint64_t entriesSize = header.u64();
    const std::uint32_t folderCount = header.u32();
    const std::uint64_t foldersSize = header.u64();
    ByteReader in{header.take(entriesSize)};
    ByteReader folders{header.take(foldersSize)};
    if (header.failed() || !header.atEnd()) return false;
    folders_.reserve(folderCount);
    for (std::uint32_t i = 0; i < folderCount && !folders.failed(); ++i) {
        const std::string_view path = folders.shortText();
        Folder folder;
        folder.stamp.inode = folders.varint();
        folder.stamp.modifiedNs = folders.svarint();
        folder.verifiedNs = folder.stamp.modifiedNs + folders.svarint();
        folder.children = folders.shortText();
        folder.owner = mapped;
        folders_.insert_or_assign(std::string{path}, std::move(folder));
    }
    if (folders.failed() || !folders.atEnd()) return false;
    entries_.reserve(count);
    for (std::uint32_t i = 0; i < count && !in.failed(); ++i) {
        const std::string_view path = in.shortText();
        Entry entry;
        entry.size = in.svarint();
        entry.modifiedNs = in.svarint();
        entry.changedNs = entry.modifiedNs + in.svarint();
        entry.inode = in.varint();
        entry.verifiedNs = entry.modifiedNs + in.svarint();
        entry.hash = in.u64();
        entry.record = in.shortText();
        entry.owner = mapped;
        entries_.insert_or_assign(path, std::move(entry));
    }
    return !in.failed() && in.atEnd();
}

std::optional<ScriptRecord> MetadataCache::find(const MethodFile& file)
{
    const auto found = entries_.find(file.path);
    if (found == entries_.end()) return std::nullopt;
    Entry& entry = found->second;
    entry.seen = true;
    if (entry.size != file.size || entry.modifiedNs != file.modifiedNs || entry.changedNs != file.changedNs ||
        entry.inode != file.inode)
        return std::nullopt;
    const std::int64_t lastChangeNs = std::max(entry.modifiedNs, entry.changedNs);
    if (entry.verifiedNs - lastChangeNs < racyWindowNs) {
        const FileBytes content = readScriptBytes(file.path);
        if (!content.error.empty() || bytesHash(content.bytes) != entry.hash) return std::nullopt;
        // Worth writing down only once it takes the file out of the window.
        entry.verifiedNs = nowNs();
        if (entry.verifiedNs - lastChangeNs >= racyWindowNs) changed_ = true;
    }
    return decodeScript(found->first, entry.record, {}, 0, entry.owner);
}

void MetadataCache::remember(const MethodFile& file, std::uint64_t contentHash,
                             std::shared_ptr<const EncodedScript> encoded)
{
    changed_ = true;
    const std::string_view record = encoded->record;
    const std::string_view path = encoded->file;
    entries_.erase(path); // its key may be kept alive by the entry being replaced
    entries_.emplace(path, Entry{file.size, file.modifiedNs, file.changedNs, file.inode, nowNs(), contentHash,
                                 std::move(encoded), record, true});
}

std::optional<std::vector<FolderChild>> MetadataCache::recall(const std::string& folder, const FolderStamp& stamp)
{
    const auto found = folders_.find(folder);
    if (found == folders_.end()) return std::nullopt;
    Folder& known = found->second;
    known.seen = true;
    // A folder changed within the clock's resolution after it was read may show the same time.
    if (known.stamp.inode != stamp.inode || known.stamp.modifiedNs != stamp.modifiedNs ||
        known.verifiedNs - stamp.modifiedNs < racyWindowNs)
        return std::nullopt;
    return decodeChildren(known.children);
}

void MetadataCache::remember(const std::string& folder, const FolderStamp& stamp, const std::vector<FolderChild>& children)
{
    auto owned = std::make_shared<const std::string>(encodeChildren(children));
    const auto known = folders_.find(folder);
    if (known != folders_.end() && known->second.stamp.inode == stamp.inode &&
        known->second.stamp.modifiedNs == stamp.modifiedNs && known->second.children == *owned &&
        known->second.verifiedNs - stamp.modifiedNs >= racyWindowNs) {
        known->second.seen = true;
        return;
    }
    changed_ = true;
    const std::string_view bytes = *owned;
    folders_.insert_or_assign(folder, Folder{stamp, nowNs(), std::move(owned), bytes, true});
}

bool MetadataCache::save()
{
    // What this run did not look up is gone if its folder was walked; of other folders, it is
    // asked after only when the cache is written anyway, so that a run stats nothing needlessly.
    const auto inWalkedFolder = [this](std::string_view path) {
        const auto folder = folders_.find(std::string{path.substr(0, path.rfind('/'))});
        return folder != folders_.end() && folder->second.seen;
    };
    const auto forget = [this](auto& known, const auto& isGone) {
        if (std::erase_if(known, [&](const auto& item) { return !item.second.seen && isGone(item.first); }) > 0)
            changed_ = true;
    };
    forget(entries_, inWalkedFolder);
    forget(folders_, inWalkedFolder);
    if (changed_) {
        const auto vanished = [](std::string_view path) {
            struct stat info {};
            return ::stat(std::string{path}.c_str(), &info) != 0;
        };
        forget(entries_, vanished);
        forget(folders_, vanished);
    }
    if (!changed_) return true;

    ByteWriter folders;
    for (const auto& [path, folder] : folders_) {
        folders.shortText(path);
        folders.varint(folder.stamp.inode);
        folders.svarint(folder.stamp.modifiedNs);
        folders.svarint(folder.verifiedNs - folder.stamp.modifiedNs);
        folders.shortText(folder.children);
    }
    ByteWriter entries;
    for (const auto& [path, entry] : entries_) {
        entries.shortText(path);
        entries.svarint(entry.size);
        entries.svarint(entry.modifiedNs);
        entries.svarint(entry.changedNs - entry.modifiedNs);
        entries.varint(entry.inode);
        entries.svarint(entry.verifiedNs - entry.modifiedNs);
        entries.u64(entry.hash);
        entries.shortText(entry.record);
    }
    ByteWriter header;
    header.u32(cacheMagic);
    header.u32(cacheFormat);
    header.text(PALET_CORE_VERSION);
    header.text(listings_);
    header.u32(static_cast<std::uint32_t>(entries_.size()));
    header.u64(entries.bytes().size());
    header.u32(static_cast<std::uint32_t>(folders_.size()));
    header.u64(folders.bytes().size());

    if (!makePrivateFolder(QFileInfo{file_}.absolutePath())) return false;
    QSaveFile output{file_};
    if (!output.open(QIODevice::WriteOnly) || !makePrivate(output)) return false;
    const auto write = [&](std::string_view part) {
        return output.write(part.data(), static_cast<qint64>(part.size())) == static_cast<qint64>(part.size());
    };
    if (!write(header.bytes()) || !write(entries.bytes()) || !write(folders.bytes())) return false;
    if (!output.commit()) return false;
    changed_ = false;
    return true;
}

} // namespace palet
