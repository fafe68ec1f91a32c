#pragma once
// Writes a method as a method script (docs/method-format.md) that readMethodYaml reads back into
// the same MethodSpec: how `palet plugin manifest` makes a plugin's manifest from the method the
// plugin computes, so that the method is written once, in the plugin's code.

#include <palet/method_spec.hpp>

#include <string>

namespace palet {

// The script of `method`; with `pluginLibrary`, a manifest naming that library. `comment` lines
// come first, each as a YAML comment.
std::string methodScriptYaml(const MethodSpec& method, const std::string& pluginLibrary = {},
                             const std::string& comment = {});

} // namespace palet
