#include "commands.hpp"

#include "cli_context.hpp"
#include "records_context.hpp"
#include "subcommands.hpp"

#include "packs/pack_json.hpp"
#include "packs/trust_store.hpp"
#include "terminal_width.hpp"
#include "text/text_layout.hpp"
#include "translate.hpp"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcessEnvironment>

namespace palet::cli {
namespace {

TrustStore openTrust() { return TrustStore::open(packLocations(QProcessEnvironment::systemEnvironment())); }

int add(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument("PUBKEY", tr("A public key file as 'minisign -G' or 'palet pack keygen' writes it, or its key line (RW...)."));
    parser.addOption({"name", tr("The name to know the key by, such as the publisher's (required)."), "NAME"});
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments, tr("Trust the packs signed with a publisher's key."))) return *done;
    if (!hasPositionals(parser, command, 1, tr("the public key file"))) return badUsage;
    if (!parser.isSet("name")) return misuse(command, tr("give the key a name with --name NAME"));
    const QString given = parser.positionalArguments().first();
    QByteArray text = given.toUtf8();
    if (QFileInfo{given}.isFile()) {
        QFile in{given};
        if (!in.open(QIODevice::ReadOnly)) return refuse(command, tr("%1: cannot be read: %2").arg(given, in.errorString()));
        text = in.read(4096);
    } else if (!given.startsWith("RW")) {
        return refuse(command, tr("%1: no such file").arg(given));
    }
    const auto key = readPublicKey(text.toStdString());
    if (!key) return refuse(command, tr("%1: %2").arg(given, key.error));
    TrustStore trust = openTrust();
    const auto added = trust.add(utf8(parser.value("name")), *key);
    if (!added) return refuse(command, added.error);
    printOut(tr("Trusting the key %1 as '%2': packs it signs install without asking.\n")
                 .arg(qs(keyIdText(added->key.id)), qs(added->name)));
    return success;
}

int list(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption({"json", tr("Print a JSON array (see docs/packs.md).")});
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments, tr("List the keys whose packs you trust."))) return *done;
    if (!hasPositionals(parser, command, 0, {})) return badUsage;
    const TrustStore trust = openTrust();
    for (const Diagnostic& problem : trust.problems())
        printError(tr("%1: skipped: %2\n").arg(command, QString::fromStdString(problem.toString())));
    if (parser.isSet("json")) {
        QJsonArray array;
        for (const TrustedKey& key : trust.keys()) array.append(trustedKeyJson(key));
        printJson(QJsonDocument{array});
        return success;
    }
    if (trust.keys().empty()) {
        printOut(tr("No keys are trusted. Add a publisher's public key with: palet trust add PUBKEY --name NAME\n"));
        return success;
    }
    std::vector<QStringList> rows{{tr("NAME"), tr("KEY"), tr("FILE")}};
    for (const TrustedKey& key : trust.keys())
        rows.push_back({qs(key.name) + (key.system ? tr(" (system)") : QString{}), qs(keyIdText(key.key.id)), qs(key.file)});
    printOut(columns(rows, outputWidth()));
    return success;
}

int remove(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument("NAME", tr("The name the key is trusted by."));
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments, tr("Stop trusting a key. Packs installed with it stay installed."))) return *done;
    if (!hasPositionals(parser, command, 1, tr("the key's name"))) return badUsage;
    TrustStore trust = openTrust();
    const auto removed = trust.remove(utf8(parser.positionalArguments().first()));
    if (!removed) return refuse(command, removed.error);
    printOut(tr("No longer trusting '%1'. Packs installed with it stay installed; 'palet pack remove ID' removes one.\n")
                 .arg(parser.positionalArguments().first()));
    return success;
}

} // namespace

int runTrust(const QStringList& arguments)
{
    static const std::vector<Subcommand> subcommands{
        {"add", add, QT_TRANSLATE_NOOP("palet", "Trust a publisher's public key.")},
        {"list", list, QT_TRANSLATE_NOOP("palet", "List the trusted keys.")},
        {"remove", remove, QT_TRANSLATE_NOOP("palet", "Stop trusting a key.")},
    };
    return runSubcommand(arguments, subcommands, tr("The keys whose signed packs Palet installs."));
}

} // namespace palet::cli
