#include "commands.hpp"

#include "cli_context.hpp"
#include "records_context.hpp"
#include "subcommands.hpp"

#include "catalog/method_search_path.hpp"
#include "plugins/plugin_installation.hpp"
#include "plugins/plugin_manifest_making.hpp"
#include "translate.hpp"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSaveFile>

namespace palet::cli {
namespace {

int install(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument("PLUGIN", tr("The built plugin: its folder (e.g. build/share/palet/methods/my-method), "
                                              "its manifest or its library."));
    parser.addOption({"to", tr("The method folder to install into (default: $XDG_DATA_HOME/palet/methods, "
                               "~/.local/share/palet/methods when that is not set)."),
                      "DIR"});
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments,
                                       tr("Check a built plugin as 'palet check' does, then copy it where Palet finds it.")))
        return *done;
    if (!hasPositionals(parser, command, 1, tr("the plugin's folder, manifest or library"))) return badUsage;
    const std::string methods = parser.isSet("to") ? utf8(parser.value("to"))
                                                   : userMethodDirectory(QProcessEnvironment::systemEnvironment());
    const QString source = parser.positionalArguments().first();
    const PluginInstallation installed = installPlugin(utf8(source), methods, PluginTrace::fromEnvironment());
    if (!installed.errors.empty()) {
        for (const std::string& error : installed.errors) printError(tr("%1: %2\n").arg(command, qs(error)));
        printError(tr("%1: %2: not installed; nothing changed\n").arg(command, source));
        return badInput;
    }
    printOut(tr("Installed %1 %2 in %3 (%n file(s)); ", static_cast<int>(installed.files.size()))
                 .arg(qs(installed.methodId), qs(installed.version.toString()), qs(installed.folder))
             + (installed.replaced ? tr("it replaced the copy that was there. ") : QString{})
             + tr("Checked: it computed %n phase(s) for %1 members.\n", installed.phases).arg(installed.members));
    return success;
}

int manifest(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument("LIBRARY", tr("The built plugin library."));
    parser.addOption({"output", tr("The manifest to write (default: NAME.plugin.yaml beside LIBRARY NAME.so)."), "FILE"});
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments,
                                       tr("Make a plugin's manifest from the method the built plugin computes for its ideal "
                                          "group (palet_add_method_plugin does this at build time).")))
        return *done;
    if (!hasPositionals(parser, command, 1, tr("the plugin library"))) return badUsage;
    const QFileInfo library{parser.positionalArguments().first()};
    if (!library.isFile()) return refuse(command, tr("%1: no such file").arg(library.filePath()));
    const QString output = parser.isSet("output") ? parser.value("output")
                                                  : library.dir().filePath(library.completeBaseName() + ".plugin.yaml");
    // The manifest names its library relative to itself, in its folder or below.
    const QString libraryName = QFileInfo{output}.absoluteDir().relativeFilePath(library.absoluteFilePath());
    if (libraryName.startsWith("../"))
        return misuse(command, tr("the manifest %1 must lie in the folder of %2 or above it").arg(output, library.filePath()));

    const MadeManifest made = makePluginManifest(utf8(library.absoluteFilePath()), utf8(libraryName), PluginTrace::fromEnvironment());
    if (!made.error.empty()) return refuse(command, qs(made.error));
    const QByteArray yaml = QByteArray::fromStdString(made.yaml);
    QFile existing{output};
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == yaml) {
        printOut(tr("%1 is up to date\n").arg(output));
        return success;
    }
    QSaveFile file{output};
    if (!file.open(QIODevice::WriteOnly) || file.write(yaml) != yaml.size() || !file.commit())
        return refuse(command, tr("%1: cannot be written: %2").arg(output, file.errorString()));
    printOut(tr("Made %1: %2 %3, %n phase(s) for %4 members\n", static_cast<int>(made.method.phases.size()))
                 .arg(output, qs(made.method.id), qs(made.method.version.toString()))
                 .arg(made.method.groupSize.ideal));
    return success;
}

} // namespace

int runPlugin(const QStringList& arguments)
{
    static const std::vector<Subcommand> subcommands{
        {"install", install, QT_TRANSLATE_NOOP("palet", "Check a built plugin, then install it where Palet finds it.")},
        {"manifest", manifest, QT_TRANSLATE_NOOP("palet", "Make a plugin's manifest from the method the built plugin computes.")},
    };
    return runSubcommand(arguments, subcommands, tr("Native method plugins."));
}

} // namespace palet::cli
