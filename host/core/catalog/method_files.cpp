#include "catalog/method_files.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <string_view>

namespace palet {
namespace {

constexpr int maxDepth = 16; // a loop of bind mounts must not walk forever

std::optional<FolderChild::Kind> kindOf(std::string_view name)
{
    const auto endsWith = [&](std::string_view suffix) {
        return name.size() > suffix.size() && name.substr(name.size() - suffix.size()) == suffix;
    };
    if (endsWith(".yaml") || endsWith(".yml")) return FolderChild::Kind::script;
    if (endsWith(".so")) return FolderChild::Kind::library;
    return std::nullopt;
}

std::int64_t modifiedNs(const struct stat& info)
{
    return static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec;
}

// The folder's subfolders, scripts and libraries. The type readdir gives spares a stat; a link
// may name a script or a library, never a folder.
std::vector<FolderChild> readFolder(const std::string& path)
{
    std::vector<FolderChild> children;
    DIR* folder = opendir(path.c_str());
    if (!folder) return children;
    while (const dirent* entry = readdir(folder)) {
        const std::string_view name = entry->d_name;
        if (name == "." || name == "..") continue;
        unsigned char type = entry->d_type;
        if (type == DT_UNKNOWN) {
            struct stat info {};
            if (fstatat(dirfd(folder), entry->d_name, &info, AT_SYMLINK_NOFOLLOW) != 0) continue;
            type = S_ISDIR(info.st_mode) ? DT_DIR : S_ISLNK(info.st_mode) ? DT_LNK : S_ISREG(info.st_mode) ? DT_REG : DT_UNKNOWN;
        }
        if (type == DT_DIR) {
            children.push_back({std::string{name}, FolderChild::Kind::folder});
        } else if (type == DT_REG || type == DT_LNK) {
            if (const auto kind = kindOf(name)) children.push_back({std::string{name}, *kind});
        }
    }
    closedir(folder);
    return children;
}

void walk(const std::string& path, const struct stat& info, int depth, FolderMemory* memory, std::vector<MethodFile>& found)
{
    // Stamped before reading: a change made meanwhile shows as a newer stamp next time.
    const FolderStamp stamp{static_cast<std::uint64_t>(info.st_ino), modifiedNs(info)};
    auto children = memory ? memory->recall(path, stamp) : std::nullopt;
    if (!children) {
        children = readFolder(path);
        if (memory) memory->remember(path, stamp, *children);
    }
    for (const FolderChild& child : *children) {
        const std::string childPath = path + '/' + child.name;
        struct stat childInfo {};
        switch (child.kind) {
        case FolderChild::Kind::folder:
            if (depth < maxDepth && lstat(childPath.c_str(), &childInfo) == 0 && S_ISDIR(childInfo.st_mode))
                walk(childPath, childInfo, depth + 1, memory, found);
            break;
        case FolderChild::Kind::library: found.push_back({childPath, MethodFile::Kind::library, 0, 0}); break;
        case FolderChild::Kind::script:
            if (stat(childPath.c_str(), &childInfo) == 0 && S_ISREG(childInfo.st_mode))
                found.push_back({childPath, MethodFile::Kind::script, static_cast<std::int64_t>(childInfo.st_size),
                                 modifiedNs(childInfo)});
            break;
        }
    }
}

} // namespace

std::vector<MethodFile> scanMethodFolder(const std::string& folder, FolderMemory* memory)
{
    std::vector<MethodFile> found;
    std::string root = folder;
    while (root.size() > 1 && root.back() == '/') root.pop_back();
    struct stat info {};
    if (stat(root.c_str(), &info) != 0 || !S_ISDIR(info.st_mode)) return found;
    walk(root, info, 0, memory, found);
    std::sort(found.begin(), found.end(), [](const MethodFile& a, const MethodFile& b) { return a.path < b.path; });
    return found;
}

std::vector<std::string> methodFilesIn(const std::string& folder)
{
    std::vector<std::string> paths;
    for (auto& file : scanMethodFolder(folder))
        if (file.kind == MethodFile::Kind::script) paths.push_back(std::move(file.path));
    return paths;
}

} // namespace palet
