#include "packs/pack_json.hpp"

#include <QJsonArray>

namespace palet {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

QJsonArray strings(const std::vector<std::string>& items)
{
    QJsonArray array;
    for (const auto& item : items) array.append(qs(item));
    return array;
}

} // namespace

QJsonObject installedPackJson(const InstalledPack& pack, Language language, bool withLicence)
{
    const PackManifest& manifest = pack.manifest;
    QJsonArray languages;
    for (Language spoken : manifest.languages) languages.append(qs(std::string{languageCode(spoken)}));
    QJsonObject json{
        {"id", qs(manifest.id)},
        {"version", qs(manifest.version.toString())},
        {"name", qs(manifest.name.in(language))},
        {"publisher", qs(manifest.publisher)},
        {"description", qs(manifest.description.in(language))},
        {"requires_palet", qs(manifest.requiresPalet.toString())},
        {"languages", languages},
        {"scope", pack.system ? "system" : "user"},
        {"folder", qs(pack.folder)},
        {"signed_by", qs(pack.record.signedBy)},
        {"key_id", qs(pack.record.keyId)},
        {"unsigned_reason", qs(pack.record.unsignedReason)},
        {"installed_at", qs(pack.record.installedAt)},
        {"from_file", qs(pack.record.fromFile)},
        {"methods", strings(pack.methods)},
        {"plugins", strings(pack.plugins)},
    };
    if (withLicence) json["licence"] = qs(manifest.licence.in(language));
    return json;
}

QJsonObject trustedKeyJson(const TrustedKey& key)
{
    const std::string text = publicKeyFileText(key.key);
    const std::string line = text.substr(text.find('\n') + 1, text.size() - text.find('\n') - 2);
    return {{"name", qs(key.name)},
            {"key_id", qs(keyIdText(key.key.id))},
            {"public_key", qs(line)},
            {"scope", key.system ? "system" : "user"},
            {"file", qs(key.file)}};
}

} // namespace palet
