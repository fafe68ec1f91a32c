#include "files/private_files.hpp"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <sys/stat.h>

namespace palet {

bool makePrivateFolder(const QString& folder)
{
    QStringList missing;
    for (QString at = QFileInfo{folder}.absoluteFilePath(); !QFileInfo::exists(at) && at != "/";
         at = QFileInfo{at}.absolutePath())
        missing << at;
    if (!QDir{}.mkpath(folder)) return false;
    for (const QString& made : missing)
        if (::chmod(QFile::encodeName(made).constData(), S_IRWXU) != 0) return false;
    return QFileInfo{folder}.isDir();
}

bool makePrivate(QFileDevice& file)
{
    return file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool othersMayRead(const QString& path)
{
    struct stat status{};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) return false;
    return (status.st_mode & (S_IRGRP | S_IROTH)) != 0;
}

} // namespace palet
