#pragma once
// What a listing command printed about the whole catalog, kept in the metadata cache with a
// stamp of everything the catalog was read from. While every stamp still matches, the same
// command with the same options prints it again without reading the catalog at all: listing a
// thousand methods then costs a thousand stats.
//
// A stamp is a path's type, inode, size, modification time and change time. The change time
// moves with every write, rename, chmod or touch, and cannot be set back. A stamp less than two
// seconds older than the reading might hide a second change within the clock's resolution (as
// git knows), so a listing read that close to a change is not kept.

#include "catalog/method_catalog.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace palet {

struct Listing {
    std::string out; // standard output
    std::string err; // standard error
};

// The snapshots to keep: `listing` for `key`, read from `inputs` since `readSinceNs` (on the
// file-time clock), and those of `kept` (what the cache held) for other keys when they were read
// from the same inputs, the newest first, at most four and at most 2 MiB together. None when a
// stamp is too fresh to trust or the listing alone is larger than that: `kept` is then left as
// it is.
std::optional<std::string> snapshotListing(const CatalogInputs& inputs, std::int64_t readSinceNs,
                                           std::string_view key, const Listing& listing, std::string_view kept);

// The listing for `key` from `snapshots`, when they were read from this search path and nothing
// read has changed since. Damaged bytes give none.
std::optional<Listing> recallListing(std::string_view snapshots, const std::vector<MethodDirectory>& directories,
                                     std::string_view key);

// Now, on the clock of file times.
std::int64_t fileClockNowNs();

} // namespace palet
