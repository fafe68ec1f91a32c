#pragma once
// Commands with subcommands, such as `palet group create`: the dispatch, the help and the
// did-you-mean for a misspelt subcommand.

#include <QStringList>

#include <functional>
#include <vector>

namespace palet::cli {

struct Subcommand {
    QString name;
    std::function<int(const QStringList&)> run; // takes "palet group create" and the arguments after it
    const char* summary;                        // translated when printed
};

// `arguments` starts with the command ("palet group"), then the subcommand.
int runSubcommand(const QStringList& arguments, const std::vector<Subcommand>& subcommands, const QString& description);

} // namespace palet::cli
