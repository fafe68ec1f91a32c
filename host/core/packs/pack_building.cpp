#include "packs/pack_building.hpp"

#include "catalog/yaml_method_reader.hpp"
#include "packs/file_digests.hpp"
#include "packs/pack_archive.hpp"
#include "packs/pack_verification.hpp"
#include "translate.hpp"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <set>

namespace palet {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

bool isScript(const QString& path) { return path.endsWith(".yaml") || path.endsWith(".yml"); }

} // namespace

PackBuildResult buildPack(const std::string& folder, const std::string& outFile)
{
    PackBuildResult result;
    Diagnostics& errors = result.errors;
    const QDir root{QFileInfo{qs(folder)}.absoluteFilePath()};
    if (!root.exists()) {
        errors.push_back({folder, 0, 0, tr("no such folder").toStdString()});
        return result;
    }
    const std::string manifestFile = root.filePath("pack.yaml").toStdString();
    const FileBytes manifestBytes = readScriptBytes(manifestFile);
    if (!manifestBytes.error.empty()) {
        errors.push_back({manifestFile, 0, 0, manifestBytes.error});
        return result;
    }
    auto manifest = readPackManifest(manifestBytes.bytes, manifestFile);
    errors = std::move(manifest.errors);

    std::vector<ArchiveInput> files;
    std::set<std::string> paths;
    int methods = 0;
    QDirIterator walk{root.path(), QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories};
    while (walk.hasNext()) {
        const QString path = walk.next();
        const QFileInfo info = walk.fileInfo();
        const std::string relative = root.relativeFilePath(path).toStdString();
        const std::string top = relative.substr(0, relative.find('/'));
        if (info.isSymLink()) {
            errors.push_back({path.toStdString(), 0, 0, tr("a link; a pack holds only files and folders").toStdString()});
            continue;
        }
        if (info.isDir()) {
            if (!isPackTopLevelName(top) || top == "pack.yaml" || top == "SHA256SUMS")
                errors.push_back({path.toStdString(), 0, 0, tr("does not belong in a pack, which holds pack.yaml, methods/, plugins/ and handouts/").toStdString()});
            continue;
        }
        if (!info.isFile()) {
            errors.push_back({path.toStdString(), 0, 0, tr("a special file; a pack holds only files and folders").toStdString()});
            continue;
        }
        if (relative == digestListName) continue; // made anew
        const bool belongs = relative == "pack.yaml" || (isPackTopLevelName(top) && relative != top && top != "pack.yaml");
        if (!belongs) {
            errors.push_back({path.toStdString(), 0, 0, tr("does not belong in a pack, which holds pack.yaml, methods/, plugins/ and handouts/").toStdString()});
            continue;
        }
        if (const auto checked = checkPackPath(relative); !checked) {
            errors.push_back({path.toStdString(), 0, 0, checked.error.toStdString()});
            continue;
        }
        if ((top == "methods" || top == "plugins") && isScript(path)) {
            ++methods;
            const MethodReadResult read = readMethodFile(path.toStdString());
            errors.insert(errors.end(), read.errors.begin(), read.errors.end());
            if (!read.pluginLibrary.empty()) {
                const QString library = QDir::cleanPath(info.dir().filePath(qs(read.pluginLibrary)));
                if (top != "plugins")
                    errors.push_back({path.toStdString(), 0, 0, tr("a plugin manifest belongs below plugins/PLATFORM/").toStdString()});
                else if (read.pluginLibrary.front() == '/' || !library.startsWith(root.filePath("plugins/")) || !QFileInfo{library}.isFile())
                    errors.push_back({path.toStdString(), 0, 0, tr("the library '%1' must be a file inside the pack, beside its manifest").arg(qs(read.pluginLibrary)).toStdString()});
            }
        }
        QFile in{path};
        if (!in.open(QIODevice::ReadOnly)) {
            errors.push_back({path.toStdString(), 0, 0, in.errorString().toStdString()});
            continue;
        }
        files.push_back({relative, in.readAll()});
    }
    if (!errors.empty() || !manifest.manifest) return result;

    std::sort(files.begin(), files.end(), [](const ArchiveInput& a, const ArchiveInput& b) {
        return a.path == "pack.yaml" || (b.path != "pack.yaml" && a.path < b.path);
    });
    FileDigests digests;
    for (const ArchiveInput& file : files)
        digests.emplace(file.path, sha256Hex({file.content.constData(), static_cast<std::size_t>(file.content.size())}));
    const std::string digestText = digestListText(digests);
    files.insert(files.begin() + 1, {std::string{digestListName}, QByteArray::fromStdString(digestText)});

    const auto archive = writePackArchive(files);
    if (!archive) {
        errors.push_back({folder, 0, 0, archive.error.toStdString()});
        return result;
    }
    const std::string out = outFile.empty() ? packFileName(*manifest.manifest) : outFile;
    QSaveFile save{qs(out)};
    if (!save.open(QIODevice::WriteOnly) || save.write(*archive) != archive->size() || !save.commit()) {
        errors.push_back({out, 0, 0, tr("could not write: %1").arg(save.errorString()).toStdString()});
        return result;
    }
    result.pack = BuiltPack{std::move(*manifest.manifest), out, static_cast<int>(files.size()) - 1, methods};
    return result;
}

} // namespace palet
