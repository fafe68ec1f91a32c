#pragma once
// Installing and removing a verified pack, so that an interruption at any moment (even kill -9)
// leaves either the previous version or the new one, whole. The pack is unpacked into a hidden
// folder beside its place (PACKS/.ID.partial-XXXXXX), every file checked against its SHA-256
// again as it is written and flushed to disk, and then swapped with the installed folder in one
// atomic rename (renameat2 RENAME_EXCHANGE). Leftovers of an interrupted run are cleared by the
// next one. Folders are 0755 and files 0644 whatever the umask, so no one but their owner may
// change a pack's plugins. One install or removal at a time per packs folder (a lock file).

#include "packs/installed_packs.hpp"
#include "packs/pack_verification.hpp"

namespace palet {

struct PackInstallOptions {
    bool allowDowngrade = false;
    bool licenceAccepted = false; // the user accepted this pack's licence (shown, or --accept-licence)
};

// What is installed of this pack's id now, if anything.
std::optional<InstalledPack> installedVersion(const std::string& packsFolder, const std::string& id);

// Refused when a newer version of the pack is installed, unless `allowDowngrade`.
PackStatus checkDowngrade(const VerifiedPack& pack, const std::string& packsFolder, bool allowDowngrade);

// Whether installing must ask the user to accept the pack's licence: it has one, and it is not
// the licence accepted for the version installed now.
bool licenceNeedsAcceptance(const VerifiedPack& pack, const std::string& packsFolder);

// Refused, changing nothing, on a downgrade without allowDowngrade, on a licence not accepted,
// or when the folder cannot be written.
PackResult<InstalledPack> installPack(const VerifiedPack& pack, const std::string& packsFolder, bool system,
                                      const PackInstallOptions& options);

// The pack as it was before it was removed.
PackResult<InstalledPack> removePack(const std::string& id, const std::string& packsFolder, bool system);

} // namespace palet
