#pragma once
// The folders methods are found in, from the lowest to the highest precedence.

#include <QProcessEnvironment>

#include <string>
#include <vector>

namespace palet {

struct MethodDirectory {
    std::string path;
    std::string source; // where the folder came from: "built-in", "XDG_DATA_DIRS", "--methods"...
};

// built-in, then $XDG_DATA_DIRS/palet/methods, $XDG_DATA_HOME/palet/methods, each entry of
// $PALET_METHOD_PATH, then each `extra` folder. Within a colon-separated variable the first
// entry has the highest precedence, as in PATH; among `extra` the last one has.
std::vector<MethodDirectory> methodSearchPath(const QProcessEnvironment& environment,
                                              const std::string& builtinDirectory,
                                              const std::vector<std::string>& extra);

// The built-in methods folder next to the running binary: <bindir>/../share/palet/methods.
std::string builtinMethodDirectory();

} // namespace palet
