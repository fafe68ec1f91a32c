#pragma once
// Building a pack from a folder laid out as the pack will be:
//   DIR/pack.yaml              what the pack is (see pack_manifest.hpp)
//   DIR/methods/...            YAML methods
//   DIR/plugins/PLATFORM/...   plugin libraries with their manifests, per platform (linux-x86_64...)
//   DIR/handouts/...           images and other files for handouts
// Every method and plugin manifest must be valid and every plugin's library inside the pack;
// links and special files are refused. The archive gets SHA256SUMS with every file's SHA-256.

#include "diagnostic.hpp"
#include "packs/pack_manifest.hpp"
#include "packs/pack_result.hpp"

#include <string>

namespace palet {

struct BuiltPack {
    PackManifest manifest;
    std::string file;
    int files = 0;   // besides SHA256SUMS
    int methods = 0; // method scripts and plugin manifests
};

struct PackBuildResult {
    std::optional<BuiltPack> pack;
    Diagnostics errors; // every problem found, each naming its file
};

// Writes the pack of `folder` to `outFile` (atomically), or, when `outFile` is empty, to
// ID-VERSION.palet in the current folder.
PackBuildResult buildPack(const std::string& folder, const std::string& outFile);

} // namespace palet
