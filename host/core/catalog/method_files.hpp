#pragma once
// The files of a method folder: scripts (*.yaml, *.yml) and plugin libraries (*.so), found in
// one walk with one stat each, which is what a catalog of a thousand methods can afford.

#include <cstdint>
#include <string>
#include <vector>

namespace palet {

struct MethodFile {
    enum class Kind { script, library };

    std::string path;
    Kind kind = Kind::script;
    std::int64_t size = 0;
    std::int64_t modifiedNs = 0; // since the epoch
};

// Every script and library below `folder`, recursively, without following links to folders,
// sorted by path so that loading is deterministic. A folder that cannot be read gives nothing.
std::vector<MethodFile> scanMethodFolder(const std::string& folder);

// Only the scripts, as paths.
std::vector<std::string> methodFilesIn(const std::string& folder);

} // namespace palet
