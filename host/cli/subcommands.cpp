#include "subcommands.hpp"

#include "cli_context.hpp"

#include "records/record_names.hpp"
#include "translate.hpp"

#include <algorithm>

namespace palet::cli {
namespace {

QString usage(const QString& command, const std::vector<Subcommand>& subcommands, const QString& description)
{
    QString text = tr("Usage: %1 SUBCOMMAND [OPTIONS]\n\n%2\n\nSubcommands:\n").arg(command, description);
    qsizetype width = 0;
    for (const Subcommand& subcommand : subcommands) width = std::max(width, subcommand.name.size());
    for (const Subcommand& subcommand : subcommands)
        text += QString("  %1  %2\n").arg(subcommand.name.leftJustified(width), tr(subcommand.summary));
    text += tr("\nRun '%1 SUBCOMMAND --help' for a subcommand's options.\n").arg(command);
    return text;
}

} // namespace

int runSubcommand(const QStringList& arguments, const std::vector<Subcommand>& subcommands, const QString& description)
{
    const QString command = arguments.first();
    if (arguments.size() < 2) {
        printError(usage(command, subcommands, description));
        return badUsage;
    }
    const QString name = arguments[1];
    if (name == "--help" || name == "-h" || name == "help") {
        printOut(usage(command, subcommands, description));
        return success;
    }
    const auto found = std::find_if(subcommands.begin(), subcommands.end(),
                                    [&](const Subcommand& subcommand) { return subcommand.name == name; });
    if (found == subcommands.end()) {
        QStringList names;
        for (const Subcommand& subcommand : subcommands) names << subcommand.name;
        printError(tr("%1: unknown subcommand '%2'%3\nRun '%1 --help' for the list.\n")
                       .arg(command, name, didYouMeanText(name, names)));
        return badUsage;
    }
    QStringList rest = arguments.mid(1);
    rest[0] = command + ' ' + name;
    return found->run(rest);
}

} // namespace palet::cli
