#include "plugins/plugin_installation.hpp"

#include "catalog/method_catalog.hpp"
#include "catalog/method_opening.hpp"
#include "plugins/elf_file.hpp"
#include "translate.hpp"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>

namespace palet {
namespace {

QString q(const std::string& text) { return QString::fromStdString(text); }

PluginInstallation failed(std::string error)
{
    PluginInstallation result;
    result.errors.push_back(std::move(error));
    return result;
}

// The plugin's own files, relative to its manifest's folder: the manifest, the library, and the
// libraries beside it that it needs (the run path $ORIGIN finds them there), and theirs.
std::vector<std::string> pluginFiles(const CatalogEntry& entry)
{
    const QDir folder = QFileInfo{q(entry.origin.manifest)}.dir();
    std::vector<std::string> files{QFileInfo{q(entry.origin.manifest)}.fileName().toStdString(),
                                   folder.relativeFilePath(q(entry.origin.path)).toStdString()};
    for (size_t next = 1; next < files.size(); ++next) {
        const QFileInfo library{folder.filePath(q(files[next]))};
        for (const std::string& needed : ElfFile{library.filePath().toStdString()}.neededLibraries()) {
            const QString beside = library.dir().filePath(q(needed));
            const std::string relative = folder.relativeFilePath(beside).toStdString();
            if (QFileInfo{beside}.isFile() && std::find(files.begin(), files.end(), relative) == files.end())
                files.push_back(relative);
        }
    }
    return files;
}

// Copies `files` from `from` into the new folder `to`, readable by all and writable only by the
// owner (Palet refuses plugin files that others may change).
std::string copyFiles(const QDir& from, const QDir& to, const std::vector<std::string>& files)
{
    for (const std::string& file : files) {
        const QString target = to.filePath(q(file));
        if (!QDir{}.mkpath(QFileInfo{target}.path()) || !QFile::copy(from.filePath(q(file)), target))
            return tr("%1: cannot be copied to %2").arg(from.filePath(q(file)), target).toStdString();
        const bool library = !file.ends_with(".yaml") && !file.ends_with(".yml");
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther
                                          | (library ? QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther : QFile::Permissions{}));
    }
    return {};
}

} // namespace

PluginInstallation installPlugin(const std::string& source, const std::string& methodsFolder, const PluginTrace& trace)
{
    const QFileInfo given{q(source)};
    if (!given.exists()) return failed(tr("%1: no such file or folder").arg(q(source)).toStdString());
    const QString folder = given.isDir() ? given.absoluteFilePath() : given.absolutePath();

    const MethodCatalog catalog = MethodCatalog::load({MethodDirectory{folder.toStdString(), "install"}}, {nullptr, trace});
    PluginInstallation result;
    for (const Diagnostic& problem : catalog.problems()) result.errors.push_back(problem.toString());
    std::vector<const CatalogEntry*> plugins;
    for (const CatalogEntry& entry : catalog.methods())
        if (entry.origin.kind == MethodOrigin::Kind::plugin
            && (given.isDir() || QFileInfo{q(entry.origin.manifest)}.absoluteFilePath() == given.absoluteFilePath()
                || QFileInfo{q(entry.origin.path)}.absoluteFilePath() == given.absoluteFilePath()))
            plugins.push_back(&entry);
    if (!result.errors.empty()) return result;
    if (plugins.empty())
        return failed(tr("%1: no plugin there: a plugin is a method script with 'plugin: {library: FILE.so}' and that "
                         "library beside it")
                          .arg(q(source))
                          .toStdString());
    if (plugins.size() > 1) {
        QStringList manifests;
        for (const CatalogEntry* entry : plugins) manifests << q(entry->origin.manifest);
        return failed(tr("%1: holds %2 plugins; give the manifest of the one to install: %3")
                          .arg(q(source))
                          .arg(plugins.size())
                          .arg(manifests.join(", "))
                          .toStdString());
    }
    const CatalogEntry& entry = *plugins.front();

    // Checked as `palet check` does, in the helper: loaded, and asked for its method.
    const PluginLoad load = openMethod(entry, trace, AfterBreakdown::retry);
    if (!load.method) return failed(load.error);
    const int members = entry.spec().groupSize.ideal;
    const auto spec = load.method->spec({members, 0, Language::en, 0});
    if (!spec.value) return failed(spec.error);

    const QDir methods{q(methodsFolder)};
    if (!QDir{}.mkpath(methods.path()))
        return failed(tr("%1: the method folder cannot be made").arg(methods.path()).toStdString());
    const QString target = methods.filePath(q(entry.spec().id));
    const QFileInfo existing{target};
    if (existing.exists() && (!existing.isDir() || existing.isSymLink()))
        return failed(tr("%1: is in the way and is not a folder; remove it first").arg(target).toStdString());

    // Copied beside its place first, then renamed into it, so that Palet never finds half a plugin.
    QTemporaryDir staging{methods.filePath(".installing-XXXXXX")};
    if (!staging.isValid()) return failed(tr("%1: cannot write there").arg(methods.path()).toStdString());
    result.files = pluginFiles(entry);
    const QDir stagingDir{staging.path()};
    if (const std::string error = copyFiles(QFileInfo{q(entry.origin.manifest)}.dir(), stagingDir, result.files);
        !error.empty())
        return failed(error);
    QFile::setPermissions(staging.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                              | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    QTemporaryDir retired{methods.filePath(".replaced-XXXXXX")};
    if (existing.exists()) {
        if (!retired.isValid() || !QDir{}.rename(target, QDir{retired.path()}.filePath("old")))
            return failed(tr("%1: the copy there cannot be replaced").arg(target).toStdString());
        result.replaced = true;
    }
    if (!QDir{}.rename(staging.path(), target)) {
        if (result.replaced) QDir{}.rename(QDir{retired.path()}.filePath("old"), target);
        return failed(tr("%1: cannot be made").arg(target).toStdString());
    }
    staging.setAutoRemove(false);
    result.methodId = spec.value->id;
    result.version = spec.value->version;
    result.folder = target.toStdString();
    result.phases = static_cast<int>(spec.value->phases.size());
    result.members = members;
    return result;
}

} // namespace palet
