#include "packs/minisign_format.hpp"

#include "translate.hpp"

#include <QByteArray>
#include <QDateTime>

#include <sodium.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <vector>

namespace palet {
namespace {

constexpr std::string_view untrustedPrefix = "untrusted comment: ";
constexpr std::string_view trustedPrefix = "trusted comment: ";
constexpr std::size_t maxTrustedComment = 8192; // as minisign
constexpr qsizetype secretKeyBytes = 158;
constexpr std::size_t keynumBytes = 8 + 64 + 32; // key id, key and checksum: what a password encrypts
constexpr std::uint64_t maxScryptMemory = std::uint64_t{4} << 30;

std::uint64_t littleEndian(const QByteArray& bytes, qsizetype at)
{
    std::uint64_t value = 0;
    for (int i = 7; i >= 0; --i) value = value << 8 | static_cast<std::uint8_t>(bytes[at + i]);
    return value;
}

void appendLittleEndian(std::vector<std::uint8_t>& out, std::uint64_t value)
{
    for (int i = 0; i < 8; ++i) out.push_back(static_cast<std::uint8_t>(value >> (8 * i)));
}

void initialiseSodium()
{
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
}

// The lines of a key or signature file, without line ends.
std::vector<std::string_view> linesOf(std::string_view text)
{
    std::vector<std::string_view> lines;
    while (!text.empty()) {
        const auto end = text.find('\n');
        std::string_view line = text.substr(0, end);
        if (line.ends_with('\r')) line.remove_suffix(1);
        lines.push_back(line);
        if (end == std::string_view::npos) break;
        text.remove_prefix(end + 1);
    }
    return lines;
}

std::optional<QByteArray> decoded(std::string_view base64)
{
    const auto result = QByteArray::fromBase64Encoding(QByteArray{base64.data(), static_cast<qsizetype>(base64.size())},
                                                       QByteArray::AbortOnBase64DecodingErrors);
    if (!result) return std::nullopt;
    return *result;
}

std::string encoded(const std::vector<std::uint8_t>& bytes)
{
    return QByteArray{reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size())}
        .toBase64()
        .toStdString();
}

template <std::size_t size>
void append(std::vector<std::uint8_t>& out, const std::array<std::uint8_t, size>& bytes)
{
    out.insert(out.end(), bytes.begin(), bytes.end());
}

void append(std::vector<std::uint8_t>& out, std::string_view text) { out.insert(out.end(), text.begin(), text.end()); }

template <std::size_t size>
void take(std::array<std::uint8_t, size>& into, const QByteArray& bytes, qsizetype at)
{
    std::memcpy(into.data(), bytes.constData() + at, size);
}

std::array<std::uint8_t, 64> prehash(std::string_view content)
{
    std::array<std::uint8_t, 64> hash{};
    crypto_generichash(hash.data(), hash.size(), reinterpret_cast<const unsigned char*>(content.data()), content.size(),
                       nullptr, 0);
    return hash;
}

// The secret key's checksum: BLAKE2b-256 over the algorithm, the key id and the key.
std::array<std::uint8_t, 32> secretKeyChecksum(const MinisignSecretKey& key)
{
    std::array<std::uint8_t, 32> checksum{};
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, checksum.size());
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>("Ed"), 2);
    crypto_generichash_update(&state, key.id.data(), key.id.size());
    crypto_generichash_update(&state, key.key.data(), key.key.size());
    crypto_generichash_final(&state, checksum.data(), checksum.size());
    return checksum;
}

// The first line that is not a comment: a key file's key, or a key given on its own.
std::string_view keyLine(const std::vector<std::string_view>& lines)
{
    for (std::string_view line : lines)
        if (!line.starts_with(untrustedPrefix) && !line.empty()) return line;
    return {};
}

} // namespace

std::string keyIdText(const MinisignKeyId& id)
{
    std::string text;
    for (auto byte = id.rbegin(); byte != id.rend(); ++byte) {
        char digits[3];
        std::snprintf(digits, sizeof digits, "%02X", *byte);
        text += digits;
    }
    return text;
}

MinisignSecretKey::~MinisignSecretKey() { sodium_memzero(key.data(), key.size()); }

MinisignPublicKey MinisignSecretKey::publicKey() const
{
    MinisignPublicKey result;
    result.id = id;
    crypto_sign_ed25519_sk_to_pk(result.key.data(), key.data());
    return result;
}

MinisignKeyPair generateKeyPair()
{
    initialiseSodium();
    MinisignKeyPair pair;
    randombytes_buf(pair.secretKey.id.data(), pair.secretKey.id.size());
    crypto_sign_keypair(pair.publicKey.key.data(), pair.secretKey.key.data());
    pair.publicKey.id = pair.secretKey.id;
    return pair;
}

PackResult<MinisignPublicKey> readPublicKey(std::string_view text)
{
    const auto bytes = decoded(keyLine(linesOf(text)));
    if (!bytes || bytes->size() != 42 || !bytes->startsWith("Ed"))
        return refused(tr("not a minisign public key (it has a line 'untrusted comment: …' and then one of 56 "
                          "characters that starts with 'RW')"));
    MinisignPublicKey key;
    take(key.id, *bytes, 2);
    take(key.key, *bytes, 10);
    return key;
}

std::string publicKeyFileText(const MinisignPublicKey& key)
{
    std::vector<std::uint8_t> bytes;
    append(bytes, "Ed");
    append(bytes, key.id);
    append(bytes, key.key);
    return std::string{untrustedPrefix} + "minisign public key " + keyIdText(key.id) + '\n' + encoded(bytes) + '\n';
}

bool secretKeyNeedsPassword(std::string_view text)
{
    const auto bytes = decoded(keyLine(linesOf(text)));
    return bytes && bytes->size() == secretKeyBytes && bytes->mid(2, 2) == "Sc";
}

PackResult<MinisignSecretKey> readSecretKey(std::string_view text, std::string_view password)
{
    initialiseSodium();
    auto bytes = decoded(keyLine(linesOf(text)));
    if (!bytes || bytes->size() != secretKeyBytes || !bytes->startsWith("Ed") || bytes->mid(4, 2) != "B2")
        return refused(tr("not a minisign secret key"));
    const QByteArray derivation = bytes->mid(2, 2);
    const bool encrypted = derivation == "Sc";
    if (!encrypted && derivation != QByteArray(2, '\0')) return refused(tr("the secret key is protected in a way Palet does not know"));
    if (encrypted) {
        if (password.empty()) {
            sodium_memzero(bytes->data(), bytes->size());
            return refused(tr("this secret key is protected by a password; give it when asked"));
        }
        const auto opslimit = littleEndian(*bytes, 38);
        const auto memlimit = littleEndian(*bytes, 46);
        if (memlimit > maxScryptMemory) return refused(tr("the secret key asks for more memory to open than Palet gives (%1 MB)").arg(memlimit >> 20));
        std::array<std::uint8_t, keynumBytes> stream{};
        if (crypto_pwhash_scryptsalsa208sha256(stream.data(), stream.size(), password.data(), password.size(),
                                               reinterpret_cast<const unsigned char*>(bytes->constData()) + 6, opslimit,
                                               static_cast<std::size_t>(memlimit)) != 0)
            return refused(tr("not enough memory to open the secret key"));
        for (std::size_t i = 0; i < stream.size(); ++i) (*bytes)[static_cast<qsizetype>(54 + i)] ^= static_cast<char>(stream[i]);
        sodium_memzero(stream.data(), stream.size());
    }
    MinisignSecretKey key;
    take(key.id, *bytes, 54);
    take(key.key, *bytes, 62);
    std::array<std::uint8_t, 32> stored{};
    take(stored, *bytes, 126);
    sodium_memzero(bytes->data(), bytes->size());
    // minisign -G -W leaves the checksum empty; the key's own public half shows damage as well.
    std::array<std::uint8_t, 32> derived{};
    std::array<std::uint8_t, 64> rebuilt{};
    crypto_sign_seed_keypair(derived.data(), rebuilt.data(), key.key.data()); // the seed is the key's first half
    const bool intact = sodium_memcmp(derived.data(), key.key.data() + 32, 32) == 0;
    sodium_memzero(rebuilt.data(), rebuilt.size());
    const bool checksumEmpty = !encrypted && std::all_of(stored.begin(), stored.end(), [](std::uint8_t b) { return b == 0; });
    const auto checksum = secretKeyChecksum(key);
    if (!intact || (!checksumEmpty && sodium_memcmp(checksum.data(), stored.data(), stored.size()) != 0))
        return refused(encrypted ? tr("wrong password for this secret key") : tr("the secret key is damaged: its checksum does not match"));
    return key;
}

std::string secretKeyFileText(const MinisignSecretKey& key, std::string_view password)
{
    initialiseSodium();
    std::vector<std::uint8_t> bytes;
    append(bytes, "Ed");
    if (password.empty()) {
        bytes.insert(bytes.end(), 2, 0); // no key derivation: no password
        append(bytes, "B2");
        bytes.insert(bytes.end(), 32 + 8 + 8, 0); // salt, operations and memory of the unused derivation
    } else {
        append(bytes, "Sc");
        append(bytes, "B2");
        std::array<std::uint8_t, 32> salt{};
        randombytes_buf(salt.data(), salt.size());
        append(bytes, salt);
        appendLittleEndian(bytes, crypto_pwhash_scryptsalsa208sha256_OPSLIMIT_SENSITIVE);
        appendLittleEndian(bytes, crypto_pwhash_scryptsalsa208sha256_MEMLIMIT_SENSITIVE);
    }
    const std::size_t keynumAt = bytes.size();
    append(bytes, key.id);
    append(bytes, key.key);
    append(bytes, secretKeyChecksum(key));
    if (!password.empty()) {
        std::array<std::uint8_t, keynumBytes> stream{};
        if (crypto_pwhash_scryptsalsa208sha256(stream.data(), stream.size(), password.data(), password.size(), bytes.data() + 6,
                                               crypto_pwhash_scryptsalsa208sha256_OPSLIMIT_SENSITIVE,
                                               crypto_pwhash_scryptsalsa208sha256_MEMLIMIT_SENSITIVE) != 0)
            throw std::runtime_error("not enough memory to protect the secret key with its password");
        for (std::size_t i = 0; i < stream.size(); ++i) bytes[keynumAt + i] ^= stream[i];
        sodium_memzero(stream.data(), stream.size());
    }
    std::string text = std::string{untrustedPrefix} +
                       (password.empty() ? "minisign secret key without a password\n" : "minisign encrypted secret key\n") +
                       encoded(bytes) + '\n';
    sodium_memzero(bytes.data(), bytes.size());
    return text;
}

PackResult<MinisignSignature> readSignature(std::string_view text)
{
    const auto lines = linesOf(text);
    const auto notASignature = [] {
        return refused(tr("not a minisign signature (four lines: an untrusted comment, the signature, a trusted "
                          "comment and the signature of that comment)"));
    };
    if (lines.size() < 4 || !lines[0].starts_with(untrustedPrefix) || !lines[2].starts_with(trustedPrefix))
        return notASignature();
    const auto signature = decoded(lines[1]);
    const auto global = decoded(lines[3]);
    if (!signature || signature->size() != 74 || !global || global->size() != 64) return notASignature();
    MinisignSignature result;
    if (signature->startsWith("ED"))
        result.prehashed = true;
    else if (signature->startsWith("Ed"))
        result.prehashed = false;
    else
        return refused(tr("the signature uses an algorithm Palet does not know"));
    take(result.keyId, *signature, 2);
    take(result.signature, *signature, 10);
    result.trustedComment = std::string{lines[2].substr(trustedPrefix.size())};
    if (result.trustedComment.size() > maxTrustedComment) return notASignature();
    take(result.globalSignature, *global, 0);
    return result;
}

std::string signatureFileText(const MinisignSignature& signature)
{
    std::vector<std::uint8_t> bytes;
    append(bytes, signature.prehashed ? "ED" : "Ed");
    append(bytes, signature.keyId);
    append(bytes, signature.signature);
    std::vector<std::uint8_t> global(signature.globalSignature.begin(), signature.globalSignature.end());
    return std::string{untrustedPrefix} + "signature from palet secret key\n" + encoded(bytes) + '\n' +
           std::string{trustedPrefix} + signature.trustedComment + '\n' + encoded(global) + '\n';
}

MinisignSignature signContent(const MinisignSecretKey& key, std::string_view content, const std::string& fileName)
{
    initialiseSodium();
    MinisignSignature result;
    result.prehashed = true;
    result.keyId = key.id;
    const auto hash = prehash(content);
    crypto_sign_detached(result.signature.data(), nullptr, hash.data(), hash.size(), key.key.data());
    std::string name = fileName;
    std::replace_if(name.begin(), name.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
    result.trustedComment = "timestamp:" + std::to_string(QDateTime::currentSecsSinceEpoch()) + "\tfile:" + name + "\thashed";
    std::vector<std::uint8_t> signed_(result.signature.begin(), result.signature.end());
    append(signed_, result.trustedComment);
    crypto_sign_detached(result.globalSignature.data(), nullptr, signed_.data(), signed_.size(), key.key.data());
    return result;
}

PackStatus verifySignature(const MinisignPublicKey& key, const MinisignSignature& signature, std::string_view content)
{
    initialiseSodium();
    if (key.id != signature.keyId)
        return refused(tr("it was signed with the key %1, not with the key %2")
                           .arg(QString::fromStdString(keyIdText(signature.keyId)), QString::fromStdString(keyIdText(key.id))));
    int verified = -1;
    if (signature.prehashed) {
        const auto hash = prehash(content);
        verified = crypto_sign_verify_detached(signature.signature.data(), hash.data(), hash.size(), key.key.data());
    } else {
        verified = crypto_sign_verify_detached(signature.signature.data(), reinterpret_cast<const unsigned char*>(content.data()),
                                               content.size(), key.key.data());
    }
    if (verified != 0) return refused(tr("its signature does not match its content: the file was changed after it was signed"));
    std::vector<std::uint8_t> signed_(signature.signature.begin(), signature.signature.end());
    append(signed_, signature.trustedComment);
    if (crypto_sign_verify_detached(signature.globalSignature.data(), signed_.data(), signed_.size(), key.key.data()) != 0)
        return refused(tr("the trusted comment of its signature was changed"));
    return packDone();
}

} // namespace palet
