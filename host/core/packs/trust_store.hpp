#pragma once
// The public keys whose packs this user installs without asking: each a minisign public key
// file, NAME.pub, in the user's trusted-keys folder (see pack_locations.hpp), or in a system one
// an administrator keeps. A key file that others may write is not trusted.

#include "diagnostic.hpp"
#include "packs/minisign_format.hpp"
#include "packs/pack_locations.hpp"

#include <optional>
#include <string>
#include <vector>

namespace palet {

struct TrustedKey {
    std::string name;
    MinisignPublicKey key;
    std::string file;
    bool system = false;
};

class TrustStore {
public:
    static TrustStore open(const PackLocations& locations);

    const std::vector<TrustedKey>& keys() const { return keys_; } // by name; a user's key before a system one of the same name
    const Diagnostics& problems() const { return problems_; }     // key files that were not read

    const TrustedKey* find(const MinisignKeyId& id) const;
    const TrustedKey* findByName(const std::string& name) const;

    // Refused when the name is taken or the key is trusted already.
    PackResult<TrustedKey> add(const std::string& name, const MinisignPublicKey& key);
    PackStatus remove(const std::string& name);

private:
    std::string userFolder_;
    std::vector<TrustedKey> keys_;
    Diagnostics problems_;
};

// Letters, digits, '-', '_' and '.', not starting with '.', at most 64 characters.
bool isTrustName(const std::string& name);

} // namespace palet
