#include "packs/installed_packs.hpp"

#include "packs/file_digests.hpp"
#include "translate.hpp"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace palet {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

std::vector<std::string> scriptsBelow(const QString& root, const QString& folder)
{
    std::vector<std::string> scripts;
    QDirIterator walk{QDir{root}.filePath(folder), {"*.yaml", "*.yml"}, QDir::Files, QDirIterator::Subdirectories};
    while (walk.hasNext()) scripts.push_back(QDir{root}.relativeFilePath(walk.next()).toStdString());
    std::sort(scripts.begin(), scripts.end());
    return scripts;
}

PackInstallRecord recordFrom(const QJsonObject& json)
{
    PackInstallRecord record;
    record.installedAt = json.value("installed_at").toString().toStdString();
    record.fromFile = json.value("from_file").toString().toStdString();
    record.signedBy = json.value("signed_by").toString().toStdString();
    record.keyId = json.value("key_id").toString().toStdString();
    record.unsignedReason = json.value("unsigned_reason").toString().toStdString();
    record.acceptedLicence = json.value("accepted_licence").toString().toStdString();
    return record;
}

} // namespace

QByteArray installRecordJson(const PackInstallRecord& record)
{
    QJsonObject json;
    json["installed_at"] = qs(record.installedAt);
    json["from_file"] = qs(record.fromFile);
    json["signed_by"] = qs(record.signedBy);
    json["key_id"] = qs(record.keyId);
    json["unsigned_reason"] = qs(record.unsignedReason);
    json["accepted_licence"] = qs(record.acceptedLicence);
    return QJsonDocument{json}.toJson();
}

std::string licenceDigest(const LocalizedText& licence)
{
    if (licence.empty()) return {};
    return sha256Hex(licence.nl + '\0' + licence.en);
}

std::optional<InstalledPack> readInstalledPack(const std::string& folder, bool system, Diagnostic* problem, PackDetail detail)
{
    const QString manifestFile = QDir{qs(folder)}.filePath("pack.yaml");
    QFile in{manifestFile};
    if (!in.open(QIODevice::ReadOnly) || in.size() > 1024 * 1024) {
        if (problem) *problem = {folder, 0, 0, tr("not a pack: pack.yaml cannot be read").toStdString()};
        return std::nullopt;
    }
    const QByteArray text = in.readAll();
    auto read = readPackManifest(text.toStdString(), manifestFile.toStdString());
    if (!read.manifest) {
        if (problem) *problem = read.errors.empty() ? Diagnostic{folder, 0, 0, "pack.yaml"} : read.errors.front();
        return std::nullopt;
    }
    InstalledPack pack;
    pack.manifest = std::move(*read.manifest);
    pack.folder = folder;
    pack.system = system;
    if (detail == PackDetail::manifest) return pack;
    QFile recordFile{QDir{qs(folder)}.filePath(QString::fromLatin1(installRecordName.data()))};
    if (recordFile.open(QIODevice::ReadOnly)) pack.record = recordFrom(QJsonDocument::fromJson(recordFile.read(64 * 1024)).object());
    pack.methods = scriptsBelow(qs(folder), "methods");
    pack.plugins = scriptsBelow(qs(folder), qs("plugins/" + pluginPlatform()));
    return pack;
}

std::vector<InstalledPack> installedPacksIn(const std::string& packsFolder, bool system, Diagnostics* problems, PackDetail detail)
{
    std::vector<InstalledPack> packs;
    const QDir dir{qs(packsFolder)};
    for (const QString& name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (!isPackId(name.toStdString())) continue;
        Diagnostic problem;
        if (auto pack = readInstalledPack(dir.filePath(name).toStdString(), system, &problem, detail)) {
            if (pack->manifest.id == name.toStdString()) packs.push_back(std::move(*pack));
            else if (problems)
                problems->push_back({pack->folder, 0, 0, tr("the pack in this folder has the id '%1'").arg(qs(pack->manifest.id)).toStdString()});
        } else if (problems) {
            problems->push_back(problem);
        }
    }
    return packs;
}

std::vector<InstalledPack> installedPacks(const PackLocations& locations, Diagnostics* problems)
{
    std::vector<InstalledPack> packs = installedPacksIn(locations.userPacks, false, problems);
    std::vector<std::string> seen;
    for (auto folder = locations.systemPacks.rbegin(); folder != locations.systemPacks.rend(); ++folder) {
        if (std::find(seen.begin(), seen.end(), *folder) != seen.end() || *folder == locations.userPacks) continue;
        seen.push_back(*folder);
        for (auto& pack : installedPacksIn(*folder, true, problems)) packs.push_back(std::move(pack));
    }
    return packs;
}

} // namespace palet
