#pragma once
// The room's secrets and what is made from them: the console's token, the projector's key, the
// join codes (six digits, each valid for one ten-minute window and the next) and every phone's
// device token (the member's name with a random nonce, signed with the room's key, so a phone can
// act only as the member it joined as). They are kept in a file beside the journal (mode 0600), so
// that a room started again after a crash accepts the same tokens and the phones reconnect.

#include <QByteArray>
#include <QString>

#include <optional>

namespace palet::room {

struct RoomSecrets {
    QByteArray key;       // 32 random bytes
    QString consoleToken; // 256 random bits, base64url
    QString screenKey;    // 128 random bits, base64url

    static RoomSecrets fresh();
    // The secrets kept at `path`; nothing (and `error` set) when the file is missing or damaged.
    static std::optional<RoomSecrets> read(const QString& path, QString& error);
    // Written atomically, readable by the owner only; an error, or empty.
    QString save(const QString& path) const;
};

// The join code of the ten-minute window that `epochSeconds` falls in.
QString joinCodeAt(const QByteArray& key, qint64 epochSeconds);
// Whether `code` is the code of this window or the one before.
bool joinCodeValid(const QByteArray& key, const QString& code, qint64 epochSeconds);
// Seconds from `epochSeconds` until the next code is shown.
int secondsUntilNextCode(qint64 epochSeconds);

// A new device token for `member`.
QString deviceToken(const QByteArray& key, const QString& member);
// The member a device token was made for, when the room's key signed it.
std::optional<QString> deviceMember(const QByteArray& key, const QString& token);

// Equal without telling by its timing where two texts differ.
bool sameSecret(const QString& given, const QString& expected);

} // namespace palet::room
