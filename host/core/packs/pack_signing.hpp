#pragma once
// Making a key pair and signing a pack with files in minisign's formats.

#include "packs/minisign_format.hpp"

#include <functional>
#include <optional>
#include <string>

namespace palet {

// Writes a new key pair: the secret key (encrypted with `password` unless it is empty) readable
// only by its owner, in a folder only its owner may enter when Palet creates it; the public key
// readable by everyone. Refused when either file exists, unless `replace`.
PackResult<MinisignPublicKey> makeKeyFiles(const std::string& secretKeyFile, const std::string& publicKeyFile, bool replace,
                                           std::string_view password = {});

// Asks the user for the password of a protected secret key; nothing when there is none to give.
using PasswordQuestion = std::function<std::optional<std::string>()>;

struct PackSigning {
    MinisignKeyId keyId{};
    std::string signatureFile;
};

// Signs `file` with the secret key in `secretKeyFile` and writes FILE.minisig beside it. The
// password is asked for only when the key is protected by one.
PackResult<PackSigning> signPackFile(const std::string& file, const std::string& secretKeyFile, const PasswordQuestion& askPassword);

} // namespace palet
