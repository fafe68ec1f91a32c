#pragma once
// A problem found in an input, with the place it was found.

#include <string>
#include <vector>

namespace palet {

struct Diagnostic {
    std::string file;
    int line = 0;   // 1-based; 0 when the problem concerns the whole file
    int column = 0; // 1-based
    std::string message;

    // "file:line:column: message", or "file: message" without a place.
    std::string toString() const
    {
        if (line <= 0) return file + ": " + message;
        return file + ':' + std::to_string(line) + ':' + std::to_string(column) + ": " + message;
    }
};

using Diagnostics = std::vector<Diagnostic>;

} // namespace palet
