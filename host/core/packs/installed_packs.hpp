#pragma once
// The packs installed in a packs folder: PACKS/ID/ holds the pack's files as it shipped them,
// and installation.json, what Palet recorded when it installed it (when, from which file, signed
// by which trusted key or allowed unsigned, which licence was accepted).

#include "diagnostic.hpp"
#include "packs/pack_locations.hpp"
#include "packs/pack_manifest.hpp"

#include <QByteArray>

#include <optional>
#include <string>
#include <vector>

namespace palet {

inline constexpr std::string_view installRecordName = "installation.json";

struct PackInstallRecord {
    std::string installedAt; // ISO 8601, UTC
    std::string fromFile;
    std::string signedBy; // the trusted key's name; empty when installed unsigned
    std::string keyId;    // the key that signed it, trusted or not; empty when unsigned
    std::string unsignedReason; // set when installed with --allow-unsigned
    std::string acceptedLicence; // SHA-256 of the licence text accepted; empty when it has none
};

QByteArray installRecordJson(const PackInstallRecord& record);

struct InstalledPack {
    PackManifest manifest;
    std::string folder;
    bool system = false;
    PackInstallRecord record;
    std::vector<std::string> methods; // method scripts, relative to the folder
    std::vector<std::string> plugins; // this machine's plugin manifests, relative to the folder
};

// What a reader needs of a pack: the catalog only its manifest, a listing also its files.
enum class PackDetail { manifest, files };

// The pack in `folder`; nothing, with the reason in `problem`, when it is not a readable pack.
std::optional<InstalledPack> readInstalledPack(const std::string& folder, bool system, Diagnostic* problem = nullptr,
                                               PackDetail detail = PackDetail::files);

// Every pack in `packsFolder`, by id. Only folders named as a pack id count: an install or
// removal under way uses hidden names.
std::vector<InstalledPack> installedPacksIn(const std::string& packsFolder, bool system, Diagnostics* problems = nullptr,
                                            PackDetail detail = PackDetail::files);

// The user's packs, then the system's.
std::vector<InstalledPack> installedPacks(const PackLocations& locations, Diagnostics* problems = nullptr);

// The SHA-256 the record keeps of a licence: of its Dutch and English texts.
std::string licenceDigest(const LocalizedText& licence);

} // namespace palet
