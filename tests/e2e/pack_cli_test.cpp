// Signed method packs through the real binary: built from the built-in methods and plugins,
// signed by Palet and by the minisign tool, installed, listed, refused when anything is wrong,
// interrupted with kill -9, and removed.

#include "palet_process.hpp"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QThread>

#include <archive.h>
#include <archive_entry.h>

#include <sys/stat.h>
#include <sys/sysmacros.h>

#include <map>

using namespace palet::test;

namespace {

const QString builtinMethods = QFileInfo{PALET_BINARY}.absolutePath() + "/../share/palet/methods";
const QString packId = "acme.palette";

struct ToolRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// Another program (minisign, tar) in the sandbox's folder.
ToolRun runTool(const PaletSandbox& sandbox, const QString& program, const QStringList& arguments, const QString& folder = {})
{
    QProcess process;
    process.setProcessEnvironment(sandbox.environment());
    process.setWorkingDirectory(folder.isEmpty() ? sandbox.path("") : folder);
    process.start(program, arguments);
    REQUIRE(process.waitForStarted());
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(30000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// palet with `input` on its standard input, which is then not a terminal.
ToolRun runWithInput(const PaletSandbox& sandbox, const QStringList& arguments, const QByteArray& input)
{
    QProcess process;
    process.setProcessEnvironment(sandbox.environment());
    process.setWorkingDirectory(sandbox.path(""));
    process.start(PALET_BINARY, arguments);
    REQUIRE(process.waitForStarted());
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir{}.mkpath(QFileInfo{path}.absolutePath());
    QFile out{path};
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(bytes);
}

QByteArray readFile(const QString& path)
{
    QFile in{path};
    REQUIRE(in.open(QIODevice::ReadOnly));
    return in.readAll();
}

QByteArray packManifest(const QString& version, const QString& extra = {})
{
    return QString{"id: %1\n"
                   "name: {nl: Acme-werkvormen, en: Acme methods}\n"
                   "version: %2\n"
                   "publisher: Acme Coaching\n"
                   "description: {nl: Onze werkvormen., en: Our methods.}\n"
                   "licence: |\n  Licensed to Acme's clients only.\n"
                   "languages: [nl, en]\n%3"}
        .arg(packId, version, extra)
        .toUtf8();
}

// A pack's folder: every built-in YAML method under methods/, every built-in plugin under
// plugins/linux-<arch>/, a method of the firm's own, and a handout image.
QString makePackFolder(const PaletSandbox& sandbox, const QString& name, const QString& version, const QString& extra = {})
{
    const QString folder = sandbox.path(name);
    const QDir source{builtinMethods};
    QDirIterator walk{source.path(), {"*.yaml", "*.so"}, QDir::Files, QDirIterator::Subdirectories};
    while (walk.hasNext()) {
        const QString file = walk.next();
        const QString relative = source.relativeFilePath(file);
        const bool plugin = !QDir{QFileInfo{file}.absolutePath()}.entryList({"*.so"}, QDir::Files).isEmpty();
        const QString target = plugin ? "plugins/linux-" + QSysInfo::buildCpuArchitecture() + "/" + relative : "methods/" + relative;
        writeFile(QDir{folder}.filePath(target), readFile(file));
    }
    QByteArray own = readFile(source.filePath("peer-consultation.yaml"));
    own.replace("id: peer-consultation", "id: acme-consultation");
    REQUIRE(own.contains("id: acme-consultation"));
    writeFile(folder + "/methods/acme-consultation.yaml", own);
    writeFile(folder + "/handouts/acme-logo.png", QByteArray{"\x89PNG\r\n\x1a\n not really an image", 29});
    writeFile(folder + "/pack.yaml", packManifest(version, extra));
    return folder;
}

// Builds the pack of a folder made by makePackFolder; returns the pack file.
QString buildPack(const PaletSandbox& sandbox, const QString& folder, const QString& out)
{
    const auto built = sandbox.run({"pack", "build", folder, "--out", out}, 120000);
    INFO(built.err.toStdString());
    REQUIRE(built.exitCode == 0);
    return out;
}

// A key made by Palet, trusted under `name`; returns the secret key file.
QString trustedPaletKey(const PaletSandbox& sandbox, const QString& name)
{
    const QString secret = sandbox.path("keys/" + name + ".key");
    const QString pub = sandbox.path("keys/" + name + ".pub");
    const auto made = sandbox.run({"pack", "keygen", "--secret-key", secret, "--public-key", pub});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const auto trusted = sandbox.run({"trust", "add", pub, "--name", name});
    INFO(trusted.err.toStdString());
    REQUIRE(trusted.exitCode == 0);
    return secret;
}

void sign(const PaletSandbox& sandbox, const QString& pack, const QString& key)
{
    const auto signed_ = sandbox.run({"pack", "sign", pack, "--key", key}, 60000);
    INFO(signed_.err.toStdString());
    REQUIRE(signed_.exitCode == 0);
}

PaletRun install(const PaletSandbox& sandbox, const QString& pack, const QStringList& more = {})
{
    return sandbox.run(QStringList{"pack", "install", pack, "--accept-licence"} + more, 120000);
}

// Every file below the user's packs folder with its SHA-256 and mode: the installed state.
std::map<QString, QString> installedState(const PaletSandbox& sandbox)
{
    std::map<QString, QString> state;
    const QDir root{sandbox.path("data/palet/packs")};
    QDirIterator walk{root.path(), QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories};
    while (walk.hasNext()) {
        const QString path = walk.next();
        if (walk.fileInfo().isDir() || walk.fileName() == ".lock") {
            state[root.relativeFilePath(path)] = "folder";
            continue;
        }
        state[root.relativeFilePath(path)] = QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
    }
    return state;
}

QJsonObject methodOrigin(const PaletSandbox& sandbox, const QString& id)
{
    const auto shown = sandbox.run({"show", id, "--json"});
    INFO(shown.err.toStdString());
    REQUIRE(shown.exitCode == 0);
    return shown.json().object().value("origin").toObject();
}

// A gzip-compressed tar written entry by entry, for archives Palet would never build.
class CraftedArchive {
public:
    explicit CraftedArchive(const QString& file) : file_(file)
    {
        writer_ = archive_write_new();
        archive_write_set_format_pax_restricted(writer_);
        archive_write_add_filter_gzip(writer_);
        REQUIRE(archive_write_open_filename(writer_, QFile::encodeName(file).constData()) == ARCHIVE_OK);
    }
    ~CraftedArchive() { archive_write_free(writer_); }
    CraftedArchive(const CraftedArchive&) = delete;
    CraftedArchive& operator=(const CraftedArchive&) = delete;

    void file(const QString& path, const QByteArray& content)
    {
        archive_entry* entry = newEntry(path, AE_IFREG);
        archive_entry_set_size(entry, content.size());
        REQUIRE(archive_write_header(writer_, entry) == ARCHIVE_OK);
        archive_write_data(writer_, content.constData(), static_cast<size_t>(content.size()));
        archive_entry_free(entry);
    }
    void symlink(const QString& path, const QString& target)
    {
        archive_entry* entry = newEntry(path, AE_IFLNK);
        archive_entry_set_symlink(entry, QFile::encodeName(target).constData());
        REQUIRE(archive_write_header(writer_, entry) == ARCHIVE_OK);
        archive_entry_free(entry);
    }
    void device(const QString& path)
    {
        archive_entry* entry = newEntry(path, AE_IFCHR);
        archive_entry_set_rdev(entry, makedev(1, 3));
        REQUIRE(archive_write_header(writer_, entry) == ARCHIVE_OK);
        archive_entry_free(entry);
    }
    // pack.yaml and SHA256SUMS, so that only what follows makes the archive bad.
    void goodStart(const QString& version)
    {
        const QByteArray manifest = packManifest(version);
        file("pack.yaml", manifest);
        file("SHA256SUMS", QCryptographicHash::hash(manifest, QCryptographicHash::Sha256).toHex() + "  pack.yaml\n");
    }
    void close() { REQUIRE(archive_write_close(writer_) == ARCHIVE_OK); }

private:
    archive_entry* newEntry(const QString& path, unsigned type)
    {
        archive_entry* entry = archive_entry_new();
        archive_entry_set_pathname(entry, QFile::encodeName(path).constData());
        archive_entry_set_filetype(entry, type);
        archive_entry_set_perm(entry, 0644);
        return entry;
    }

    QString file_;
    archive* writer_ = nullptr;
};

// The refusal of a bad pack: exit 1, the sentence on standard error, nothing installed changed.
void checkRefused(const PaletSandbox& sandbox, const QString& pack, const QString& sentence, bool verifyRefuses = true)
{
    const QStringList more;
    const auto before = installedState(sandbox);
    const auto listedBefore = sandbox.run({"list", "--verbose"}).out;
    const auto refused = install(sandbox, pack, more);
    INFO(pack.toStdString() << ": " << refused.err.toStdString());
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(sentence));
    CHECK(refused.err.count('\n') == 1); // one sentence
    CHECK(installedState(sandbox) == before);
    CHECK(sandbox.run({"list", "--verbose"}).out == listedBefore);
    if (verifyRefuses) CHECK(sandbox.run({"pack", "verify", pack}).exitCode == 1);
}

} // namespace

TEST_CASE("a pack of the built-in methods signed by Palet installs, lists with its pack and publisher, and minisign checks it")
{
    const PaletSandbox sandbox;
    const QString key = trustedPaletKey(sandbox, "acme");
    const QString pack = buildPack(sandbox, makePackFolder(sandbox, "src", "1.0.0"), sandbox.path("acme.palette-1.0.0.palet"));
    sign(sandbox, pack, key);

    // minisign itself accepts Palet's signature and key.
    const auto checked = runTool(sandbox, "minisign", {"-V", "-p", sandbox.path("keys/acme.pub"), "-m", pack});
    INFO(checked.err.toStdString());
    CHECK(checked.exitCode == 0);

    const auto verified = sandbox.run({"pack", "verify", pack, "--licence"});
    INFO(verified.err.toStdString());
    CHECK(verified.exitCode == 0);
    CHECK(verified.out.contains("signed by 'acme'"));
    CHECK(verified.out.contains("every file matches its SHA-256"));
    CHECK(verified.out.contains("Licensed to Acme's clients only."));

    const auto installed = install(sandbox, pack);
    INFO(installed.err.toStdString());
    REQUIRE(installed.exitCode == 0);
    CHECK(installed.out.contains("Installed acme.palette 1.0.0"));
    CHECK(installed.err.isEmpty());

    // The firm's own method and the built-in ones now come from the pack (which is later on the path).
    const auto listed = sandbox.run({"list", "--verbose"});
    CHECK(listed.out.contains("acme-consultation"));
    CHECK(listed.out.contains("shadowed: peer-consultation 1.0.0 from " + QFileInfo{builtinMethods}.canonicalFilePath()));
    CHECK(listed.out.contains("/packs/acme.palette/methods/peer-consultation.yaml (pack acme.palette by Acme Coaching)\n"));
    const QJsonObject origin = methodOrigin(sandbox, "acme-consultation");
    CHECK(origin.value("kind").toString() == "pack");
    CHECK(origin.value("pack").toString() == packId);
    CHECK(origin.value("publisher").toString() == "Acme Coaching");
    CHECK(origin.value("path").toString().endsWith("data/palet/packs/acme.palette/methods/acme-consultation.yaml"));
    const auto listedJson = sandbox.run({"list", "--json", "--source", "Acme Coaching"}).json().array();
    CHECK(listedJson.size() >= 2);
    for (const auto& method : listedJson) CHECK(method.toObject().value("origin").toObject().value("kind") == "pack");

    // Its plugin runs like every other plugin.
    const QJsonObject plugin = methodOrigin(sandbox, "carousel");
    CHECK(plugin.value("kind").toString() == "pack");
    CHECK(plugin.value("manifest").toString().contains("/packs/acme.palette/plugins/linux-"));
    const auto loaded = sandbox.run({"check", "carousel", "--group-size", "4", "--minutes", "50"});
    INFO(loaded.err.toStdString());
    CHECK(loaded.exitCode == 0);
    CHECK(loaded.out.contains("ok: carousel 1.0.0 from " + sandbox.path("data/palet/packs/acme.palette/plugins/")));

    const auto packs = sandbox.run({"pack", "list", "--json"}).json().array();
    REQUIRE(packs.size() == 1);
    const QJsonObject entry = packs.first().toObject();
    CHECK(entry.value("id").toString() == packId);
    CHECK(entry.value("version").toString() == "1.0.0");
    CHECK(entry.value("publisher").toString() == "Acme Coaching");
    CHECK(entry.value("signed_by").toString() == "acme");
    CHECK(entry.value("unsigned_reason").toString().isEmpty());
    CHECK(entry.value("methods").toArray().contains("methods/acme-consultation.yaml"));
    const auto shown = sandbox.run({"pack", "show", packId, "--lang", "en"});
    CHECK(shown.out.contains("Publisher: Acme Coaching"));
    CHECK(shown.out.contains("Licensed to Acme's clients only."));

    // Installed folders and files only their owner may write, as plugins require.
    QDirIterator walk{sandbox.path("data/palet/packs/acme.palette"), QDir::AllEntries | QDir::NoDotAndDotDot, QDirIterator::Subdirectories};
    while (walk.hasNext()) {
        const QString path = walk.next();
        struct stat info {};
        REQUIRE(::lstat(QFile::encodeName(path).constData(), &info) == 0);
        INFO(path.toStdString());
        CHECK((info.st_mode & 07777) == (S_ISDIR(info.st_mode) ? 0755u : 0644u));
    }
}

TEST_CASE("packs signed with the minisign tool install, prehashed and legacy, and keys cross over both ways")
{
    const PaletSandbox sandbox;
    REQUIRE(runTool(sandbox, "minisign", {"-G", "-W", "-p", sandbox.path("firm.pub"), "-s", sandbox.path("firm.key")}).exitCode == 0);
    const auto trusted = sandbox.run({"trust", "add", sandbox.path("firm.pub"), "--name", "firm"});
    INFO(trusted.err.toStdString());
    REQUIRE(trusted.exitCode == 0);

    const QString folder = makePackFolder(sandbox, "src", "1.0.0");
    const QString pack = buildPack(sandbox, folder, sandbox.path("acme-1.0.0.palet"));
    REQUIRE(runTool(sandbox, "minisign", {"-S", "-s", sandbox.path("firm.key"), "-m", pack}).exitCode == 0);
    CHECK(readFile(pack + ".minisig").contains("hashed"));
    auto installed = install(sandbox, pack);
    INFO(installed.err.toStdString());
    CHECK(installed.exitCode == 0);
    CHECK(installed.out.contains("signed by 'firm'"));

    // minisign -l: the legacy signature of the file itself.
    writeFile(folder + "/pack.yaml", packManifest("1.1.0"));
    const QString legacy = buildPack(sandbox, folder, sandbox.path("acme-1.1.0.palet"));
    REQUIRE(runTool(sandbox, "minisign", {"-S", "-l", "-s", sandbox.path("firm.key"), "-m", legacy}).exitCode == 0);
    CHECK_FALSE(readFile(legacy + ".minisig").contains("hashed"));
    installed = install(sandbox, legacy);
    INFO(installed.err.toStdString());
    CHECK(installed.exitCode == 0);

    // Palet signs with minisign's secret key, and minisign with Palet's.
    writeFile(folder + "/pack.yaml", packManifest("1.2.0"));
    const QString withMinisignKey = buildPack(sandbox, folder, sandbox.path("acme-1.2.0.palet"));
    sign(sandbox, withMinisignKey, sandbox.path("firm.key"));
    CHECK(runTool(sandbox, "minisign", {"-V", "-p", sandbox.path("firm.pub"), "-m", withMinisignKey}).exitCode == 0);
    installed = install(sandbox, withMinisignKey);
    CHECK(installed.exitCode == 0);

    const QString paletKey = trustedPaletKey(sandbox, "palet-made");
    writeFile(folder + "/pack.yaml", packManifest("1.3.0"));
    const QString withPaletKey = buildPack(sandbox, folder, sandbox.path("acme-1.3.0.palet"));
    const auto minisigned = runTool(sandbox, "minisign", {"-S", "-s", paletKey, "-m", withPaletKey});
    INFO(minisigned.err.toStdString());
    REQUIRE(minisigned.exitCode == 0);
    installed = install(sandbox, withPaletKey);
    INFO(installed.err.toStdString());
    CHECK(installed.exitCode == 0);
    CHECK(installed.out.contains("signed by 'palet-made'"));
    CHECK(sandbox.run({"pack", "list", "--json"}).json().array().first().toObject().value("version") == "1.3.0");
}

TEST_CASE("bad packs are each refused with a sentence and leave the installed pack as it was")
{
    const PaletSandbox sandbox;
    const QString key = trustedPaletKey(sandbox, "acme");
    const QString good = buildPack(sandbox, makePackFolder(sandbox, "src", "1.0.0"), sandbox.path("good.palet"));
    sign(sandbox, good, key);
    REQUIRE(install(sandbox, good).exitCode == 0);
    const QString newer = buildPack(sandbox, makePackFolder(sandbox, "src2", "2.0.0"), sandbox.path("newer.palet"));
    sign(sandbox, newer, key);

    SECTION("one byte changed")
    {
        QByteArray bytes = readFile(newer);
        bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 1);
        writeFile(sandbox.path("changed.palet"), bytes);
        QFile::copy(newer + ".minisig", sandbox.path("changed.palet.minisig"));
        checkRefused(sandbox, sandbox.path("changed.palet"), "its signature does not match its content: the file was changed after it was signed");
    }
    SECTION("unsigned")
    {
        QFile::copy(newer, sandbox.path("unsigned.palet"));
        checkRefused(sandbox, sandbox.path("unsigned.palet"), "is not signed: there is no " + sandbox.path("unsigned.palet.minisig"));
    }
    SECTION("signed with a key nobody trusts")
    {
        REQUIRE(sandbox.run({"pack", "keygen", "--secret-key", sandbox.path("stranger.key"), "--public-key", sandbox.path("stranger.pub")}).exitCode == 0);
        QFile::copy(newer, sandbox.path("stranger.palet"));
        sign(sandbox, sandbox.path("stranger.palet"), sandbox.path("stranger.key"));
        checkRefused(sandbox, sandbox.path("stranger.palet"), "which you do not trust");
    }
    SECTION("truncated")
    {
        writeFile(sandbox.path("short.palet"), readFile(newer).left(readFile(newer).size() / 2));
        QFile::copy(newer + ".minisig", sandbox.path("short.palet.minisig"));
        checkRefused(sandbox, sandbox.path("short.palet"), "its signature does not match its content");
        sign(sandbox, sandbox.path("short.palet"), key); // signed as it is: the archive itself is refused
        checkRefused(sandbox, sandbox.path("short.palet"), "cut short");
    }
    SECTION("an entry with ../")
    {
        {
            CraftedArchive archive{sandbox.path("climb.palet")};
            archive.goodStart("2.0.0");
            archive.file("methods/../../outside.yaml", "id: outside\n");
            archive.close();
        }
        sign(sandbox, sandbox.path("climb.palet"), key);
        checkRefused(sandbox, sandbox.path("climb.palet"), "the entry 'methods/../../outside.yaml' climbs out with '..'");
        CHECK_FALSE(QFileInfo::exists(sandbox.path("data/palet/outside.yaml")));
        CHECK_FALSE(QFileInfo::exists(sandbox.path("data/outside.yaml")));
    }
    SECTION("an absolute entry")
    {
        {
            CraftedArchive archive{sandbox.path("absolute.palet")};
            archive.goodStart("2.0.0");
            archive.file(sandbox.path("absolute.yaml"), "id: outside\n");
            archive.close();
        }
        sign(sandbox, sandbox.path("absolute.palet"), key);
        checkRefused(sandbox, sandbox.path("absolute.palet"), "which would leave the pack's folder");
    }
    SECTION("a symlink entry")
    {
        {
            CraftedArchive archive{sandbox.path("link.palet")};
            archive.goodStart("2.0.0");
            archive.symlink("methods/secrets.yaml", "/etc/passwd");
            archive.close();
        }
        sign(sandbox, sandbox.path("link.palet"), key);
        checkRefused(sandbox, sandbox.path("link.palet"), "the entry 'methods/secrets.yaml' is a link");
    }
    SECTION("a device file")
    {
        {
            CraftedArchive archive{sandbox.path("device.palet")};
            archive.goodStart("2.0.0");
            archive.device("handouts/null");
            archive.close();
        }
        sign(sandbox, sandbox.path("device.palet"), key);
        checkRefused(sandbox, sandbox.path("device.palet"), "the entry 'handouts/null' is a device file");
    }
    SECTION("a pack that unpacks to 10 GB")
    {
        // A sparse file of 10 GB takes no room on disk, and GNU tar stores only its map.
        const QString bomb = sandbox.path("bomb");
        writeFile(bomb + "/pack.yaml", packManifest("2.0.0"));
        QDir{}.mkpath(bomb + "/handouts");
        QFile big{bomb + "/handouts/big.png"};
        REQUIRE(big.open(QIODevice::WriteOnly));
        REQUIRE(big.resize(qint64{10} << 30));
        big.close();
        REQUIRE(runTool(sandbox, "tar", {"--sparse", "-czf", sandbox.path("bomb.palet"), "-C", bomb, "."}).exitCode == 0);
        REQUIRE(QFileInfo{sandbox.path("bomb.palet")}.size() < 100000);
        sign(sandbox, sandbox.path("bomb.palet"), key);
        checkRefused(sandbox, sandbox.path("bomb.palet"), "the entry 'handouts/big.png' would unpack to 10240 MB, more than the 256 MB");
    }
    SECTION("a sparse file")
    {
        const QString sparse = sandbox.path("sparse");
        writeFile(sparse + "/pack.yaml", packManifest("2.0.0"));
        QDir{}.mkpath(sparse + "/handouts");
        QFile hole{sparse + "/handouts/hole.png"};
        REQUIRE(hole.open(QIODevice::WriteOnly));
        REQUIRE(hole.resize(qint64{10} << 20));
        hole.close();
        REQUIRE(runTool(sandbox, "tar", {"--sparse", "-czf", sandbox.path("sparse.palet"), "-C", sparse, "."}).exitCode == 0);
        sign(sandbox, sandbox.path("sparse.palet"), key);
        checkRefused(sandbox, sandbox.path("sparse.palet"), "the entry 'handouts/hole.png' is a sparse file");
    }
    SECTION("a file that does not match its SHA-256")
    {
        const QString folder = makePackFolder(sandbox, "src3", "2.0.0");
        const QString built = buildPack(sandbox, folder, sandbox.path("sums.palet"));
        REQUIRE(runTool(sandbox, "tar", {"-xzf", built, "-C", sandbox.path("src3")}).exitCode == 0);
        writeFile(folder + "/methods/acme-consultation.yaml", readFile(folder + "/methods/acme-consultation.yaml") + "# changed\n");
        REQUIRE(runTool(sandbox, "tar", {"-czf", sandbox.path("sums.palet"), "-C", folder, "."}).exitCode == 0);
        sign(sandbox, sandbox.path("sums.palet"), key);
        checkRefused(sandbox, sandbox.path("sums.palet"), "the file 'methods/acme-consultation.yaml' does not match its SHA-256 in SHA256SUMS");
    }
    SECTION("a downgrade")
    {
        REQUIRE(install(sandbox, newer).exitCode == 0);
        checkRefused(sandbox, good, "acme.palette 2.0.0 is installed; 1.0.0 would be a downgrade (pass --allow-downgrade if you mean it)", false);
        const auto allowed = install(sandbox, good, {"--allow-downgrade"});
        CHECK(allowed.exitCode == 0);
        CHECK(sandbox.run({"pack", "list", "--json"}).json().array().first().toObject().value("version") == "1.0.0");
    }
    SECTION("a pack that needs a newer Palet")
    {
        const QString needy = buildPack(sandbox, makePackFolder(sandbox, "src4", "2.0.0", "requires-palet: 99.0.0\n"), sandbox.path("needy.palet"));
        sign(sandbox, needy, key);
        checkRefused(sandbox, needy, "the pack acme.palette 2.0.0 needs Palet 99.0.0 or newer; this is Palet ");
    }
    SECTION("a licence not accepted")
    {
        // Another licence than the one accepted for 1.0.0.
        const QString folder = makePackFolder(sandbox, "src5", "2.0.0");
        writeFile(folder + "/pack.yaml", QString{packManifest("2.0.0")}.replace("clients only", "clients only, revised").toUtf8());
        const QString revised = buildPack(sandbox, folder, sandbox.path("revised.palet"));
        sign(sandbox, revised, key);
        const auto before = installedState(sandbox);
        const auto refused = sandbox.run({"pack", "install", revised});
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains("comes with a licence you have not accepted yet; read it with 'palet pack verify"));
        CHECK(installedState(sandbox) == before);
        // The licence accepted once is not asked for again by an update that keeps it.
        const auto quiet = sandbox.run({"pack", "install", newer});
        INFO(quiet.err.toStdString());
        CHECK(quiet.exitCode == 0);
    }
}

TEST_CASE("an unsigned pack installs only with --allow-unsigned, which warns and is recorded")
{
    const PaletSandbox sandbox;
    const QString pack = buildPack(sandbox, makePackFolder(sandbox, "src", "1.0.0"), sandbox.path("plain.palet"));
    REQUIRE(install(sandbox, pack).exitCode == 1);
    const auto installed = install(sandbox, pack, {"--allow-unsigned"});
    INFO(installed.err.toStdString());
    CHECK(installed.exitCode == 0);
    CHECK(installed.err.contains("warning: " + pack + " is not signed"));
    const auto shown = sandbox.run({"pack", "show", packId, "--json"}).json().object();
    CHECK(shown.value("signed_by").toString().isEmpty());
    CHECK(shown.value("unsigned_reason").toString().contains("is not signed"));
    CHECK(sandbox.run({"pack", "show", packId}).out.contains("Signature: installed unsigned: "));

    // A broken signature is refused even so.
    REQUIRE(sandbox.run({"pack", "keygen", "--secret-key", sandbox.path("k.key"), "--public-key", sandbox.path("k.pub")}).exitCode == 0);
    REQUIRE(sandbox.run({"trust", "add", sandbox.path("k.pub"), "--name", "k"}).exitCode == 0);
    sign(sandbox, pack, sandbox.path("k.key"));
    QByteArray bytes = readFile(pack);
    bytes[100] = static_cast<char>(bytes[100] ^ 0x20);
    writeFile(pack, bytes);
    const auto broken = install(sandbox, pack, {"--allow-unsigned"});
    CHECK(broken.exitCode == 1);
    CHECK(broken.err.contains("the file was changed after it was signed"));
}

TEST_CASE("kill -9 during an install leaves the previous version working")
{
    const PaletSandbox sandbox;
    const QString key = trustedPaletKey(sandbox, "acme");
    const QString first = buildPack(sandbox, makePackFolder(sandbox, "src", "1.0.0"), sandbox.path("first.palet"));
    sign(sandbox, first, key);
    REQUIRE(install(sandbox, first).exitCode == 0);

    // A second version with a large handout, so that unpacking takes a while.
    const QString folder = makePackFolder(sandbox, "src2", "2.0.0");
    QByteArray noise(32 << 20, Qt::Uninitialized);
    QRandomGenerator generator{17};
    generator.fillRange(reinterpret_cast<quint32*>(noise.data()), noise.size() / 4);
    writeFile(folder + "/handouts/poster.png", noise);
    const QString second = buildPack(sandbox, folder, sandbox.path("second.palet"));
    sign(sandbox, second, key);

    const QDir packs{sandbox.path("data/palet/packs")};
    auto process = sandbox.start({"pack", "install", second, "--accept-licence"});
    QElapsedTimer waited;
    waited.start();
    bool unpacking = false;
    while (!unpacking && waited.elapsed() < 60000 && process->state() == QProcess::Running) {
        unpacking = !packs.entryList({".acme.palette.partial-*"}, QDir::Dirs | QDir::Hidden).isEmpty();
        if (!unpacking) QThread::usleep(500);
    }
    REQUIRE(unpacking);
    process->kill(); // SIGKILL
    process->waitForFinished();
    CHECK(process->exitStatus() == QProcess::CrashExit);

    // The first version, whole: every file as its SHA256SUMS says, its methods listed.
    const auto listed = sandbox.run({"pack", "list", "--json"}).json().array();
    REQUIRE(listed.size() == 1);
    CHECK(listed.first().toObject().value("version") == "1.0.0");
    const auto sums = runTool(sandbox, "sha256sum", {"-c", "--quiet", "SHA256SUMS"}, sandbox.path("data/palet/packs/acme.palette"));
    CHECK(sums.exitCode == 0);
    CHECK(QDir{sandbox.path("data/palet/packs/acme.palette")}.exists("methods/acme-consultation.yaml"));
    CHECK(sandbox.run({"list"}).out.contains("acme-consultation"));

    // The next install clears what the interrupted one left.
    const auto again = install(sandbox, second);
    INFO(again.err.toStdString());
    CHECK(again.exitCode == 0);
    CHECK(packs.entryList({".acme.palette.*"}, QDir::Dirs | QDir::Hidden).isEmpty());
    CHECK(sandbox.run({"pack", "list", "--json"}).json().array().first().toObject().value("version") == "2.0.0");
}

TEST_CASE("removing a pack removes its methods from the listing, and a later search-path entry overrides a pack's method")
{
    const PaletSandbox sandbox;
    const QString key = trustedPaletKey(sandbox, "acme");
    const QString pack = buildPack(sandbox, makePackFolder(sandbox, "src", "1.0.0"), sandbox.path("acme.palet"));
    sign(sandbox, pack, key);
    REQUIRE(install(sandbox, pack).exitCode == 0);

    // A copy in the user's own methods folder wins over the pack's.
    writeFile(sandbox.userMethods() + "/acme-consultation.yaml", readFile(sandbox.path("src/methods/acme-consultation.yaml")));
    CHECK(methodOrigin(sandbox, "acme-consultation").value("source").toString() == "XDG_DATA_HOME");
    CHECK(sandbox.run({"list", "--verbose"}).out.contains("(pack acme.palette by Acme Coaching), by "));
    QFile::remove(sandbox.userMethods() + "/acme-consultation.yaml");
    CHECK(methodOrigin(sandbox, "acme-consultation").value("kind").toString() == "pack");

    const auto removed = sandbox.run({"pack", "remove", packId});
    INFO(removed.err.toStdString());
    CHECK(removed.exitCode == 0);
    CHECK(removed.out.contains("Removed acme.palette 1.0.0"));
    const auto listed = sandbox.run({"list", "--verbose"});
    CHECK_FALSE(listed.out.contains("acme-consultation"));
    CHECK_FALSE(listed.out.contains("pack acme.palette"));
    CHECK(listed.out.contains("peer-consultation")); // the built-in one again
    CHECK(sandbox.run({"pack", "list", "--json"}).json().array().isEmpty());
    CHECK_FALSE(QFileInfo::exists(sandbox.path("data/palet/packs/acme.palette")));

    const auto again = sandbox.run({"pack", "remove", packId});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains("no pack 'acme.palette' is installed"));
}

TEST_CASE("a pack installed with --system is found by everyone's catalog")
{
    const PaletSandbox sandbox;
    const QString key = trustedPaletKey(sandbox, "acme");
    const QString pack = buildPack(sandbox, makePackFolder(sandbox, "src", "1.0.0"), sandbox.path("acme.palet"));
    sign(sandbox, pack, key);
    const auto installed = install(sandbox, pack, {"--system"});
    INFO(installed.err.toStdString());
    REQUIRE(installed.exitCode == 0);
    CHECK(QFileInfo::exists(sandbox.path("system/palet/packs/acme.palette/pack.yaml")));
    CHECK(methodOrigin(sandbox, "acme-consultation").value("pack").toString() == packId);
    CHECK(sandbox.run({"pack", "list"}).out.contains("acme.palette (system)"));
    CHECK(sandbox.run({"pack", "remove", packId}).exitCode == 1);
    CHECK(sandbox.run({"pack", "remove", packId, "--system"}).exitCode == 0);
    CHECK_FALSE(sandbox.run({"list"}).out.contains("acme-consultation"));
}

TEST_CASE("trust add, list and remove keep the trusted keys, and bad keys and names are refused")
{
    const PaletSandbox sandbox;
    REQUIRE(sandbox.run({"pack", "keygen", "--secret-key", sandbox.path("a.key"), "--public-key", sandbox.path("a.pub")}).exitCode == 0);
    CHECK(sandbox.run({"pack", "keygen", "--secret-key", sandbox.path("a.key"), "--public-key", sandbox.path("a.pub")}).exitCode == 1);
    struct stat info {};
    REQUIRE(::stat(QFile::encodeName(sandbox.path("a.key")).constData(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);

    CHECK(sandbox.run({"trust", "add", sandbox.path("a.pub")}).exitCode == 2);
    CHECK(sandbox.run({"trust", "add", sandbox.path("a.pub"), "--name", "acme"}).exitCode == 0);
    const auto twice = sandbox.run({"trust", "add", sandbox.path("a.pub"), "--name", "other"});
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.contains("is trusted already, as 'acme'"));
    const auto bad = sandbox.run({"trust", "add", sandbox.path("a.key"), "--name", "secret"});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains("not a minisign public key"));
    const auto listed = sandbox.run({"trust", "list", "--json"}).json().array();
    REQUIRE(listed.size() == 1);
    CHECK(listed.first().toObject().value("name") == "acme");
    CHECK(listed.first().toObject().value("public_key").toString().startsWith("RW"));
    CHECK(sandbox.run({"trust", "remove", "acme"}).exitCode == 0);
    CHECK(sandbox.run({"trust", "remove", "acme"}).exitCode == 1);
    CHECK(sandbox.run({"trust", "list"}).out.contains("No keys are trusted"));
    CHECK(sandbox.run({"pack", "frobnicate"}).exitCode == 2);
}

TEST_CASE("pack build refuses a folder with errors and names every one")
{
    const PaletSandbox sandbox;
    const QString folder = makePackFolder(sandbox, "src", "1.0.0");
    writeFile(folder + "/pack.yaml", "id: Acme Palette\nname: x\nversion: 1.0\npublisher: Acme\nlicense: none\n");
    writeFile(folder + "/methods/broken.yaml", "id: broken\n");
    writeFile(folder + "/notes.txt", "not in a pack\n");
    QFile::link("/etc/passwd", folder + "/methods/link.yaml");
    const auto built = sandbox.run({"pack", "build", folder, "--out", sandbox.path("x.palet")});
    CHECK(built.exitCode == 1);
    CHECK(built.err.contains("pack.yaml:1:5: 'id' must be lowercase letters"));
    CHECK(built.err.contains("pack.yaml:3:10: 'version' must be a version of three numbers"));
    CHECK(built.err.contains("pack.yaml:5:1: unknown key 'license'; did you mean 'licence'?"));
    CHECK(built.err.contains("broken.yaml"));
    CHECK(built.err.contains("notes.txt: does not belong in a pack"));
    CHECK(built.err.contains("link.yaml: a link"));
    CHECK_FALSE(QFileInfo::exists(sandbox.path("x.palet")));
}

TEST_CASE("secret keys protected by a password, made by Palet or by minisign, sign packs, and the password shows nowhere")
{
    const PaletSandbox sandbox;
    const QByteArray password = "correct horse battery staple";
    const auto made = runWithInput(sandbox, {"pack", "keygen", "--password", "--secret-key", sandbox.path("p.key"), "--public-key", sandbox.path("p.pub")},
                                   password + "\n" + password + "\n");
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(readFile(sandbox.path("p.key")).contains("minisign encrypted secret key"));
    REQUIRE(sandbox.run({"trust", "add", sandbox.path("p.pub"), "--name", "p"}).exitCode == 0);
    const auto mismatch = runWithInput(sandbox, {"pack", "keygen", "--password", "--secret-key", sandbox.path("q.key"), "--public-key", sandbox.path("q.pub")},
                                       password + "\nsomething else\n");
    CHECK(mismatch.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(sandbox.path("q.key")));

    const QString pack = buildPack(sandbox, makePackFolder(sandbox, "src", "1.0.0"), sandbox.path("p.palet"));
    const auto wrong = runWithInput(sandbox, {"pack", "sign", pack, "--key", sandbox.path("p.key")}, "not it\n");
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains("wrong password for this secret key"));
    const auto none = runWithInput(sandbox, {"pack", "sign", pack, "--key", sandbox.path("p.key")}, "");
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains("protected by a password, and none was given"));
    CHECK_FALSE(QFileInfo::exists(pack + ".minisig"));
    const auto signed_ = runWithInput(sandbox, {"pack", "sign", pack, "--key", sandbox.path("p.key")}, password + "\n");
    INFO(signed_.err.toStdString());
    REQUIRE(signed_.exitCode == 0);
    CHECK(runTool(sandbox, "minisign", {"-V", "-p", sandbox.path("p.pub"), "-m", pack}).exitCode == 0);
    CHECK(install(sandbox, pack).exitCode == 0);
    for (const auto& run : {made, mismatch, wrong, none, signed_}) {
        CHECK_FALSE(run.out.contains(QString::fromUtf8(password)));
        CHECK_FALSE(run.err.contains(QString::fromUtf8(password)));
    }

    // minisign -G asks for its password at a terminal: `script` gives it one.
    const QString minisignCommand = QString{"minisign -G -p %1 -s %2"}.arg(sandbox.path("m.pub"), sandbox.path("m.key"));
    QProcess terminal;
    terminal.setWorkingDirectory(sandbox.path(""));
    terminal.start("script", {"-qec", minisignCommand, "/dev/null"});
    REQUIRE(terminal.waitForStarted());
    // minisign flushes what was typed before each prompt: answer each one when it shows.
    QByteArray shown;
    for (int prompt = 1; prompt <= 2; ++prompt) {
        while (shown.count("Password") < prompt && terminal.waitForReadyRead(30000)) shown += terminal.readAll();
        REQUIRE(shown.count("Password") >= prompt);
        QThread::msleep(200);
        terminal.write(password + "\n");
        REQUIRE(terminal.waitForBytesWritten(10000));
    }
    REQUIRE(terminal.waitForFinished(120000));
    terminal.closeWriteChannel();
    INFO((shown + terminal.readAll()).toStdString());
    REQUIRE(QFileInfo::exists(sandbox.path("m.key")));
    REQUIRE(sandbox.run({"trust", "add", sandbox.path("m.pub"), "--name", "m"}).exitCode == 0);
    writeFile(sandbox.path("src/pack.yaml"), packManifest("1.1.0"));
    const QString update = buildPack(sandbox, sandbox.path("src"), sandbox.path("m.palet"));
    const auto minisignKey = runWithInput(sandbox, {"pack", "sign", update, "--key", sandbox.path("m.key")}, password + "\n");
    INFO(minisignKey.err.toStdString());
    CHECK(minisignKey.exitCode == 0);
    const auto updated = install(sandbox, update);
    CHECK(updated.exitCode == 0);
    CHECK(updated.out.contains("signed by 'm'"));
}
