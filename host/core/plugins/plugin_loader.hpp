#pragma once
// Loads a plugin library and checks it before any of its C++ runs: the plain-C descriptor must
// speak this host's SDK major at a minor no newer than the host's, carry the same ABI tag, and
// name the method its manifest names. Every refusal is one sentence naming the file and cause.

#include "method_implementation.hpp"
#include "plugins/plugin_trace.hpp"

#include <memory>
#include <string>

namespace palet {

struct PluginLoad {
    std::shared_ptr<MethodImplementation> method; // keeps its library loaded while it lives
    std::string error;                            // set when `method` is null
};

PluginLoad loadPluginMethod(const std::string& libraryPath, const std::string& manifestId,
                            const PluginTrace& trace = {});

} // namespace palet
