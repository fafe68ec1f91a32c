#include "packs/trust_store.hpp"

#include "packs/private_folders.hpp"
#include "translate.hpp"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <algorithm>

namespace palet {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

constexpr qint64 maxKeyFileBytes = 4096;

void readFolder(const std::string& folder, bool system, std::vector<TrustedKey>& keys, Diagnostics& problems)
{
    const QDir dir{qs(folder)};
    if (!dir.exists()) return;
    if (writableByOthers(folder)) {
        problems.push_back({folder, 0, 0, tr("not read: others may write this folder").toStdString()});
        return;
    }
    for (const QString& entry : dir.entryList({"*.pub"}, QDir::Files | QDir::NoDotAndDotDot, QDir::Name)) {
        const std::string file = dir.filePath(entry).toStdString();
        const std::string name = entry.chopped(4).toStdString();
        if (!isTrustName(name)) continue;
        if (writableByOthers(file)) {
            problems.push_back({file, 0, 0, tr("not trusted: others may write this key file").toStdString()});
            continue;
        }
        QFile in{qs(file)};
        if (!in.open(QIODevice::ReadOnly) || in.size() > maxKeyFileBytes) {
            problems.push_back({file, 0, 0, tr("not read: %1").arg(in.errorString()).toStdString()});
            continue;
        }
        const QByteArray text = in.readAll();
        const auto key = readPublicKey(text.toStdString());
        if (!key) {
            problems.push_back({file, 0, 0, key.error.toStdString()});
            continue;
        }
        keys.push_back({name, *key, file, system});
    }
}

} // namespace

bool isTrustName(const std::string& name)
{
    if (name.empty() || name.size() > 64 || name.front() == '.') return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
    });
}

TrustStore TrustStore::open(const PackLocations& locations)
{
    TrustStore store;
    store.userFolder_ = locations.userTrust;
    readFolder(locations.userTrust, false, store.keys_, store.problems_);
    for (const std::string& folder : locations.systemTrust) readFolder(folder, true, store.keys_, store.problems_);
    std::stable_sort(store.keys_.begin(), store.keys_.end(),
                     [](const TrustedKey& a, const TrustedKey& b) { return a.name < b.name; });
    return store;
}

const TrustedKey* TrustStore::find(const MinisignKeyId& id) const
{
    const auto found = std::find_if(keys_.begin(), keys_.end(), [&](const TrustedKey& key) { return key.key.id == id; });
    return found == keys_.end() ? nullptr : &*found;
}

const TrustedKey* TrustStore::findByName(const std::string& name) const
{
    const auto found = std::find_if(keys_.begin(), keys_.end(), [&](const TrustedKey& key) { return key.name == name; });
    return found == keys_.end() ? nullptr : &*found;
}

PackResult<TrustedKey> TrustStore::add(const std::string& name, const MinisignPublicKey& key)
{
    if (!isTrustName(name))
        return refused(tr("the name '%1' may hold only letters, digits, '-', '_' and '.', and not start with '.'").arg(qs(name)));
    if (const TrustedKey* known = find(key.id))
        return refused(tr("the key %1 is trusted already, as '%2'").arg(qs(keyIdText(key.id)), qs(known->name)));
    if (const TrustedKey* taken = findByName(name))
        return refused(tr("the name '%1' is taken by the key %2; remove it first with 'palet trust remove %1'")
                           .arg(qs(name), qs(keyIdText(taken->key.id))));
    if (!makeFolders(userFolder_, 0700))
        return refused(tr("could not create the folder %1").arg(qs(userFolder_)));
    const std::string file = userFolder_ + '/' + name + ".pub";
    QSaveFile out{qs(file)};
    const std::string text = publicKeyFileText(key);
    if (!out.open(QIODevice::WriteOnly) || out.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size()) ||
        !out.commit())
        return refused(tr("could not write %1: %2").arg(qs(file), out.errorString()));
    QFile::setPermissions(qs(file), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    TrustedKey added{name, key, file, false};
    keys_.push_back(added);
    return added;
}

PackStatus TrustStore::remove(const std::string& name)
{
    const auto found = std::find_if(keys_.begin(), keys_.end(), [&](const TrustedKey& key) { return key.name == name && !key.system; });
    if (found == keys_.end()) {
        if (const TrustedKey* system = findByName(name))
            return refused(tr("'%1' is trusted for everyone on this computer (%2); an administrator removes that file").arg(qs(name), qs(system->file)));
        return refused(tr("no trusted key is named '%1' ('palet trust list' shows them)").arg(qs(name)));
    }
    if (!QFile::remove(qs(found->file))) return refused(tr("could not remove %1").arg(qs(found->file)));
    keys_.erase(found);
    return packDone();
}

} // namespace palet
