#pragma once
// Installed packs and trusted keys as JSON for other programs (see docs/packs.md).

#include "packs/installed_packs.hpp"
#include "packs/trust_store.hpp"

#include <QJsonObject>

namespace palet {

// id, version, name, publisher, description, requires_palet, languages, scope (user or
// system), folder, signed_by, key_id, unsigned_reason, installed_at, from_file, methods, plugins;
// with `withLicence` also licence.
QJsonObject installedPackJson(const InstalledPack& pack, Language language, bool withLicence);

// name, key_id, public_key (the key's line as minisign -P takes it), scope, file.
QJsonObject trustedKeyJson(const TrustedKey& key);

} // namespace palet
