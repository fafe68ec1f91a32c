// Input that must not get through, through the real binary: numbers that are not numbers,
// journals with impossible values or behind a link, files that are not files, characters that
// would rewrite the terminal, and plugins that someone else could have changed.

#include "run_session_support.hpp"

#include "../support/method_fixture.hpp"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <sys/stat.h>

using namespace palet::test;

namespace {

const QStringList peerConsultation{"run", "--method", "peer-consultation", "--members", "Ann,Bo,Cas,Dee", "--seed", "7"};

QString builtinPlugins() { return QFileInfo{PALET_BINARY}.absolutePath() + "/../share/palet/methods"; }

// A copy of the built-in carousel plugin (its manifest and library) in `folder`.
void copyCarousel(const QString& folder)
{
    REQUIRE(QDir{}.mkpath(folder));
    QString manifest;
    QString library;
    for (const QFileInfo& file : QDir{builtinPlugins()}.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString inFolder = file.isDir() ? file.absoluteFilePath() : file.absolutePath();
        if (QFileInfo::exists(inFolder + "/carousel.plugin.yaml")) {
            manifest = inFolder + "/carousel.plugin.yaml";
            library = inFolder + "/carousel.so";
        }
    }
    REQUIRE(!manifest.isEmpty());
    REQUIRE(QFile::copy(manifest, folder + "/carousel.plugin.yaml"));
    REQUIRE(QFile::copy(library, folder + "/carousel.so"));
}

} // namespace

TEST_CASE("palet run refuses a --speed that is not a finite number in range is refused with exit 2")
{
    const PaletSandbox sandbox;
    for (const QString speed : {"nan", "NaN", "inf", "-inf", "0", "1e300", "-5"}) {
        const auto run = sandbox.run(peerConsultation + QStringList{"--speed", speed, "--auto"});
        INFO(speed.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains("--speed must be a number from 0.01 to 100000, not '" + speed + "'"));
        CHECK_FALSE(QDir{sandbox.path("home/.local/state/palet/sessions")}.exists());
    }
}

TEST_CASE("palet resume refuses a journal with impossible values and records nothing")
{
    const PaletSandbox sandbox;
    const auto ran = sandbox.run(peerConsultation + QStringList{"--speed", "20000", "--auto", "--journal", "j.jsonl"});
    REQUIRE(ran.exitCode == 0);
    // Cut before the session finished, as a crash would.
    QList<QByteArray> lines = linesOf(readAll(sandbox.path("j.jsonl")));
    while (!lines.isEmpty() && parsed(lines.back())["event"] != "phase-ended") lines.pop_back();
    REQUIRE(lines.size() > 3);
    const QByteArray whole = lines.join('\n') + '\n';

    SECTION("a phase that lasted 48 years")
    {
        QByteArray damaged = whole;
        damaged.replace(QRegularExpression{"\"actual\":\\d+"}.match(QString::fromUtf8(whole)).captured(0).toUtf8(),
                        "\"actual\":1514764800000");
        writeFile(sandbox, "j.jsonl", damaged);
        const auto resumed = sandbox.run({"resume", sandbox.path("j.jsonl")});
        CHECK(resumed.exitCode == 1);
        CHECK(resumed.err.contains("the time 'actual' is impossible"));
        CHECK(readAll(sandbox.path("j.jsonl")) == damaged);
    }
    SECTION("a speed that is no number")
    {
        QByteArray damaged = whole;
        damaged.replace("\"speed\":20000", "\"speed\":\"nan\"");
        writeFile(sandbox, "j.jsonl", damaged);
        const auto resumed = sandbox.run({"resume", sandbox.path("j.jsonl")});
        CHECK(resumed.exitCode == 1);
        CHECK(resumed.err.contains(":1: the speed is impossible"));
        CHECK(readAll(sandbox.path("j.jsonl")) == damaged);
    }
    SECTION("a takeaway of more than 64 KB")
    {
        const QByteArray takeaway = "{\"event\":\"takeaway\",\"seq\":999,\"t\":1000,\"text\":\"" + QByteArray(70 * 1024, 'x') + "\"}\n";
        writeFile(sandbox, "j.jsonl", whole + takeaway);
        const auto resumed = sandbox.run({"resume", sandbox.path("j.jsonl")});
        CHECK(resumed.exitCode == 1);
        CHECK(resumed.err.contains("a takeaway can have at most 64 KB (64 pages or so), this one has 70 KB"));
        CHECK(readAll(sandbox.path("j.jsonl")) == whole + takeaway);
    }
    SECTION("the journal as it was resumes, so the refusals are about the values")
    {
        writeFile(sandbox, "j.jsonl", whole);
        const auto resumed = sandbox.run({"resume", sandbox.path("j.jsonl")});
        INFO(resumed.err.toStdString());
        CHECK(resumed.exitCode == 0);
    }
}

TEST_CASE("a takeaway or follow-up of more than 64 KB in a script is refused with the limit, before anything runs")
{
    const PaletSandbox sandbox;
    const QString script = writeFile(sandbox, "long.script", "0:30 n\n1:00 takeaway: " + QByteArray(70 * 1024, 'x') + "\n2:00 follow-up: 1 " +
                                                                  QByteArray(65 * 1024 + 1, 'y') + "\n");
    const auto ran = sandbox.run(peerConsultation + QStringList{"--speed", "20000", "--auto", "--script", script});
    CHECK(ran.exitCode == 1);
    CHECK(ran.err.contains(":2:") );
    CHECK(ran.err.contains("a takeaway can have at most 64 KB (64 pages or so), this one has 70 KB"));
    CHECK(ran.err.contains("a follow-up can have at most 64 KB (64 pages or so), this one has 66 KB"));
    CHECK_FALSE(QDir{sandbox.path("home/.local/state/palet/sessions")}.exists());
    const QString fits = writeFile(sandbox, "fits.script", "1:00 takeaway: " + QByteArray(60 * 1024, 'x') + "\n");
    CHECK(sandbox.run(peerConsultation + QStringList{"--speed", "20000", "--auto", "--script", fits}).exitCode == 0);
}

TEST_CASE("palet run refuses a --journal on a symbolic link is refused and the link's target is not created")
{
    const PaletSandbox sandbox;
    REQUIRE(QFile::link(sandbox.path("elsewhere/target.jsonl"), sandbox.path("dangling.jsonl")));
    const auto run = sandbox.run(peerConsultation + QStringList{"--speed", "20000", "--auto", "--journal", "dangling.jsonl"});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains("dangling.jsonl: is a symbolic link"));
    CHECK_FALSE(QFileInfo::exists(sandbox.path("elsewhere")));
}

TEST_CASE("palet validate and list say so of a pipe or a device named like a script, and never open it")
{
    const PaletSandbox sandbox;
    const QString folder = sandbox.path("methods");
    REQUIRE(QDir{}.mkpath(folder));
    REQUIRE(::mkfifo((folder + "/pipe.yaml").toLocal8Bit().constData(), 0600) == 0);
    REQUIRE(QFile::link("/dev/zero", folder + "/zero.yaml"));
    writeMethod(folder, "fine", "1.0.0", "Fine");

    // Opening a pipe with no writer would wait for ever; the sandbox's time limit fails a hang.
    const auto validated = sandbox.run({"validate", folder + "/pipe.yaml"}, 10000);
    CHECK(validated.exitCode == 1);
    CHECK(validated.err.contains(folder + "/pipe.yaml: not a regular file"));
    const auto folderValidated = sandbox.run({"validate", folder}, 10000);
    CHECK(folderValidated.exitCode == 1);
    CHECK(folderValidated.err.contains("zero.yaml: not a regular file"));
    CHECK(folderValidated.out.contains("ok: " + folder + "/fine-1.0.0.yaml"));

    const auto listed = sandbox.run({"list", "--methods", folder}, 10000);
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.contains("fine"));
    CHECK(listed.err.contains("palet: skipped: " + folder + "/pipe.yaml: not a regular file"));
    CHECK(listed.err.contains("palet: skipped: " + folder + "/zero.yaml: not a regular file"));
}

TEST_CASE("control and bidirectional characters from a file are shown escaped in messages")
{
    const PaletSandbox sandbox;
    const QString script = writeFile(sandbox, "tricky.yaml",
                                     QString{"id: tricky\nversion: 1.0.0\nname: {en: Tricky}\nevil\u202Ekey: 1\nbell\x1b[2Jkey: 2\n"}.toUtf8());
    const auto run = sandbox.run({"validate", script});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains("evil\\u{202E}key"));
    CHECK(run.err.contains("bell\\x1B[2Jkey"));
    CHECK_FALSE(run.err.contains(QChar{0x202E}));
    CHECK_FALSE(run.err.contains(QChar{0x1b}));
}

TEST_CASE("a plugin others may change, or in a folder they may change, is refused — the built-in one stays")
{
    PaletSandbox sandbox;
    const QString folder = sandbox.path("shared/methods");
    copyCarousel(folder);
    sandbox.set("PALET_METHOD_PATH", folder);
    const auto safe = sandbox.run({"list", "--verbose"});
    REQUIRE(safe.out.contains(folder + "/carousel.so")); // the copy overrides the built-in when safe

    SECTION("a folder anyone may write")
    {
        REQUIRE(::chmod(folder.toLocal8Bit().constData(), 0777) == 0);
        const auto listed = sandbox.run({"list", "--verbose"});
        CHECK(listed.err.contains(folder + " may be changed by other users than its owner (permissions 0777), so Palet "
                                           "loads no plugin from it; fix it with: chmod go-w " + folder));
        CHECK_FALSE(listed.out.contains(folder + "/carousel.so"));
        const auto checked = sandbox.run({"check", "carousel"});
        CHECK(checked.exitCode == 0);
        CHECK_FALSE(checked.out.contains(folder));
    }
    SECTION("a library anyone may write")
    {
        REQUIRE(::chmod((folder + "/carousel.so").toLocal8Bit().constData(), 0666) == 0);
        const auto checked = sandbox.run({"check", "carousel"});
        CHECK(checked.err.contains(folder + "/carousel.so may be changed by other users than its owner (permissions 0666)"));
        CHECK(checked.err.contains("chmod go-w " + folder + "/carousel.so"));
        CHECK_FALSE(checked.out.contains(folder));
    }
    SECTION("a manifest the group may write")
    {
        REQUIRE(::chmod((folder + "/carousel.plugin.yaml").toLocal8Bit().constData(), 0664) == 0);
        const auto listed = sandbox.run({"list", "--verbose"});
        CHECK(listed.err.contains(folder + "/carousel.plugin.yaml may be changed by other users than its owner (permissions 0664)"));
        CHECK_FALSE(listed.out.contains(folder + "/carousel.so"));
    }
}

TEST_CASE("a manifest whose library lies outside its own folder is refused")
{
    const PaletSandbox sandbox;
    const QString folder = sandbox.path("methods/plugin");
    copyCarousel(folder);
    REQUIRE(QFile::rename(folder + "/carousel.so", sandbox.path("methods/carousel.so")));
    QFile manifest{folder + "/carousel.plugin.yaml"};
    REQUIRE(manifest.open(QIODevice::ReadOnly));
    const QByteArray text = manifest.readAll().replace("library: carousel.so", "library: ../carousel.so");
    manifest.close();
    REQUIRE(text.contains("../carousel.so"));
    writeFile(sandbox, "methods/plugin/carousel.plugin.yaml", text);
    const auto checked = sandbox.run({"check", "--methods", sandbox.path("methods"), "carousel"});
    CHECK(checked.err.contains("the manifest names the library '../carousel.so', outside its own folder"));
    CHECK_FALSE(checked.out.contains(sandbox.path("methods")));
}
