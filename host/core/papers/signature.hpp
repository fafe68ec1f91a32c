#pragma once
// Ed25519 signatures (libsodium) with the firm's key: what makes a certificate verifiable by a
// register or an employer who holds only the firm's public key.

#include <QByteArray>
#include <QString>

namespace palet {

struct SigningKey {
    QByteArray publicKey; // 32 bytes
    QByteArray secretKey; // 64 bytes: never printed, never logged
};

SigningKey newSigningKey();

// A detached signature of 64 bytes.
QByteArray signMessage(const QByteArray& secretKey, const QByteArray& message);
bool signatureHolds(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature);

// A short name for a public key, for people to compare: 16 hex digits in groups of four.
QString keyFingerprint(const QByteArray& publicKey);

} // namespace palet
