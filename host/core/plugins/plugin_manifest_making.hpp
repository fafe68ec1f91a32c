#pragma once
// `palet plugin manifest`: a plugin's manifest made from the method the built plugin computes,
// asked in its helper for its ideal group with the minutes not known, so that the method is written
// once, in the plugin's code (palet_add_method_plugin does it at build time).

#include "plugins/plugin_trace.hpp"

#include <palet/method_spec.hpp>

#include <string>

namespace palet {

struct MadeManifest {
    std::string yaml;  // the manifest; empty on failure
    MethodSpec method; // what it describes
    std::string error; // a sentence naming the library, when no manifest could be made
};

// The manifest of the library at `libraryPath`, naming it as `libraryName` (relative to where the
// manifest will lie).
MadeManifest makePluginManifest(const std::string& libraryPath, const std::string& libraryName,
                                const PluginTrace& trace = {});

} // namespace palet
