#pragma once
// A YAML document read into a small tree that keeps every node's position, every duplicate
// map key, and whether a scalar was quoted. Reading is bounded in size, depth and node count,
// so hostile input cannot exhaust memory or the stack.

#include "diagnostic.hpp"

#include <QString>

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace palet {

struct YamlLimits {
    std::size_t maxBytes = 1024 * 1024;
    int maxDepth = 32;
    int maxNodes = 20000; // counting every alias use as a full copy of what it refers to
};

struct YamlNode {
    enum class Kind { null, scalar, sequence, map };
    using Ptr = std::shared_ptr<const YamlNode>;

    Kind kind = Kind::null;
    int line = 0;   // 1-based
    int column = 0; // 1-based
    std::string scalar;
    bool quoted = false; // a quoted scalar is always text, never a number
    std::vector<Ptr> items;
    std::vector<std::pair<Ptr, Ptr>> entries; // in document order, duplicates kept
    int size = 1;                             // nodes in this subtree, itself included
};

struct YamlReadResult {
    YamlNode::Ptr root; // null when the text could not be read
    Diagnostics errors;
};

// Reads the single document of `text`; `file` only names the place in diagnostics.
YamlReadResult readYamlDocument(std::string_view text, const std::string& file,
                                const YamlLimits& limits = {});

// "a list", "a mapping"…, in the language of the interface.
QString yamlKindName(YamlNode::Kind kind);

} // namespace palet
