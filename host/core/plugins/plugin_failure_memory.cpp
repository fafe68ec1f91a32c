#include "plugins/plugin_failure_memory.hpp"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sys/stat.h>

namespace palet {
namespace {

constexpr int formatVersion = 1;

// Type, inode, size, modification and change time: a rebuilt, copied or touched library differs.
QString fileStamp(const QString& path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) return {};
    return QStringLiteral("%1:%2:%3:%4.%5:%6.%7")
        .arg(info.st_mode & S_IFMT)
        .arg(info.st_ino)
        .arg(info.st_size)
        .arg(info.st_mtim.tv_sec)
        .arg(info.st_mtim.tv_nsec)
        .arg(info.st_ctim.tv_sec)
        .arg(info.st_ctim.tv_nsec);
}

QJsonObject readPlugins(const QString& file)
{
    QFile in{file};
    if (file.isEmpty() || !in.open(QIODevice::ReadOnly)) return {};
    const QJsonObject root = QJsonDocument::fromJson(in.read(1 << 20)).object();
    if (root.value("format").toInt() != formatVersion) return {}; // damaged, or another palet's
    return root.value("plugins").toObject();
}

void writePlugins(const QString& file, const QJsonObject& plugins)
{
    if (file.isEmpty()) return;
    QDir{}.mkpath(QFileInfo{file}.absolutePath());
    QSaveFile out{file};
    if (!out.open(QIODevice::WriteOnly)) return; // a cache: not worth failing a command for
    out.write(QJsonDocument{QJsonObject{{"format", formatVersion}, {"plugins", plugins}}}.toJson());
    out.commit();
}

} // namespace

PluginFailureMemory PluginFailureMemory::forUser()
{
    if (qEnvironmentVariable("PALET_NO_CACHE") == "1") return PluginFailureMemory{{}};
    QString base = qEnvironmentVariable("XDG_CACHE_HOME");
    if (base.isEmpty()) base = QDir::homePath() + "/.cache";
    return PluginFailureMemory{QDir{base}.filePath("palet/plugin-failures.json")};
}

std::optional<RememberedFailure> PluginFailureMemory::find(const std::string& library) const
{
    const QString path = QString::fromStdString(library);
    const QJsonObject failure = readPlugins(file_).value(path).toObject();
    if (failure.isEmpty() || failure.value("stamp").toString() != fileStamp(path)) return std::nullopt;
    return RememberedFailure{failure.value("failure").toString().toStdString(), failure.value("when").toString()};
}

void PluginFailureMemory::remember(const std::string& library, const std::string& sentence) const
{
    const QString path = QString::fromStdString(library);
    QJsonObject plugins = readPlugins(file_);
    plugins[path] = QJsonObject{{"stamp", fileStamp(path)},
                                {"when", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                {"failure", QString::fromStdString(sentence)}};
    writePlugins(file_, plugins);
}

void PluginFailureMemory::forget(const std::string& library) const
{
    QJsonObject plugins = readPlugins(file_);
    if (!plugins.contains(QString::fromStdString(library))) return;
    plugins.remove(QString::fromStdString(library));
    writePlugins(file_, plugins);
}

QString PluginFailureMemory::stamp() const { return file_.isEmpty() ? QString{} : fileStamp(file_); }

} // namespace palet
