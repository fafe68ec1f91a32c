#include "catalog/method_catalog.hpp"

#include "catalog/yaml_method_reader.hpp"

#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace palet {

std::string_view originKindId(MethodOrigin::Kind kind)
{
    return kind == MethodOrigin::Kind::yaml ? "yaml" : "plugin";
}

std::vector<std::string> methodFilesIn(const std::string& directory)
{
    std::vector<std::string> files;
    QDirIterator it{QString::fromStdString(directory), {"*.yaml", "*.yml"}, QDir::Files | QDir::Readable,
                    QDirIterator::Subdirectories};
    while (it.hasNext()) files.push_back(it.next().toStdString());
    std::sort(files.begin(), files.end());
    return files;
}

MethodCatalog MethodCatalog::load(const std::vector<MethodDirectory>& directories)
{
    MethodCatalog catalog;
    QStringList visited; // an installed palet's built-in folder may also be on XDG_DATA_DIRS
    for (const auto& directory : directories) {
        const QFileInfo folder{QString::fromStdString(directory.path)};
        if (!folder.isDir() || visited.contains(folder.canonicalFilePath())) continue;
        visited << folder.canonicalFilePath();
        for (const auto& file : methodFilesIn(directory.path)) {
            auto result = readMethodFile(file);
            if (!result.method) {
                catalog.problems_.insert(catalog.problems_.end(), result.errors.begin(), result.errors.end());
                continue;
            }
            catalog.add({std::move(*result.method), {MethodOrigin::Kind::yaml, file, directory.source}});
        }
    }
    std::sort(catalog.methods_.begin(), catalog.methods_.end(),
              [](const CatalogEntry& a, const CatalogEntry& b) { return a.spec.id < b.spec.id; });
    return catalog;
}

void MethodCatalog::add(CatalogEntry entry)
{
    const auto existing = std::find_if(methods_.begin(), methods_.end(),
                                       [&](const CatalogEntry& known) { return known.spec.id == entry.spec.id; });
    if (existing == methods_.end()) {
        methods_.push_back(std::move(entry));
        return;
    }
    // Entries arrive in rising precedence, so on equal versions the newcomer wins.
    if (entry.spec.version >= existing->spec.version) {
        shadowed_.push_back({std::move(*existing), entry.origin});
        *existing = std::move(entry);
    } else {
        shadowed_.push_back({std::move(entry), existing->origin});
    }
}

const CatalogEntry* MethodCatalog::find(std::string_view id) const
{
    const auto found = std::find_if(methods_.begin(), methods_.end(),
                                    [&](const CatalogEntry& entry) { return entry.spec.id == id; });
    return found == methods_.end() ? nullptr : &*found;
}

std::vector<std::string_view> MethodCatalog::ids() const
{
    std::vector<std::string_view> ids;
    for (const auto& entry : methods_) ids.push_back(entry.spec.id);
    return ids;
}

} // namespace palet
