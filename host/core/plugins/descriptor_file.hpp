#pragma once
// Reads a plugin's plain-C descriptor from its library file, without loading the library: no
// code of the plugin runs, not even its static initialisers, before the host has checked the
// SDK version, the ABI tag and the method id. The file is read with libelf; the descriptor's
// two strings are found through the relocations the dynamic loader would apply.

#include <cstdint>
#include <optional>
#include <string>

namespace palet {

struct PluginDescriptor {
    std::uint32_t structSize = 0;
    std::uint32_t sdkApiVersion = 0;
    std::string abiTag;
    std::string methodId;

    bool operator==(const PluginDescriptor&) const = default;
};

struct DescriptorRead {
    std::optional<PluginDescriptor> descriptor;
    std::string error; // when there is none: why, as the end of a sentence that names the file
};

DescriptorRead readPluginDescriptor(const std::string& libraryPath);

} // namespace palet
