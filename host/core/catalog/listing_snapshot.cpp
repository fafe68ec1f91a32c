#include "catalog/listing_snapshot.hpp"

#include "catalog/byte_codec.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <ctime>

namespace palet {
namespace {

// The snapshots' bytes: the inputs (a block compared whole), the newest time in their stamps,
// then each listing: key, when its reading began, standard output and standard error.
// The inputs block: per search-path folder its path, source and stamp, then its folders and its
// scripts, each as a relative path and a stamp; then the libraries looked at apart, as path and
// stamp.

constexpr std::int64_t racyWindowNs = 2'000'000'000;
constexpr std::size_t listingsKept = 4;
// Together the kept listings take at most this much: a listing of a thousand methods as JSON is
// about 700 KB and is kept; of ten thousand, about 7 MB, and it is not (the cache would grow past
// 10 MB). Such a listing is read from the cache's entries instead.
constexpr std::size_t listingBytesKept = 2 * 1024 * 1024;
constexpr std::size_t stampBytes = 1 + 4 * 8;

struct Stamp {
    enum Type : std::uint8_t { absent, folder, file, other };

    std::uint8_t type = absent;
    std::uint64_t inode = 0;
    std::int64_t size = 0;
    std::int64_t modifiedNs = 0;
    std::int64_t changedNs = 0;

    bool operator==(const Stamp&) const = default;
};

std::int64_t nanoseconds(const timespec& time)
{
    return static_cast<std::int64_t>(time.tv_sec) * 1'000'000'000 + time.tv_nsec;
}

Stamp stampOf(bool statted, const struct stat& info)
{
    if (!statted) return {};
    const std::uint8_t type = S_ISDIR(info.st_mode) ? Stamp::folder : S_ISREG(info.st_mode) ? Stamp::file : Stamp::other;
    return {type, static_cast<std::uint64_t>(info.st_ino), static_cast<std::int64_t>(info.st_size),
            nanoseconds(info.st_mtim), nanoseconds(info.st_ctim)};
}

// Stamps the paths of one search-path folder after another, relative to the folder's open
// descriptor: the kernel then need not walk the folder's own path again for every file. The
// folders below were walked without following links, the scripts are read through them.
class Stamper {
public:
    Stamper() = default;
    ~Stamper() { closeRoot(); }
    Stamper(const Stamper&) = delete;
    Stamper& operator=(const Stamper&) = delete;

    Stamp root(const std::string& path)
    {
        closeRoot();
        root_ = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        struct stat info {};
        return stampOf(root_ >= 0 && ::fstat(root_, &info) == 0, info);
    }
    Stamp folder(std::string_view relative) { return below(relative, AT_SYMLINK_NOFOLLOW); }
    Stamp script(std::string_view relative) { return below(relative, 0); }
    static Stamp absolute(const std::string& path)
    {
        struct stat info {};
        return stampOf(::stat(path.c_str(), &info) == 0, info);
    }

private:
    Stamp below(std::string_view relative, int flags)
    {
        name_.assign(relative); // the bytes may be a view into the cache: no terminating NUL
        struct stat info {};
        return stampOf(root_ >= 0 && ::fstatat(root_, name_.c_str(), &info, flags) == 0, info);
    }
    void closeRoot()
    {
        if (root_ >= 0) ::close(root_);
        root_ = -1;
    }

    int root_ = -1;
    std::string name_;
};

void write(ByteWriter& out, const Stamp& stamp)
{
    out.u8(stamp.type);
    out.u64(stamp.inode);
    out.i64(stamp.size);
    out.i64(stamp.modifiedNs);
    out.i64(stamp.changedNs);
}

Stamp readStamp(ByteReader& in)
{
    Stamp stamp;
    stamp.type = in.u8();
    stamp.inode = in.u64();
    stamp.size = in.i64();
    stamp.modifiedNs = in.i64();
    stamp.changedNs = in.i64();
    return stamp;
}

struct StoredListing {
    std::string_view key;
    std::int64_t readSinceNs = 0;
    std::string_view out;
    std::string_view err;
};

struct Snapshots {
    std::string_view inputs;
    std::int64_t newestNs = 0;
    std::vector<StoredListing> listings;
};

std::optional<Snapshots> decodeSnapshots(std::string_view bytes)
{
    ByteReader in{bytes};
    Snapshots decoded;
    decoded.inputs = in.text();
    decoded.newestNs = in.i64();
    decoded.listings.resize(in.count(4 + 8 + 4 + 4));
    for (auto& listing : decoded.listings) {
        listing.key = in.text();
        listing.readSinceNs = in.i64();
        listing.out = in.text();
        listing.err = in.text();
    }
    if (in.failed() || !in.atEnd()) return std::nullopt;
    return decoded;
}

// Whether every path of `inputs` is still as stamped, for this search path.
bool unchanged(std::string_view inputs, const std::vector<MethodDirectory>& directories)
{
    ByteReader in{inputs};
    if (in.count(4 + 4 + stampBytes + 8) != directories.size()) return false;
    Stamper stamper;
    for (const MethodDirectory& directory : directories) {
        const std::string path{in.text()};
        if (path != walkedFolder(directory.path) || in.text() != directory.source) return false;
        if (readStamp(in) != stamper.root(path)) return false;
        for (std::uint32_t i = in.count(4 + stampBytes); i > 0; --i)
            if (const std::string_view folder = in.text(); readStamp(in) != stamper.folder(folder)) return false;
        for (std::uint32_t i = in.count(4 + stampBytes); i > 0; --i)
            if (const std::string_view script = in.text(); readStamp(in) != stamper.script(script)) return false;
    }
    for (std::uint32_t i = in.count(4 + stampBytes); i > 0; --i)
        if (const std::string library{in.text()}; readStamp(in) != Stamper::absolute(library)) return false;
    return !in.failed() && in.atEnd();
}

} // namespace

std::int64_t fileClockNowNs()
{
    timespec now {};
    clock_gettime(CLOCK_REALTIME, &now);
    return nanoseconds(now);
}

std::optional<std::string> snapshotListing(const CatalogInputs& inputs, std::int64_t readSinceNs,
                                           std::string_view key, const Listing& listing, std::string_view kept)
{
    ByteWriter stamps;
    std::int64_t newestNs = 0;
    const auto put = [&](const Stamp& stamp) {
        write(stamps, stamp);
        if (stamp.type != Stamp::absent) newestNs = std::max({newestNs, stamp.modifiedNs, stamp.changedNs});
    };
    Stamper stamper;
    stamps.u32(static_cast<std::uint32_t>(inputs.trees.size()));
    for (const auto& tree : inputs.trees) {
        stamps.text(tree.directory.path);
        stamps.text(tree.directory.source);
        put(stamper.root(tree.directory.path));
        stamps.u32(static_cast<std::uint32_t>(tree.folders.size()));
        for (const auto& folder : tree.folders) {
            stamps.text(folder);
            put(stamper.folder(folder));
        }
        stamps.u32(static_cast<std::uint32_t>(tree.scripts.size()));
        for (const auto& script : tree.scripts) {
            stamps.text(script);
            put(stamper.script(script));
        }
    }
    stamps.u32(static_cast<std::uint32_t>(inputs.libraries.size()));
    for (const auto& library : inputs.libraries) {
        stamps.text(library);
        put(Stamper::absolute(library));
    }
    // Changed while or just before it was read: what was read may not be what the stamp says.
    if (newestNs > readSinceNs - racyWindowNs) return std::nullopt;

    ByteWriter out;
    out.text(stamps.bytes());
    out.i64(newestNs);
    std::size_t bytes = listing.out.size() + listing.err.size();
    if (bytes > listingBytesKept) return std::nullopt;
    std::vector<StoredListing> listings{{key, readSinceNs, listing.out, listing.err}};
    if (const auto previous = decodeSnapshots(kept); previous && previous->inputs == stamps.bytes())
        for (const auto& other : previous->listings) {
            const std::size_t size = other.out.size() + other.err.size();
            if (other.key == key || listings.size() == listingsKept || bytes + size > listingBytesKept) continue;
            bytes += size;
            listings.push_back(other);
        }
    out.u32(static_cast<std::uint32_t>(listings.size()));
    for (const auto& stored : listings) {
        out.text(stored.key);
        out.i64(stored.readSinceNs);
        out.text(stored.out);
        out.text(stored.err);
    }
    return out.take();
}

std::optional<Listing> recallListing(std::string_view snapshots, const std::vector<MethodDirectory>& directories,
                                     std::string_view key)
{
    const auto decoded = decodeSnapshots(snapshots);
    if (!decoded) return std::nullopt;
    const auto stored = std::find_if(decoded->listings.begin(), decoded->listings.end(),
                                     [&](const StoredListing& listing) { return listing.key == key; });
    if (stored == decoded->listings.end() || decoded->newestNs > stored->readSinceNs - racyWindowNs ||
        !unchanged(decoded->inputs, directories))
        return std::nullopt;
    return Listing{std::string{stored->out}, std::string{stored->err}};
}

} // namespace palet
