#pragma once
// The SHA-256 of every file of a pack, kept in the pack as SHA256SUMS in the format of
// `sha256sum` ("<64 hex digits>  <path>" a line), so that anyone can check an unpacked pack
// with `sha256sum -c SHA256SUMS`.

#include "packs/pack_result.hpp"

#include <sodium.h>

#include <map>
#include <string>
#include <string_view>

namespace palet {

inline constexpr std::string_view digestListName = "SHA256SUMS";

using FileDigests = std::map<std::string, std::string>; // path in the pack → lowercase hex SHA-256

class Sha256 {
public:
    Sha256();
    void add(std::string_view bytes);
    std::string hex(); // ends the hashing

private:
    crypto_hash_sha256_state state_;
};

std::string sha256Hex(std::string_view bytes);

std::string digestListText(const FileDigests& digests);

// Every line well formed, no path twice; the refusal names the line.
PackResult<FileDigests> readDigestList(std::string_view text);

} // namespace palet
