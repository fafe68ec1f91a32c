#pragma once
// Folders and files that only their owner may write. Plugins and trusted keys that anyone else
// may change are refused (as ssh refuses such keys), so whatever Palet creates for them must not
// depend on the user's umask.

#include "packs/pack_result.hpp"

#include <QString>

#include <string>
#include <string_view>

namespace palet {

// Creates `folder` and each missing parent with exactly `mode` (0755 or 0700); false when it
// could not. Existing folders are left as they are.
bool makeFolders(const std::string& folder, unsigned mode);

// Writes `bytes` to `path` through a new file that only its owner may read (0600) from its
// first byte on, renamed into place; refused when `path` exists and `replace` is false.
PackStatus writePrivateFile(const std::string& path, std::string_view bytes, bool replace);

// Whether the group or others may write `path` (what a link leads to); true also when
// it cannot be examined, so that a caller refuses it.
bool writableByOthers(const std::string& path);

} // namespace palet
