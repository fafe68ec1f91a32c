#include "commands.hpp"

#include "cli_context.hpp"
#include "password_prompt.hpp"
#include "records_context.hpp"
#include "subcommands.hpp"

#include "packs/installed_packs.hpp"
#include "packs/pack_building.hpp"
#include "packs/pack_installation.hpp"
#include "packs/pack_json.hpp"
#include "packs/pack_signing.hpp"
#include "packs/pack_verification.hpp"
#include "text/text_layout.hpp"
#include "terminal_width.hpp"
#include "translate.hpp"

#include <QDir>
#include <QJsonArray>
#include <QProcessEnvironment>
#include <QTextStream>

#include <sodium.h>
#include <unistd.h>

#include <cstdio>

namespace palet::cli {
namespace {

PackLocations locations() { return packLocations(QProcessEnvironment::systemEnvironment()); }

SemanticVersion thisPalet() { return *SemanticVersion::parse(PALET_VERSION); }

QString defaultSecretKey()
{
    return QDir{qEnvironmentVariable("HOME", QDir::homePath())}.filePath(".minisign/minisign.key");
}

QString packName(const PackManifest& manifest, Language language)
{
    return qs(manifest.name.in(language));
}

// "signed by acme (key 1234…)", or why it is not.
QString signerText(const PackInstallRecord& record)
{
    if (!record.signedBy.empty()) return tr("signed by '%1' (key %2)").arg(qs(record.signedBy), qs(record.keyId));
    return tr("installed unsigned: %1").arg(qs(record.unsignedReason));
}

PackVerifyOptions verifyOptions(const QCommandLineParser& parser)
{
    PackVerifyOptions options;
    options.paletVersion = thisPalet();
    options.allowUnsigned = parser.isSet("allow-unsigned");
    return options;
}

void addVerifyOptions(QCommandLineParser& parser)
{
    parser.addOption({"allow-unsigned", tr("Accept a pack without a signature, or signed by a key you do not trust "
                                           "(warns, and is recorded). A broken signature is never accepted.")});
}

int build(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument("DIR", tr("The folder with pack.yaml, methods/, plugins/ and handouts/."));
    parser.addOption({"out", tr("The pack file to write (default: ID-VERSION.palet in the current folder)."), "FILE"});
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments, tr("Build a pack file from a folder."))) return *done;
    if (!hasPositionals(parser, command, 1, tr("the pack's folder"))) return badUsage;
    const auto built = buildPack(utf8(parser.positionalArguments().first()), utf8(parser.value("out")));
    if (!built.pack) {
        for (const Diagnostic& error : built.errors) printError(tr("%1: %2\n").arg(command, QString::fromStdString(error.toString())));
        printError(tr("%1: no pack written\n").arg(command));
        return badInput;
    }
    printOut(tr("Built %1: %2 %3 by %4, %n file(s) with their SHA-256.\nSign it with: palet pack sign %1 --key KEY\n",
                built.pack->files)
                 .arg(qs(built.pack->file), qs(built.pack->manifest.id), qs(built.pack->manifest.version.toString()),
                      qs(built.pack->manifest.publisher)));
    return success;
}

int keygen(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption({"secret-key", tr("Where to write the secret key (default: ~/.minisign/minisign.key, where minisign looks)."), "FILE"});
    parser.addOption({"public-key", tr("Where to write the public key (default: minisign.pub in the current folder)."), "FILE"});
    parser.addOption({"force", tr("Replace key files that exist.")});
    parser.addOption({"password", tr("Protect the secret key with a password, asked for twice (as minisign -G does); "
                                     "without it the key has none (as minisign -G -W).")});
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments, tr("Make a key pair for signing packs, in minisign's format."))) return *done;
    if (!hasPositionals(parser, command, 0, {})) return badUsage;
    const QString secretKey = parser.isSet("secret-key") ? parser.value("secret-key") : defaultSecretKey();
    const QString publicKey = parser.isSet("public-key") ? parser.value("public-key") : QString{"minisign.pub"};
    std::string password;
    if (parser.isSet("password")) {
        auto first = askPassword(tr("Password: "));
        auto again = first ? askPassword(tr("Password (again): ")) : std::nullopt;
        const bool same = first && again && *first == *again && !first->empty();
        if (again) sodium_memzero(again->data(), again->size());
        if (!same) {
            if (first) sodium_memzero(first->data(), first->size());
            return refuse(command, tr("the two passwords were not the same, or empty; no key was made"));
        }
        password = std::move(*first);
    }
    const auto made = makeKeyFiles(utf8(secretKey), utf8(publicKey), parser.isSet("force"), password);
    const bool protectedKey = !password.empty();
    sodium_memzero(password.data(), password.size());
    if (!made) return refuse(command, made.error);
    printOut(tr("Made the key %1.\n").arg(qs(keyIdText(made->id))));
    printOut(protectedKey ? tr("Secret key: %1 (only you may read it, and it opens with your password; back it up)\n").arg(secretKey)
                          : tr("Secret key: %1 (only you may read it; it has no password, so keep it safe and back it up)\n").arg(secretKey));
    printOut(tr("Public key: %1 (give it to those who install your packs: palet trust add %1 --name NAME)\n").arg(publicKey));
    return success;
}

int sign(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument("FILE", tr("The pack file to sign."));
    parser.addOption({"key", tr("The secret key (default: ~/.minisign/minisign.key)."), "KEY"});
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments, tr("Sign a pack file; the signature goes beside it as FILE.minisig."))) return *done;
    if (!hasPositionals(parser, command, 1, tr("the pack file"))) return badUsage;
    const QString key = parser.isSet("key") ? parser.value("key") : defaultSecretKey();
    const auto signing = signPackFile(utf8(parser.positionalArguments().first()), utf8(key),
                                      [&] { return askPassword(tr("Password for %1: ").arg(key)); });
    if (!signing) return refuse(command, signing.error);
    printOut(tr("Signed with the key %1: %2\n").arg(qs(keyIdText(signing->keyId)), qs(signing->signatureFile)));
    return success;
}

QString verifiedText(const VerifiedPack& pack, Language language)
{
    const PackManifest& manifest = pack.manifest;
    QString text = tr("%1: the pack %2 %3, \"%4\" by %5\n")
                       .arg(qs(pack.file), qs(manifest.id), qs(manifest.version.toString()), packName(manifest, language),
                            qs(manifest.publisher));
    text += pack.signer ? tr("  signed by '%1' (key %2), whom you trust\n").arg(qs(pack.signer->name), qs(keyIdText(pack.signer->key.id)))
                        : tr("  not signed by a key you trust: %1\n").arg(pack.unsignedReason);
    text += tr("  %n method(s)", static_cast<int>(pack.methods.size()));
    text += tr(", %n plugin(s) for %1", static_cast<int>(pack.plugins.size())).arg(qs(pluginPlatform()));
    text += tr("; every file matches its SHA-256\n");
    if (manifest.requiresPalet != SemanticVersion{})
        text += tr("  needs Palet %1 or newer\n").arg(qs(manifest.requiresPalet.toString()));
    if (!manifest.licence.empty()) text += tr("  comes with a licence (see --licence)\n");
    return text;
}

int verify(const QStringList& arguments)
{
    QCommandLineParser parser;
    addLanguageOption(parser);
    addVerifyOptions(parser);
    parser.addPositionalArgument("FILE", tr("The pack file to check."));
    parser.addOption({"licence", tr("Also print the pack's licence.")});
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments, tr("Check a pack file as 'install' does, without installing it."))) return *done;
    if (!hasPositionals(parser, command, 1, tr("the pack file"))) return badUsage;
    const auto language = chosenLanguage(parser);
    if (!language) return badUsage;
    const PackLocations where = locations();
    const TrustStore trust = TrustStore::open(where);
    const auto verified = verifyPackFile(utf8(parser.positionalArguments().first()), trust,
                                         verifyOptions(parser));
    if (!verified) return refuse(command, verified.error);
    printOut(verifiedText(*verified, *language));
    if (parser.isSet("licence"))
        printOut(verified->manifest.licence.empty() ? tr("The pack has no licence.\n")
                                                    : qs(verified->manifest.licence.in(*language)) + '\n');
    return success;
}

// Shows the licence and asks; false when it is not accepted (or there is no one to ask).
bool acceptLicence(const QString& command, const VerifiedPack& pack, Language language)
{
    if (!isatty(STDIN_FILENO)) {
        printError(tr("%1: %2 %3 comes with a licence you have not accepted yet; read it with 'palet pack verify %4 "
                      "--licence', then install with --accept-licence\n")
                       .arg(command, qs(pack.manifest.id), qs(pack.manifest.version.toString()), qs(pack.file)));
        return false;
    }
    printOut(tr("The licence of %1 %2:\n\n%3\n\n").arg(qs(pack.manifest.id), qs(pack.manifest.version.toString()),
                                                       qs(pack.manifest.licence.in(language))));
    printOut(tr("Do you accept this licence? Type 'yes' to accept: "));
    std::fflush(stdout);
    QTextStream in{stdin};
    const QString answer = in.readLine().trimmed().toLower();
    if (answer == "yes" || answer == tr("yes")) return true;
    printError(tr("%1: the licence was not accepted; nothing was installed\n").arg(command));
    return false;
}

int install(const QStringList& arguments)
{
    QCommandLineParser parser;
    addLanguageOption(parser);
    addVerifyOptions(parser);
    parser.addPositionalArgument("FILE", tr("The pack file, with its signature FILE.minisig beside it."));
    parser.addOption({"allow-downgrade", tr("Install even when a newer version of the pack is installed.")});
    parser.addOption({"accept-licence", tr("Accept the pack's licence without being asked (for scripts).")});
    parser.addOption({"system", tr("Install for everyone on this computer (in $XDG_DATA_DIRS, by default /usr/local/share/palet/packs).")});
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments, tr("Check a pack file and install it."))) return *done;
    if (!hasPositionals(parser, command, 1, tr("the pack file"))) return badUsage;
    const auto language = chosenLanguage(parser);
    if (!language) return badUsage;
    const PackLocations where = locations();
    const std::string packsFolder = parser.isSet("system") ? where.systemInstallPacks : where.userPacks;
    const TrustStore trust = TrustStore::open(where);
    const auto verified = verifyPackFile(utf8(parser.positionalArguments().first()), trust,
                                         verifyOptions(parser));
    if (!verified) return refuse(command, verified.error);
    if (!verified->signer)
        printError(tr("%1: warning: %2; installing it all the same because of --allow-unsigned (this is recorded with the pack)\n")
                       .arg(command, verified->unsignedReason));

    // A downgrade is refused before the licence is asked for; installPack checks it again.
    if (const auto newer = checkDowngrade(*verified, packsFolder, parser.isSet("allow-downgrade")); !newer)
        return refuse(command, newer.error);
    bool accepted = parser.isSet("accept-licence");
    if (!accepted && licenceNeedsAcceptance(*verified, packsFolder)) {
        if (!acceptLicence(command, *verified, *language)) return badInput;
        accepted = true;
    }
    const auto installed = installPack(*verified, packsFolder, parser.isSet("system"), {parser.isSet("allow-downgrade"), accepted});
    if (!installed) return refuse(command, installed.error);
    printOut(tr("Installed %1 %2 (\"%3\" by %4) in %5: %n method(s)", static_cast<int>(installed->methods.size() + installed->plugins.size()))
                 .arg(qs(installed->manifest.id), qs(installed->manifest.version.toString()),
                      packName(installed->manifest, *language), qs(installed->manifest.publisher), qs(installed->folder)) +
             ", " + signerText(installed->record) + ".\n");
    return success;
}

const InstalledPack* findPack(const std::vector<InstalledPack>& packs, const QString& id)
{
    for (const InstalledPack& pack : packs)
        if (qs(pack.manifest.id) == id) return &pack;
    return nullptr;
}

void printProblems(const QString& command, const Diagnostics& problems)
{
    for (const Diagnostic& problem : problems) printError(tr("%1: skipped: %2\n").arg(command, QString::fromStdString(problem.toString())));
}

int list(const QStringList& arguments)
{
    QCommandLineParser parser;
    addLanguageOption(parser);
    parser.addOption({"json", tr("Print a JSON array (see docs/packs.md).")});
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments, tr("List the installed packs."))) return *done;
    if (!hasPositionals(parser, command, 0, {})) return badUsage;
    const auto language = chosenLanguage(parser);
    if (!language) return badUsage;
    Diagnostics problems;
    const auto packs = installedPacks(locations(), &problems);
    printProblems(command, problems);
    if (parser.isSet("json")) {
        QJsonArray array;
        for (const InstalledPack& pack : packs) array.append(installedPackJson(pack, *language, false));
        printJson(QJsonDocument{array});
        return success;
    }
    if (packs.empty()) {
        printOut(tr("No packs are installed. Install one with: palet pack install FILE\n"));
        return success;
    }
    std::vector<QStringList> rows{{tr("ID"), tr("VERSION"), tr("PUBLISHER"), tr("METHODS"), tr("NAME")}};
    for (const InstalledPack& pack : packs)
        rows.push_back({qs(pack.manifest.id) + (pack.system ? tr(" (system)") : QString{}), qs(pack.manifest.version.toString()),
                        qs(pack.manifest.publisher), QString::number(pack.methods.size() + pack.plugins.size()),
                        packName(pack.manifest, *language)});
    printOut(columns(rows, outputWidth()));
    return success;
}

int show(const QStringList& arguments)
{
    QCommandLineParser parser;
    addLanguageOption(parser);
    parser.addPositionalArgument("ID", tr("The installed pack to show."));
    parser.addOption({"json", tr("Print a JSON object (see docs/packs.md).")});
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments, tr("Show an installed pack: publisher, licence, signature, methods."))) return *done;
    if (!hasPositionals(parser, command, 1, tr("the pack's id"))) return badUsage;
    const auto language = chosenLanguage(parser);
    if (!language) return badUsage;
    const auto packs = installedPacks(locations());
    const InstalledPack* pack = findPack(packs, parser.positionalArguments().first());
    if (!pack) return refuse(command, tr("no pack '%1' is installed ('palet pack list' shows them)").arg(parser.positionalArguments().first()));
    if (parser.isSet("json")) {
        printJson(QJsonDocument{installedPackJson(*pack, *language, true)});
        return success;
    }
    const PackManifest& manifest = pack->manifest;
    QString text = tr("%1 %2: %3\n").arg(qs(manifest.id), qs(manifest.version.toString()), packName(manifest, *language));
    text += tr("Publisher: %1\n").arg(qs(manifest.publisher));
    if (!manifest.description.empty()) text += qs(manifest.description.in(*language)) + '\n';
    text += tr("Installed: %1 in %2 (%3)\n").arg(qs(pack->record.installedAt), qs(pack->folder),
                                                pack->system ? tr("for everyone") : tr("for you"));
    text += tr("Signature: %1\n").arg(signerText(pack->record));
    if (manifest.requiresPalet != SemanticVersion{}) text += tr("Needs: Palet %1 or newer\n").arg(qs(manifest.requiresPalet.toString()));
    QStringList languages;
    for (Language spoken : manifest.languages) languages << qs(languageCode(spoken));
    text += tr("Languages: %1\n").arg(languages.join(", "));
    text += tr("Methods (%n):\n", static_cast<int>(pack->methods.size() + pack->plugins.size()));
    for (const auto& method : pack->methods) text += "  " + qs(method) + '\n';
    for (const auto& plugin : pack->plugins) text += "  " + qs(plugin) + '\n';
    if (!manifest.licence.empty()) text += tr("Licence:\n%1\n").arg(qs(manifest.licence.in(*language)));
    printOut(text);
    return success;
}

int remove(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument("ID", tr("The installed pack to remove."));
    parser.addOption({"system", tr("Remove it from the packs for everyone on this computer.")});
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments, tr("Remove an installed pack and its methods."))) return *done;
    if (!hasPositionals(parser, command, 1, tr("the pack's id"))) return badUsage;
    const PackLocations where = locations();
    const std::string packsFolder = parser.isSet("system") ? where.systemInstallPacks : where.userPacks;
    const auto removed = removePack(utf8(parser.positionalArguments().first()), packsFolder, parser.isSet("system"));
    if (!removed) return refuse(command, removed.error);
    printOut(tr("Removed %1 %2 and its methods from %3.\n")
                 .arg(qs(removed->manifest.id), qs(removed->manifest.version.toString()), qs(packsFolder)));
    return success;
}

} // namespace

int runPack(const QStringList& arguments)
{
    static const std::vector<Subcommand> subcommands{
        {"build", build, QT_TRANSLATE_NOOP("palet", "Build a pack file from a folder.")},
        {"keygen", keygen, QT_TRANSLATE_NOOP("palet", "Make a key pair for signing packs.")},
        {"sign", sign, QT_TRANSLATE_NOOP("palet", "Sign a pack file (FILE.minisig).")},
        {"verify", verify, QT_TRANSLATE_NOOP("palet", "Check a pack file without installing it.")},
        {"install", install, QT_TRANSLATE_NOOP("palet", "Check a pack file and install it.")},
        {"list", list, QT_TRANSLATE_NOOP("palet", "List the installed packs.")},
        {"show", show, QT_TRANSLATE_NOOP("palet", "Show an installed pack.")},
        {"remove", remove, QT_TRANSLATE_NOOP("palet", "Remove an installed pack.")},
    };
    return runSubcommand(arguments, subcommands, tr("Signed method packs: a firm's methods and plugins in one file."));
}

} // namespace palet::cli
