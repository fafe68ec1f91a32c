#pragma once
// Loads a plugin library and checks it before any of its C++ runs: the plain-C descriptor must
// speak this host's SDK major at a minor no newer than the host's, carry the same ABI tag, and
// name the method its manifest names. Every method it computes must then be valid and carry the
// manifest's id and version, which the catalog listed and chose it by. Every refusal is one
// sentence naming the file and cause.

#include "method_implementation.hpp"
#include "plugins/plugin_trace.hpp"

#include <palet/semantic_version.hpp>

#include <memory>
#include <string>

namespace palet {

struct PluginLoad {
    std::shared_ptr<MethodImplementation> method; // keeps its library loaded while it lives
    std::string error;                            // set when `method` is null
    bool brokeDownBefore = false;                 // refused because it broke down before
};

// The method as its manifest describes it.
struct ManifestMethod {
    std::string id;
    SemanticVersion version;
    bool anyVersion = false; // no manifest yet: it is made from what the plugin computes
};

// Whether a plugin that broke down before (plugins/plugin_failure_memory.hpp) is loaded anyway:
// for `palet check --retry`, and for a resumed session, which needs the method it ran.
enum class AfterBreakdown { refuse, retry };

PluginLoad loadPluginMethod(const std::string& libraryPath, const ManifestMethod& manifest,
                            const PluginTrace& trace = {}, AfterBreakdown afterBreakdown = AfterBreakdown::refuse);

} // namespace palet
