#include "catalog/method_files.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <optional>
#include <string_view>

namespace palet {
namespace {

constexpr int maxDepth = 16; // a loop of bind mounts must not walk forever

std::optional<MethodFile::Kind> kindOf(std::string_view name)
{
    const auto endsWith = [&](std::string_view suffix) {
        return name.size() > suffix.size() && name.substr(name.size() - suffix.size()) == suffix;
    };
    if (endsWith(".yaml") || endsWith(".yml")) return MethodFile::Kind::script;
    if (endsWith(".so")) return MethodFile::Kind::library;
    return std::nullopt;
}

void walk(int folderFd, const std::string& folderPath, int depth, std::vector<MethodFile>& found)
{
    DIR* folder = fdopendir(folderFd); // owns folderFd from here on
    if (!folder) {
        close(folderFd);
        return;
    }
    while (const dirent* entry = readdir(folder)) {
        const std::string_view name = entry->d_name;
        if (name == "." || name == "..") continue;
        struct stat info {};
        if (fstatat(dirfd(folder), entry->d_name, &info, AT_SYMLINK_NOFOLLOW) != 0) continue;
        const std::string path = folderPath + '/' + entry->d_name;
        if (S_ISDIR(info.st_mode)) {
            if (depth >= maxDepth) continue;
            const int child = openat(dirfd(folder), entry->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (child >= 0) walk(child, path, depth + 1, found);
            continue;
        }
        if (S_ISLNK(info.st_mode) && stat(path.c_str(), &info) != 0) continue; // a link to a file is followed
        const auto kind = kindOf(name);
        if (!kind || !S_ISREG(info.st_mode)) continue;
        found.push_back({path, *kind, static_cast<std::int64_t>(info.st_size),
                         static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec});
    }
    closedir(folder);
}

} // namespace

std::vector<MethodFile> scanMethodFolder(const std::string& folder)
{
    std::vector<MethodFile> found;
    std::string root = folder;
    while (root.size() > 1 && root.back() == '/') root.pop_back();
    const int fd = open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return found;
    walk(fd, root, 0, found);
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
