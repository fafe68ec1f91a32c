#include "catalog/method_search_path.hpp"

#include "packs/installed_packs.hpp"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>

namespace palet {
namespace {

// Entries of a colon-separated list, highest precedence last; empty entries are skipped.
QStringList lowestFirst(const QString& list)
{
    QStringList entries = list.split(':', Qt::SkipEmptyParts);
    std::reverse(entries.begin(), entries.end());
    return entries;
}

// The method folders of every pack installed below `dataFolder`, by id.
void addPacks(std::vector<MethodDirectory>& directories, const QString& dataFolder)
{
    for (const InstalledPack& pack : installedPacksIn(QDir{dataFolder}.filePath("palet/packs").toStdString(), false, nullptr, PackDetail::manifest)) {
        directories.push_back({pack.folder + "/methods", "pack", pack.manifest.id, pack.manifest.publisher});
        directories.push_back({pack.folder + "/plugins/" + pluginPlatform(), "pack", pack.manifest.id, pack.manifest.publisher});
    }
}

QString dataHome(const QProcessEnvironment& environment)
{
    const QString set = environment.value("XDG_DATA_HOME");
    return set.isEmpty() ? QDir{environment.value("HOME", QDir::homePath())}.filePath(".local/share") : set;
}

} // namespace

std::vector<MethodDirectory> methodSearchPath(const QProcessEnvironment& environment,
                                              const std::string& builtinDirectory,
                                              const std::vector<std::string>& extra)
{
    std::vector<MethodDirectory> directories;
    if (!builtinDirectory.empty()) directories.push_back({builtinDirectory, "built-in"});

    const QString dataDirs = environment.value("XDG_DATA_DIRS", "/usr/local/share:/usr/share");
    for (const QString& entry : lowestFirst(dataDirs.isEmpty() ? "/usr/local/share:/usr/share" : dataDirs)) {
        addPacks(directories, entry);
        directories.push_back({QDir{entry}.filePath("palet/methods").toStdString(), "XDG_DATA_DIRS"});
    }

    addPacks(directories, dataHome(environment));
    directories.push_back({userMethodDirectory(environment), "XDG_DATA_HOME"});

    for (const QString& entry : lowestFirst(environment.value("PALET_METHOD_PATH")))
        directories.push_back({entry.toStdString(), "PALET_METHOD_PATH"});

    for (const auto& folder : extra) directories.push_back({folder, "--methods"});
    return directories;
}

std::string userMethodDirectory(const QProcessEnvironment& environment)
{
    return QDir{dataHome(environment)}.filePath("palet/methods").toStdString();
}

std::string builtinMethodDirectory()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + "/../share/palet/methods").toStdString();
}

} // namespace palet
