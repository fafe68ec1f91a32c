#include "packs/private_folders.hpp"

#include "translate.hpp"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace palet {

bool makeFolders(const std::string& folder, unsigned mode)
{
    struct stat info {};
    if (::stat(folder.c_str(), &info) == 0) return S_ISDIR(info.st_mode);
    const auto slash = folder.find_last_of('/');
    if (slash != std::string::npos && slash > 0 && !makeFolders(folder.substr(0, slash), mode)) return false;
    if (::mkdir(folder.c_str(), mode) != 0) return errno == EEXIST && ::stat(folder.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
    return ::chmod(folder.c_str(), mode) == 0; // the umask may have taken bits away
}

PackStatus writePrivateFile(const std::string& path, std::string_view bytes, bool replace)
{
    const QString shown = QString::fromStdString(path);
    struct stat info {};
    if (!replace && ::lstat(path.c_str(), &info) == 0) return refused(tr("%1 exists already").arg(shown));
    std::string temporary = path + ".partial-XXXXXX";
    const int fd = ::mkstemp(temporary.data()); // 0600
    if (fd < 0) return refused(tr("could not write %1: %2").arg(shown, QString::fromLocal8Bit(std::strerror(errno))));
    bool written = true;
    for (std::string_view rest = bytes; written && !rest.empty();) {
        const ssize_t count = ::write(fd, rest.data(), rest.size());
        if (count < 0 && errno == EINTR) continue;
        written = count > 0;
        if (written) rest.remove_prefix(static_cast<std::size_t>(count));
    }
    written = written && ::fsync(fd) == 0;
    ::close(fd);
    if (!written || ::rename(temporary.c_str(), path.c_str()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        ::unlink(temporary.c_str());
        return refused(tr("could not write %1: %2").arg(shown, why));
    }
    return packDone();
}

bool writableByOthers(const std::string& path)
{
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) return true;
    return (info.st_mode & (S_IWGRP | S_IWOTH)) != 0;
}

} // namespace palet
