#include "papers/signature.hpp"

#include <sodium.h>

#include <stdexcept>

namespace palet {
namespace {

void startSodium()
{
    // sodium_init is safe to call more than once; it fails only when no randomness can be had.
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be started");
}

} // namespace

SigningKey newSigningKey()
{
    startSodium();
    SigningKey key;
    key.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    key.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(key.publicKey.data()),
                        reinterpret_cast<unsigned char*>(key.secretKey.data()));
    return key;
}

QByteArray signMessage(const QByteArray& secretKey, const QByteArray& message)
{
    startSodium();
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES) return {};
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()), std::size_t(message.size()),
                         reinterpret_cast<const unsigned char*>(secretKey.constData()));
    return signature;
}

bool signatureHolds(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature)
{
    startSodium();
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES) return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.constData()),
                                       reinterpret_cast<const unsigned char*>(message.constData()),
                                       std::size_t(message.size()),
                                       reinterpret_cast<const unsigned char*>(publicKey.constData())) == 0;
}

QString keyFingerprint(const QByteArray& publicKey)
{
    startSodium();
    unsigned char digest[8];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(publicKey.constData()),
                       std::size_t(publicKey.size()), nullptr, 0);
    const QString hex = QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex().toUpper());
    return hex.mid(0, 4) + ' ' + hex.mid(4, 4) + ' ' + hex.mid(8, 4) + ' ' + hex.mid(12, 4);
}

} // namespace palet
