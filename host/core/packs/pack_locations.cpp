#include "packs/pack_locations.hpp"

#include <QDir>
#include <QSysInfo>

#include <algorithm>

namespace palet {
namespace {

// A colon-separated list of folders, the highest precedence first; `fallback` when unset or empty.
QStringList folders(const QProcessEnvironment& environment, const QString& name, const QString& fallback)
{
    QString value = environment.value(name);
    if (value.isEmpty()) value = fallback;
    return value.split(':', Qt::SkipEmptyParts);
}

QString home(const QProcessEnvironment& environment, const QString& name, const QString& below)
{
    const QString value = environment.value(name);
    if (!value.isEmpty()) return value;
    return QDir{environment.value("HOME", QDir::homePath())}.filePath(below);
}

} // namespace

PackLocations packLocations(const QProcessEnvironment& environment)
{
    PackLocations locations;
    locations.userPacks = QDir{home(environment, "XDG_DATA_HOME", ".local/share")}.filePath("palet/packs").toStdString();
    const QStringList dataDirs = folders(environment, "XDG_DATA_DIRS", "/usr/local/share:/usr/share");
    for (auto entry = dataDirs.rbegin(); entry != dataDirs.rend(); ++entry)
        locations.systemPacks.push_back(QDir{*entry}.filePath("palet/packs").toStdString());
    locations.systemInstallPacks = locations.systemPacks.back();
    locations.userTrust = QDir{home(environment, "XDG_CONFIG_HOME", ".config")}.filePath("palet/trusted-keys").toStdString();
    for (const QString& entry : folders(environment, "XDG_CONFIG_DIRS", "/etc/xdg"))
        locations.systemTrust.push_back(QDir{entry}.filePath("palet/trusted-keys").toStdString());
    return locations;
}

std::string pluginPlatform()
{
    return "linux-" + QSysInfo::buildCpuArchitecture().toStdString();
}

} // namespace palet
