// Keys and signatures in minisign's formats, through the core's own interface. The e2e pack
// tests check the same files against the minisign tool itself.

#include "packs/minisign_format.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace palet;

TEST_CASE("a key pair survives its files, and a signature its file")
{
    const MinisignKeyPair pair = generateKeyPair();
    const auto publicKey = readPublicKey(publicKeyFileText(pair.publicKey));
    REQUIRE(publicKey);
    CHECK(publicKey->id == pair.publicKey.id);
    CHECK(publicKey->key == pair.publicKey.key);
    const std::string keyLine = publicKeyFileText(pair.publicKey).substr(publicKeyFileText(pair.publicKey).find('\n') + 1);
    CHECK(keyLine.starts_with("RW"));
    CHECK(readPublicKey(keyLine)); // the line alone, as minisign -P takes it

    const auto secretKey = readSecretKey(secretKeyFileText(pair.secretKey));
    REQUIRE(secretKey);
    CHECK(secretKey->publicKey().key == pair.publicKey.key);

    const std::string content = "pack bytes\n";
    const MinisignSignature signature = signContent(*secretKey, content, "acme-1.0.0.palet");
    CHECK(signature.prehashed);
    CHECK(signature.trustedComment.find("\tfile:acme-1.0.0.palet\thashed") != std::string::npos);
    const auto read = readSignature(signatureFileText(signature));
    REQUIRE(read);
    CHECK(verifySignature(*publicKey, *read, content));
}

TEST_CASE("a signature is refused for changed content, a changed trusted comment or another key")
{
    const MinisignKeyPair pair = generateKeyPair();
    const std::string content(10000, 'x');
    MinisignSignature signature = signContent(pair.secretKey, content, "f");

    std::string changed = content;
    changed[5000] = 'y';
    const auto tampered = verifySignature(pair.publicKey, signature, changed);
    CHECK_FALSE(tampered);
    CHECK(tampered.error.contains("the file was changed after it was signed"));

    MinisignSignature commented = signature;
    commented.trustedComment += " extra";
    const auto comment = verifySignature(pair.publicKey, commented, content);
    CHECK_FALSE(comment);
    CHECK(comment.error.contains("trusted comment"));

    const MinisignKeyPair other = generateKeyPair();
    const auto wrongKey = verifySignature(other.publicKey, signature, content);
    CHECK_FALSE(wrongKey);
    CHECK(wrongKey.error.contains(QString::fromStdString(keyIdText(pair.publicKey.id))));
}

TEST_CASE("damaged and password-protected key files and malformed signatures are refused with a sentence")
{
    const MinisignKeyPair pair = generateKeyPair();
    CHECK_FALSE(readPublicKey("untrusted comment: x\nnot base64 at all\n"));
    CHECK_FALSE(readPublicKey(""));
    CHECK_FALSE(readSignature("untrusted comment: x\n"));
    CHECK_FALSE(readSignature(std::string(100000, 'A')));

    std::string secret = secretKeyFileText(pair.secretKey);
    // The key's bytes start after "Ed", the algorithm bytes, the salt and the limits (54 bytes,
    // 72 base64 characters); changing one character there damages the key.
    const auto line = secret.find('\n') + 1;
    secret[line + 100] = secret[line + 100] == 'A' ? 'B' : 'A';
    const auto damaged = readSecretKey(secret);
    CHECK_FALSE(damaged);
    CHECK(damaged.error.contains("damaged"));

    // The same bytes with scrypt named as the key derivation: protected by a password.
    const std::string protectedKey =
        "untrusted comment: minisign encrypted secret key\n"
        "RWRTY0IyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAdFM7c+e3VpibAyw0et3vj0m4uunBriAC5OYEz1XnhR702jq3wA0tvShAyOxlJz1hqOC2k+52U4fq0fZoCWBYtKFgOt6r+1KsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n";
    const auto password = readSecretKey(protectedKey);
    CHECK_FALSE(password);
    CHECK(password.error.contains("protected by a password"));
}

TEST_CASE("key ids read as minisign prints them")
{
    const MinisignKeyId id{0x74, 0x53, 0x3b, 0x73, 0xe7, 0xb7, 0x56, 0x98};
    CHECK(keyIdText(id) == "9856B7E7733B5374");
}
