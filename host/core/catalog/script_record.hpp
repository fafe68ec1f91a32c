#pragma once
// What the catalog keeps of one method script, whether it was just read or comes from the
// metadata cache, and the cache's form of it. A script read in this run is put in that form too,
// so that every method is kept one way, as the next run will find it.

#include "catalog/method_record.hpp"
#include "catalog/yaml_method_reader.hpp"
#include "diagnostic.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace palet {

struct ScriptRecord {
    std::optional<MethodRecord> method; // none when the script has errors
    std::string pluginLibrary;          // a plugin manifest's library, as written; empty for a script
    Diagnostics errors;
};

// A script in the cache's form. The spec is kept apart because most runs never decode it.
struct EncodedScript {
    std::string file;           // the script's path
    std::string record;         // headline, overview, library and errors
    std::string spec;           // the whole spec; empty for a script with errors
    std::uint64_t specHash = 0; // checked before the spec is decoded

    static EncodedScript of(const MethodReadResult& result, std::string file);
};

// The record back from the cache's form, which stays valid while `owner` lives, as does `file`:
// the script, read again should the spec's bytes not match `specHash`. None when the record is
// damaged.
std::optional<ScriptRecord> decodeScript(std::string_view file, std::string_view record, std::string_view spec,
                                         std::uint64_t specHash, std::shared_ptr<const void> owner);
std::optional<ScriptRecord> decodeScript(const std::shared_ptr<const EncodedScript>& encoded);

// What reading a script gave, kept as the cache would give it back.
ScriptRecord recordOf(const MethodReadResult& result, std::string file);

// Not a cryptographic hash: it only has to notice that bytes changed. The same in every run.
std::uint64_t bytesHash(std::string_view bytes);

} // namespace palet
