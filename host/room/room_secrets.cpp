#include "room_secrets.hpp"

#include "translate.hpp"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSaveFile>

namespace palet::room {
namespace {

constexpr qint64 codeWindowSeconds = 600;
constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    // The system generator reads the kernel's random source: fit for secrets.
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), count / 4);
    return bytes;
}

QByteArray mac(const QByteArray& key, const QByteArray& message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QString codeOfWindow(const QByteArray& key, qint64 window)
{
    const QByteArray digest = mac(key, "join-code:" + QByteArray::number(window));
    const quint32 number = (static_cast<quint32>(static_cast<unsigned char>(digest[0])) << 24) |
                           (static_cast<quint32>(static_cast<unsigned char>(digest[1])) << 16) |
                           (static_cast<quint32>(static_cast<unsigned char>(digest[2])) << 8) |
                           static_cast<quint32>(static_cast<unsigned char>(digest[3]));
    return QStringLiteral("%1").arg(number % 1000000, 6, 10, QChar('0'));
}

} // namespace

RoomSecrets RoomSecrets::fresh()
{
    RoomSecrets secrets;
    secrets.key = randomBytes(32);
    secrets.consoleToken = QString::fromLatin1(randomBytes(32).toBase64(base64url));
    secrets.screenKey = QString::fromLatin1(randomBytes(16).toBase64(base64url));
    return secrets;
}

std::optional<RoomSecrets> RoomSecrets::read(const QString& path, QString& error)
{
    QFile file{path};
    if (!file.open(QIODevice::ReadOnly)) {
        error = tr("%1: cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QJsonObject object = QJsonDocument::fromJson(file.read(4096)).object();
    RoomSecrets secrets;
    secrets.key = QByteArray::fromBase64(object.value("key").toString().toLatin1(), base64url);
    secrets.consoleToken = object.value("console_token").toString();
    secrets.screenKey = object.value("screen_key").toString();
    if (secrets.key.size() != 32 || secrets.consoleToken.size() < 40 || secrets.screenKey.size() < 20) {
        error = tr("%1: is not a room's secrets file").arg(path);
        return std::nullopt;
    }
    return secrets;
}

QString RoomSecrets::save(const QString& path) const
{
    QSaveFile file{path};
    if (!file.open(QIODevice::WriteOnly)) return tr("%1: cannot be written: %2").arg(path, file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QJsonObject object;
    object["key"] = QString::fromLatin1(key.toBase64(base64url));
    object["console_token"] = consoleToken;
    object["screen_key"] = screenKey;
    file.write(QJsonDocument{object}.toJson(QJsonDocument::Compact));
    if (!file.commit()) return tr("%1: cannot be written: %2").arg(path, file.errorString());
    return {};
}

QString joinCodeAt(const QByteArray& key, qint64 epochSeconds)
{
    return codeOfWindow(key, epochSeconds / codeWindowSeconds);
}

bool joinCodeValid(const QByteArray& key, const QString& code, qint64 epochSeconds)
{
    const qint64 window = epochSeconds / codeWindowSeconds;
    return sameSecret(code, codeOfWindow(key, window)) || sameSecret(code, codeOfWindow(key, window - 1));
}

int secondsUntilNextCode(qint64 epochSeconds)
{
    return static_cast<int>(codeWindowSeconds - epochSeconds % codeWindowSeconds);
}

QString deviceToken(const QByteArray& key, const QString& member)
{
    const QByteArray name = member.toUtf8().toBase64(base64url);
    const QByteArray nonce = randomBytes(16).toBase64(base64url);
    const QByteArray signature = mac(key, name + '.' + nonce).toBase64(base64url);
    return QString::fromLatin1(name + '.' + nonce + '.' + signature);
}

std::optional<QString> deviceMember(const QByteArray& key, const QString& token)
{
    if (token.size() > 600) return std::nullopt;
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 3) return std::nullopt;
    const QByteArray expected = mac(key, parts[0] + '.' + parts[1]).toBase64(base64url);
    if (!sameSecret(QString::fromLatin1(parts[2]), QString::fromLatin1(expected))) return std::nullopt;
    return QString::fromUtf8(QByteArray::fromBase64(parts[0], base64url));
}

bool sameSecret(const QString& given, const QString& expected)
{
    const QByteArray a = given.toUtf8();
    const QByteArray b = expected.toUtf8();
    if (a.size() != b.size()) return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i) difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace palet::room
