#include "packs/pack_signing.hpp"

#include "packs/pack_verification.hpp"
#include "packs/private_folders.hpp"
#include "translate.hpp"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sodium.h>

namespace palet {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

constexpr qint64 maxKeyFileBytes = 4096;
constexpr qint64 maxSignedBytes = qint64{1} << 30;

} // namespace

PackResult<MinisignPublicKey> makeKeyFiles(const std::string& secretKeyFile, const std::string& publicKeyFile, bool replace,
                                           std::string_view password)
{
    if (!replace)
        for (const std::string& file : {secretKeyFile, publicKeyFile})
            if (QFileInfo::exists(qs(file)))
                return refused(tr("%1 exists already; pass --force to replace it (files signed with the old key can then no "
                                  "longer be checked with the new one)").arg(qs(file)));
    const std::string secretFolder = QFileInfo{qs(secretKeyFile)}.absolutePath().toStdString();
    if (!makeFolders(secretFolder, 0700)) return refused(tr("could not create the folder %1").arg(qs(secretFolder)));
    const std::string publicFolder = QFileInfo{qs(publicKeyFile)}.absolutePath().toStdString();
    if (!makeFolders(publicFolder, 0755)) return refused(tr("could not create the folder %1").arg(qs(publicFolder)));
    const MinisignKeyPair pair = generateKeyPair();
    std::string secretText = secretKeyFileText(pair.secretKey, password);
    const auto secretWritten = writePrivateFile(secretKeyFile, secretText, replace);
    std::fill(secretText.begin(), secretText.end(), '\0');
    if (!secretWritten) return refused(secretWritten.error);
    const std::string publicText = publicKeyFileText(pair.publicKey);
    QSaveFile out{qs(publicKeyFile)};
    if (!out.open(QIODevice::WriteOnly) || out.write(publicText.data(), static_cast<qint64>(publicText.size())) != static_cast<qint64>(publicText.size()) ||
        !out.commit())
        return refused(tr("could not write %1: %2").arg(qs(publicKeyFile), out.errorString()));
    QFile::setPermissions(qs(publicKeyFile), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    return pair.publicKey;
}

PackResult<PackSigning> signPackFile(const std::string& file, const std::string& secretKeyFile, const PasswordQuestion& askPassword)
{
    QFile keyIn{qs(secretKeyFile)};
    if (!keyIn.open(QIODevice::ReadOnly)) return refused(tr("%1: cannot be read: %2").arg(qs(secretKeyFile), keyIn.errorString()));
    std::string keyText = keyIn.read(maxKeyFileBytes).toStdString();
    std::optional<std::string> password;
    if (secretKeyNeedsPassword(keyText)) {
        password = askPassword();
        if (!password) return refused(tr("%1: the secret key is protected by a password, and none was given").arg(qs(secretKeyFile)));
    }
    const auto key = readSecretKey(keyText, password ? *password : std::string_view{});
    sodium_memzero(keyText.data(), keyText.size());
    if (password) sodium_memzero(password->data(), password->size());
    if (!key) return refused(tr("%1: %2").arg(qs(secretKeyFile), key.error));

    QFile in{qs(file)};
    if (!in.open(QIODevice::ReadOnly)) return refused(tr("%1: cannot be read: %2").arg(qs(file), in.errorString()));
    if (in.size() > maxSignedBytes) return refused(tr("%1: larger than %2 MB").arg(qs(file)).arg(maxSignedBytes >> 20));
    const QByteArray content = in.readAll();
    const MinisignSignature signature =
        signContent(*key, {content.constData(), static_cast<std::size_t>(content.size())}, QFileInfo{qs(file)}.fileName().toStdString());
    const std::string text = signatureFileText(signature);
    const std::string signatureFile = signatureFileOf(file);
    QSaveFile out{qs(signatureFile)};
    if (!out.open(QIODevice::WriteOnly) || out.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size()) ||
        !out.commit())
        return refused(tr("could not write %1: %2").arg(qs(signatureFile), out.errorString()));
    return PackSigning{key->id, signatureFile};
}

} // namespace palet
