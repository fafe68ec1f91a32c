#pragma once
// The files of a method folder: scripts (*.yaml, *.yml) and plugin libraries (*.so). A thousand
// methods must list quickly, so the walk stats only scripts, and with a FolderMemory it does not
// read again a folder whose entries cannot have changed.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace palet {

struct MethodFile {
    enum class Kind { script, library };

    std::string path;
    Kind kind = Kind::script;
    std::int64_t size = 0;       // scripts only: a library is not read when listing
    std::int64_t modifiedNs = 0; // since the epoch; scripts only
    std::int64_t changedNs = 0;  // the inode's change time: moves with every write, and cannot be set back
    std::uint64_t inode = 0;     // scripts only
};

// A folder's identity: adding, removing or renaming an entry changes its modification time.
struct FolderStamp {
    std::uint64_t inode = 0;
    std::int64_t modifiedNs = 0;
};

struct FolderChild {
    enum class Kind { folder, script, library };

    std::string name;
    Kind kind = Kind::script;
};

// What folders held when they were last read.
class FolderMemory {
public:
    virtual ~FolderMemory() = default;
    // The children `folder` had, if its stamp is unchanged and was not too fresh to trust.
    virtual std::optional<std::vector<FolderChild>> recall(const std::string& folder, const FolderStamp& stamp) = 0;
    virtual void remember(const std::string& folder, const FolderStamp& stamp, const std::vector<FolderChild>& children) = 0;
};

// Every script and library below `folder`, recursively, without following links to folders,
// sorted by path so that loading is deterministic. A folder that cannot be read gives nothing.
std::vector<MethodFile> scanMethodFolder(const std::string& folder, FolderMemory* memory = nullptr);

// The same files, handed to `found` one by one as the walk meets them, in no particular order,
// and with scripts not yet described: their size and time are left for describeScript. The
// folders walked below `folder` are added to `walked`, when given, relative to it.
void scanMethodFolder(const std::string& folder, FolderMemory* memory, const std::function<void(MethodFile)>& found,
                      std::vector<std::string>* walked = nullptr);

// Fills in a script's size, times and inode (following a link); false when it is gone. One that is not a
// regular file is kept, for its reader to refuse with the reason.
bool describeScript(MethodFile& script);

// Only the scripts, as paths.
std::vector<std::string> methodFilesIn(const std::string& folder);

} // namespace palet
