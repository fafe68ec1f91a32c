#pragma once
// `palet plugin install`: a built plugin (its manifest, its library and the helper libraries of
// its own that it links against) checked the way `palet check` checks it, then copied into a
// method folder as a folder named after its method, replacing an older copy in one rename.

#include "plugins/plugin_trace.hpp"

#include <palet/semantic_version.hpp>

#include <string>
#include <vector>

namespace palet {

struct PluginInstallation {
    std::string methodId;            // empty when nothing was installed
    SemanticVersion version;
    std::string folder;              // where it now lies: METHODS/ID
    std::vector<std::string> files;  // relative to `folder`
    bool replaced = false;           // an earlier copy was there
    int phases = 0;                  // what it computed for its ideal group
    int members = 0;
    std::vector<std::string> errors; // each a sentence that names the file; empty when installed
};

// Installs the plugin `source` names (its folder, its manifest or its library) into
// `methodsFolder` (created when missing). A folder must hold exactly one plugin.
PluginInstallation installPlugin(const std::string& source, const std::string& methodsFolder, const PluginTrace& trace = {});

} // namespace palet
