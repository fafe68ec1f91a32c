#pragma once
// pack.yaml: what a pack is, who publishes it, under which licence, and which Palet it needs.
//
//   id: acme.intervision          # lowercase words joined by '-' and '.'; the pack's folder name
//   name: {nl: Acme-werkvormen, en: Acme methods}   # or one text
//   version: 1.2.0
//   publisher: Acme Coaching B.V.
//   description: {nl: ..., en: ...}                 # optional
//   licence: |                                      # optional; shown and accepted once
//     ...
//   requires-palet: 0.1.0                           # optional: the lowest Palet version it needs
//   languages: [nl, en]                             # optional: the languages of its texts

#include "diagnostic.hpp"

#include <palet/localized_text.hpp>
#include <palet/semantic_version.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace palet {

struct PackManifest {
    std::string id;
    LocalizedText name;
    SemanticVersion version;
    std::string publisher;
    LocalizedText description;
    LocalizedText licence;
    SemanticVersion requiresPalet;
    std::vector<Language> languages;
};

struct PackManifestRead {
    std::optional<PackManifest> manifest;
    Diagnostics errors; // every error of the file, each with its place
};

// `file` only names the place in diagnostics.
PackManifestRead readPackManifest(std::string_view text, const std::string& file);

// Lowercase letters and digits in words joined by single '-' or '.', at most 64 characters.
bool isPackId(std::string_view text);

// The name a pack file gets: ID-VERSION.palet.
std::string packFileName(const PackManifest& manifest);

} // namespace palet
