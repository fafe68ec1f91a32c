#pragma once
// Everything Palet checks of a pack file before it unpacks any of it, in this order: its size;
// a signature by a trusted key (beside it as FILE.minisig); the archive (only files and folders,
// every path inside the pack, limits against bombs); every file's SHA-256 against SHA256SUMS,
// which must list every file and nothing else; pack.yaml; and that this Palet is new enough.
// The archive's bytes are read once, and what was verified is what gets unpacked.

#include "packs/file_digests.hpp"
#include "packs/pack_archive.hpp"
#include "packs/pack_manifest.hpp"
#include "packs/trust_store.hpp"

#include <QByteArray>

#include <optional>
#include <string>
#include <vector>

namespace palet {

inline constexpr std::string_view packManifestName = "pack.yaml";

struct VerifiedPack {
    std::string file;
    QByteArray bytes; // the archive exactly as verified
    std::string manifestText;
    PackManifest manifest;
    FileDigests digests;
    std::optional<TrustedKey> signer; // none only when unsigned packs were allowed
    QString unsignedReason;           // then: why no trusted key vouches for it
    std::vector<std::string> methods; // the method scripts below methods/
    std::vector<std::string> plugins; // the plugin manifests for this machine, below plugins/PLATFORM/
};

struct PackVerifyOptions {
    SemanticVersion paletVersion;
    bool allowUnsigned = false; // a pack without a signature, or signed by an unknown key; never a broken signature
    ArchiveLimits limits;
    std::int64_t maxPackBytes = std::int64_t{256} << 20;
};

PackResult<VerifiedPack> verifyPackFile(const std::string& file, const TrustStore& trust, const PackVerifyOptions& options);

// The signature file of a pack: FILE.minisig.
std::string signatureFileOf(const std::string& file);

// What a pack may hold at its top: pack.yaml, SHA256SUMS, methods/, plugins/, handouts/.
bool isPackTopLevelName(std::string_view name);

} // namespace palet
