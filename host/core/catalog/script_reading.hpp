#pragma once
// Reading what each script holds: from the metadata cache when it knows the file as it is now,
// else by parsing it. A warm listing is mostly looking up each file's size and time; a cold one
// is mostly parsing, which is shared out over every core.

#include "catalog/metadata_cache.hpp"
#include "catalog/method_files.hpp"
#include "catalog/method_search_path.hpp"
#include "catalog/script_record.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace palet {

// A script of one folder, with what reading it gave.
struct Script {
    const MethodDirectory* directory = nullptr;
    MethodFile file;
    bool found = false;                 // still a file when it was looked at
    std::optional<ScriptRecord> record; // when found
    std::shared_ptr<const EncodedScript> encoded; // for the cache, when the script was parsed in this run
    std::uint64_t hash = 0;
};

// Reads every script; `cache` may be null, and every script is then parsed.
void readScripts(std::vector<Script>& scripts, MetadataCache* cache);

} // namespace palet
