#pragma once
// The folders methods are found in, from the lowest to the highest precedence.

#include <QProcessEnvironment>

#include <string>
#include <vector>

namespace palet {

struct MethodDirectory {
    MethodDirectory() = default;
    MethodDirectory(std::string folder, std::string from, std::string packId = {}, std::string packPublisher = {})
        : path(std::move(folder)), source(std::move(from)), pack(std::move(packId)), publisher(std::move(packPublisher))
    {
    }

    std::string path;
    std::string source; // where the folder came from: "built-in", "XDG_DATA_DIRS", "pack", "--methods"...
    std::string pack;      // an installed pack's folder: the pack's id
    std::string publisher; // and its publisher
};

// built-in, then for each entry of $XDG_DATA_DIRS its installed packs (palet/packs/ID/methods
// and palet/packs/ID/plugins/PLATFORM) and its palet/methods, the same for $XDG_DATA_HOME,
// then each entry of $PALET_METHOD_PATH, then each `extra` folder. Within a colon-separated
// variable the first entry has the highest precedence, as in PATH; among `extra` the last one has.
std::vector<MethodDirectory> methodSearchPath(const QProcessEnvironment& environment,
                                              const std::string& builtinDirectory,
                                              const std::vector<std::string>& extra);

// The user's own method folder: $XDG_DATA_HOME/palet/methods (~/.local/share/palet/methods).
std::string userMethodDirectory(const QProcessEnvironment& environment);

// The built-in methods folder next to the running binary: <bindir>/../share/palet/methods.
std::string builtinMethodDirectory();

} // namespace palet
