#pragma once
// Reads a YAML method script into a MethodSpec, reporting every problem of the file at once.

#include "diagnostic.hpp"

#include <palet/method_spec.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace palet {

struct MethodReadResult {
    std::optional<MethodSpec> method; // only when there are no errors
    Diagnostics errors;
    std::string pluginLibrary; // a plugin manifest's library, as written; empty for a YAML method
};

MethodReadResult readMethodYaml(std::string_view text, const std::string& file);

// Reads the file at `path` (bounded in size) and then its text.
MethodReadResult readMethodFile(const std::string& path);

// The first bytes of the file at `path`, one past the size a script may have, or an error.
struct FileBytes {
    std::string bytes;
    std::string error;
};
FileBytes readScriptBytes(const std::string& path);

} // namespace palet
