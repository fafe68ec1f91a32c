#include "catalog/plugin_file_safety.hpp"

#include "translate.hpp"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>
#include <unistd.h>

namespace palet {
namespace {

QString q(const std::string& text) { return QString::fromStdString(text); }

std::string unsafeReason(const QString& path)
{
    struct stat status{};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) return {};
    if (status.st_uid != 0 && status.st_uid != ::geteuid())
        return tr("%1 belongs to another user, so Palet loads no plugin from it; fix it with: chown %2 %1")
            .arg(path)
            .arg(::geteuid())
            .toStdString();
    if ((status.st_mode & (S_IWGRP | S_IWOTH)) != 0)
        return tr("%1 may be changed by other users than its owner (permissions %2), so Palet loads no plugin from it; "
                  "fix it with: chmod go-w %1")
            .arg(path)
            .arg(status.st_mode & 07777, 4, 8, QChar('0'))
            .toStdString();
    return {};
}

} // namespace

std::string unsafePluginFileReason(const std::string& file, const std::string& methodFolder)
{
    if (std::string reason = unsafeReason(q(file)); !reason.empty()) return reason;
    const QString root = QDir::cleanPath(QFileInfo{q(methodFolder)}.absoluteFilePath());
    QString folder = QFileInfo{q(file)}.absolutePath();
    while (true) {
        if (std::string reason = unsafeReason(folder); !reason.empty()) return reason;
        if (folder == root || !folder.startsWith(root + '/')) break;
        folder = QFileInfo{folder}.absolutePath();
    }
    return {};
}

bool libraryInManifestFolder(const std::string& manifest, const std::string& library)
{
    const QString folder = QDir::cleanPath(QFileInfo{q(manifest)}.absolutePath());
    return QDir::cleanPath(q(library)).startsWith(folder + '/');
}

} // namespace palet
