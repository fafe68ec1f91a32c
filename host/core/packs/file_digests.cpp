#include "packs/file_digests.hpp"

#include "translate.hpp"

#include <stdexcept>

namespace palet {

Sha256::Sha256()
{
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
    crypto_hash_sha256_init(&state_);
}

void Sha256::add(std::string_view bytes)
{
    crypto_hash_sha256_update(&state_, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
}

std::string Sha256::hex()
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&state_, digest);
    char text[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(text, sizeof text, digest, sizeof digest);
    return text;
}

std::string sha256Hex(std::string_view bytes)
{
    Sha256 hash;
    hash.add(bytes);
    return hash.hex();
}

std::string digestListText(const FileDigests& digests)
{
    std::string text;
    for (const auto& [path, digest] : digests) text += digest + "  " + path + '\n';
    return text;
}

PackResult<FileDigests> readDigestList(std::string_view text)
{
    FileDigests digests;
    int number = 0;
    while (!text.empty()) {
        ++number;
        const auto end = text.find('\n');
        const std::string_view line = text.substr(0, end);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        const bool hexDigits = line.size() > 66 && line.substr(0, 64).find_first_not_of("0123456789abcdef") == std::string_view::npos;
        if (!hexDigits || line.substr(64, 2) != "  ")
            return refused(tr("%1, line %2: not '<64 hex digits>  <path>'").arg(QString{digestListName.data()}).arg(number));
        const std::string path{line.substr(66)};
        if (!digests.emplace(path, std::string{line.substr(0, 64)}).second)
            return refused(tr("%1, line %2: '%3' is listed twice").arg(QString{digestListName.data()}).arg(number).arg(QString::fromStdString(path)));
    }
    return digests;
}

} // namespace palet
