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

// One walk below a root folder. Paths are looked up relative to the open root, which spares the
// kernel walking the root's own path again for every file.
class Walk {
public:
    Walk(std::string root, FolderMemory* memory, const std::function<void(MethodFile)>& found,
         std::vector<std::string>* walked)
        : root_(std::move(root)), memory_(memory), found_(found), walked_(walked)
    {
        rootFd_ = open(root_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    }
    ~Walk()
    {
        if (rootFd_ >= 0) close(rootFd_);
    }
    Walk(const Walk&) = delete;
    Walk& operator=(const Walk&) = delete;

    void run()
    {
        struct stat info {};
        if (rootFd_ >= 0 && fstat(rootFd_, &info) == 0) folder(root_, info, 0);
    }

private:
    // The path as the root's fd sees it: "." for the root itself.
    const char* relative(const std::string& path) const
    {
        return path.size() == root_.size() ? "." : path.c_str() + root_.size() + 1;
    }

    void folder(const std::string& path, const struct stat& info, int depth)
    {
        // Stamped before reading: a change made meanwhile shows as a newer stamp next time.
        const FolderStamp stamp{static_cast<std::uint64_t>(info.st_ino), modifiedNs(info)};
        if (walked_ && path.size() != root_.size()) walked_->emplace_back(relative(path));
        auto children = memory_ ? memory_->recall(path, stamp) : std::nullopt;
        if (!children) {
            children = read(path);
            if (memory_) memory_->remember(path, stamp, *children);
        }
        for (const FolderChild& child : *children) {
            const std::string childPath = path + '/' + child.name;
            struct stat childInfo {};
            switch (child.kind) {
            case FolderChild::Kind::folder:
                if (depth < maxDepth && fstatat(rootFd_, relative(childPath), &childInfo, AT_SYMLINK_NOFOLLOW) == 0 &&
                    S_ISDIR(childInfo.st_mode))
                    folder(childPath, childInfo, depth + 1);
                break;
            case FolderChild::Kind::library: found_({childPath, MethodFile::Kind::library, 0, 0}); break;
            case FolderChild::Kind::script: found_({childPath, MethodFile::Kind::script, 0, 0}); break;
            }
        }
    }

    // The folder's subfolders, scripts and libraries. The type readdir gives spares a stat; a
    // link may name a script or a library, never a folder.
    std::vector<FolderChild> read(const std::string& path) const
    {
        std::vector<FolderChild> children;
        const int fd = openat(rootFd_, relative(path), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        DIR* folder = fd >= 0 ? fdopendir(fd) : nullptr; // owns fd from here on
        if (!folder) {
            if (fd >= 0) close(fd);
            return children;
        }
        while (const dirent* entry = readdir(folder)) {
            const std::string_view name = entry->d_name;
            if (name == "." || name == "..") continue;
            unsigned char type = entry->d_type;
            if (type == DT_UNKNOWN) {
                struct stat info {};
                if (fstatat(dirfd(folder), entry->d_name, &info, AT_SYMLINK_NOFOLLOW) != 0) continue;
                type = S_ISDIR(info.st_mode)   ? DT_DIR
                       : S_ISLNK(info.st_mode) ? DT_LNK
                       : S_ISREG(info.st_mode) ? DT_REG
                                               : DT_UNKNOWN;
            }
            if (type == DT_DIR) {
                children.push_back({std::string{name}, FolderChild::Kind::folder});
            } else if (const auto kind = kindOf(name)) {
                // A pipe or a device named like a script is kept, so that its reader can say why
                // it is not read; a library is only ever a file or a link.
                if (type == DT_REG || type == DT_LNK || *kind == FolderChild::Kind::script)
                    children.push_back({std::string{name}, *kind});
            }
        }
        closedir(folder);
        return children;
    }

    std::string root_;
    int rootFd_ = -1;
    FolderMemory* memory_;
    const std::function<void(MethodFile)>& found_;
    std::vector<std::string>* walked_;
};

} // namespace

void scanMethodFolder(const std::string& folder, FolderMemory* memory, const std::function<void(MethodFile)>& found,
                      std::vector<std::string>* walked)
{
    std::string root = folder;
    while (root.size() > 1 && root.back() == '/') root.pop_back();
    Walk{std::move(root), memory, found, walked}.run();
}

bool describeScript(MethodFile& script)
{
    struct stat info {};
    if (stat(script.path.c_str(), &info) != 0) return false;
    script.size = static_cast<std::int64_t>(info.st_size);
    script.modifiedNs = modifiedNs(info);
    script.changedNs = static_cast<std::int64_t>(info.st_ctim.tv_sec) * 1'000'000'000 + info.st_ctim.tv_nsec;
    script.inode = static_cast<std::uint64_t>(info.st_ino);
    return true;
}

std::vector<MethodFile> scanMethodFolder(const std::string& folder, FolderMemory* memory)
{
    std::vector<MethodFile> found;
    scanMethodFolder(folder, memory, [&](MethodFile file) {
        if (file.kind == MethodFile::Kind::library || describeScript(file)) found.push_back(std::move(file));
    });
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
