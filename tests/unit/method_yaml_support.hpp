// Helpers for tests that read method scripts from text.
#pragma once

#include "catalog/yaml_method_reader.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

// The reader's errors for a script, each as "file:line:column: message".
inline std::vector<std::string> errorsOf(const std::string& yaml)
{
    std::vector<std::string> lines;
    for (const auto& error : palet::readMethodYaml(yaml, "m.yaml").errors) lines.push_back(error.toString());
    return lines;
}

// The script with the first occurrence of `from` replaced by `to`; `from` must occur.
inline std::string replaced(std::string yaml, const std::string& from, const std::string& to)
{
    const auto at = yaml.find(from);
    REQUIRE(at != std::string::npos);
    return yaml.replace(at, from.size(), to);
}
