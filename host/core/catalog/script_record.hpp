#pragma once
// What the catalog keeps of one method script, whether it was just read or comes from the
// metadata cache, and the cache's form of it.

#include "catalog/lazy_spec.hpp"
#include "catalog/method_overview.hpp"
#include "catalog/yaml_method_reader.hpp"
#include "diagnostic.hpp"

#include <memory>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace palet {

struct ScriptRecord {
    std::optional<MethodOverview> overview; // none when the script has errors
    LazySpec spec;                          // only with an overview
    std::string pluginLibrary;              // a plugin manifest's library, as written; empty for a script
    Diagnostics errors;

    static ScriptRecord of(MethodReadResult result);
};

// A record in the cache's form: made by the thread that read the script, so that a cold listing
// encodes on every core. The spec is kept apart because most runs never decode it.
struct EncodedScript {
    std::string record;        // overview, library and errors
    std::string spec;          // the whole spec; empty for a script with errors
    std::uint64_t specHash = 0; // checked before the spec is decoded

    static EncodedScript of(const MethodReadResult& result);
};

// The record back from the cache's bytes, which stay valid while `owner` lives; `file` is the
// script, read again should the spec's bytes not match `specHash`. None when the record is damaged.
std::optional<ScriptRecord> decodeScript(std::string_view record, std::string_view spec, std::uint64_t specHash,
                                         std::shared_ptr<const void> owner, const std::string& file);

// Not a cryptographic hash: it only has to notice that bytes changed.
std::uint64_t bytesHash(std::string_view bytes);

} // namespace palet
