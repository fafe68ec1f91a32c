#include "plugins/plugin_manifest_making.hpp"

#include "catalog/method_script_writer.hpp"
#include "catalog/yaml_method_reader.hpp"
#include "plugins/descriptor_file.hpp"
#include "plugins/plugin_loader.hpp"
#include "translate.hpp"

namespace palet {
namespace {

QString q(const std::string& text) { return QString::fromStdString(text); }

MadeManifest failed(const QString& sentence) { return {{}, {}, sentence.toStdString()}; }

} // namespace

MadeManifest makePluginManifest(const std::string& libraryPath, const std::string& libraryName, const PluginTrace& trace)
{
    const DescriptorRead read = readPluginDescriptor(libraryPath);
    if (!read.descriptor) return failed(QString("%1: %2").arg(q(libraryPath), q(read.error)));
    // Loaded whatever happened before: this is the build asking, not a meeting.
    const PluginLoad load = loadPluginMethod(libraryPath, {read.descriptor->methodId, {}, true}, trace, AfterBreakdown::retry);
    if (!load.method) return failed(q(load.error));
    // First with nothing known, for the group size it is made for; then for that group.
    const auto unknown = load.method->spec({0, 0, Language::en, 0});
    if (!unknown.value) return failed(q(unknown.error));
    const auto ideal = load.method->spec({unknown.value->groupSize.ideal, 0, Language::en, 0});
    if (!ideal.value) return failed(q(ideal.error));

    MadeManifest made;
    made.method = *ideal.value;
    // The file's comment is part of the file, the same whatever the builder's language.
    made.yaml = methodScriptYaml(made.method, libraryName,
                                 "The manifest of " + libraryName + ", made by 'palet plugin manifest' from the method the plugin "
                                 "computes for its ideal group of " + std::to_string(made.method.groupSize.ideal)
                                     + ".\nDo not edit it: change the plugin and build it again.");
    // What a manifest must be beyond a valid method (both languages, a source...): said now, not at listing.
    const MethodReadResult again = readMethodYaml(made.yaml, libraryPath);
    if (!again.method) {
        QStringList problems;
        for (const Diagnostic& error : again.errors) problems << q(error.message);
        return failed(tr("%1: the method the plugin computes cannot be its manifest: %2").arg(q(libraryPath), problems.join("; ")));
    }
    return made;
}

} // namespace palet
