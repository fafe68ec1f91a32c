#pragma once
// Keys and signatures in minisign's formats, so that a firm can sign with `minisign` or with
// Palet and check with either. Ed25519 through libsodium. A signature is "ED" (the file's
// BLAKE2b-512 signed, minisign 0.11's default) or the legacy "Ed" (the file itself signed);
// both are read, Palet writes "ED". A second signature covers the signature and its trusted
// comment, as minisign checks. Secret keys are read and written with a password (encrypted
// with scrypt, as `minisign -G` does) or without one (as `minisign -G -W`).

#include "packs/pack_result.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace palet {

using MinisignKeyId = std::array<std::uint8_t, 8>;

// As minisign prints it: 16 hex digits, the id read as a little-endian number.
std::string keyIdText(const MinisignKeyId& id);

struct MinisignPublicKey {
    MinisignKeyId id{};
    std::array<std::uint8_t, 32> key{};
};

class MinisignSecretKey {
public:
    MinisignSecretKey() = default;
    MinisignSecretKey(const MinisignSecretKey&) = default;
    MinisignSecretKey& operator=(const MinisignSecretKey&) = default;
    ~MinisignSecretKey(); // wipes the key

    MinisignKeyId id{};
    std::array<std::uint8_t, 64> key{}; // libsodium's Ed25519 secret key: seed and public key

    MinisignPublicKey publicKey() const;
};

struct MinisignSignature {
    bool prehashed = true; // "ED"; false for the legacy "Ed"
    MinisignKeyId keyId{};
    std::array<std::uint8_t, 64> signature{};
    std::string trustedComment; // without "trusted comment: "
    std::array<std::uint8_t, 64> globalSignature{};
};

struct MinisignKeyPair {
    MinisignPublicKey publicKey;
    MinisignSecretKey secretKey;
};

MinisignKeyPair generateKeyPair();

// A public key file as `minisign -G` writes it, or its second line alone (as `minisign -P` takes it).
PackResult<MinisignPublicKey> readPublicKey(std::string_view text);
std::string publicKeyFileText(const MinisignPublicKey& key);

// Whether the secret key file `text` is protected by a password.
bool secretKeyNeedsPassword(std::string_view text);

// The key of a secret key file; `password` opens a protected one (a wrong one is refused).
PackResult<MinisignSecretKey> readSecretKey(std::string_view text, std::string_view password = {});

// Without a password when `password` is empty; otherwise encrypted as minisign does (scrypt
// with a fresh salt, at libsodium's limits for sensitive data: about a second and 1 GB).
std::string secretKeyFileText(const MinisignSecretKey& key, std::string_view password = {});

PackResult<MinisignSignature> readSignature(std::string_view text);
std::string signatureFileText(const MinisignSignature& signature);

// A prehashed signature of `content` with minisign's trusted comment: the time, the file's name.
MinisignSignature signContent(const MinisignSecretKey& key, std::string_view content, const std::string& fileName);

// Whether `signature` by `key` covers `content` and its trusted comment; the refusal says which does not.
PackStatus verifySignature(const MinisignPublicKey& key, const MinisignSignature& signature, std::string_view content);

} // namespace palet
