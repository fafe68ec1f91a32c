#include "commands.hpp"

#include "cli_context.hpp"

#include "catalog/method_catalog.hpp"
#include "catalog/yaml_method_reader.hpp"
#include "translate.hpp"

#include <QDir>
#include <QFileInfo>

namespace palet::cli {

int runValidate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument("PATH", tr("Method files, or folders to search for *.yaml and *.yml."), "PATH...");
    parser.addOption({{"q", "quiet"}, tr("Print only the errors.")});
    if (const auto done = parseCommand(parser, arguments, tr("Check method scripts and report every error."))) return *done;
    if (parser.positionalArguments().isEmpty()) {
        printError(tr("palet validate: give at least one file or folder\nSee 'palet validate --help'.\n"));
        return badUsage;
    }

    int checked = 0;
    int invalid = 0;
    bool missing = false;
    for (const QString& path : parser.positionalArguments()) {
        const QFileInfo info{path};
        std::vector<std::string> files;
        if (info.isDir()) {
            files = methodFilesIn(utf8(path));
        } else if (info.exists()) {
            files.push_back(utf8(path));
        } else {
            printError(tr("%1: no such file or folder\n").arg(path));
            missing = true;
        }
        for (const auto& file : files) {
            ++checked;
            const auto result = readMethodFile(file);
            for (const auto& error : result.errors) printError(qs(error.toString()) + '\n');
            // A manifest is only of use beside its library.
            const bool libraryMissing = result.method && !result.pluginLibrary.empty()
                                        && !QFileInfo{QFileInfo{qs(file)}.dir().filePath(qs(result.pluginLibrary))}.isFile();
            if (libraryMissing)
                printError(tr("%1: the manifest names the library '%2', which does not exist\n").arg(qs(file), qs(result.pluginLibrary)));
            if (!result.method || libraryMissing) {
                ++invalid;
            } else if (!parser.isSet("quiet")) {
                printOut(tr("ok: %1 (%2 %3)\n").arg(qs(file), qs(result.method->id), qs(result.method->version.toString())));
            }
        }
    }
    if (!parser.isSet("quiet"))
        printOut(tr("%n file(s) checked", checked) + tr(", %n with errors\n", invalid));
    return invalid == 0 && !missing ? success : badInput;
}

} // namespace palet::cli
