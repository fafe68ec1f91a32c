// A firm's palette through the metadata cache: `palet list` and `palet recommend` print the same
// whether the cache is absent, cold or warm, notice every script changed, added or removed since,
// and shrug off a cache file that is damaged, cut short or not a cache at all.

#include "palet_process.hpp"

#include "../support/method_fixture.hpp"
#include "../support/palette_generator.hpp"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <fcntl.h>
#include <sys/stat.h>

using namespace palet::test;

namespace {

constexpr int paletteSize = 60; // every built-in method and block serves as a model at least twice

// A sandbox with a generated palette in a folder given with --methods, installed a day ago.
struct PaletteSandbox {
    PaletSandbox sandbox;
    QString methods = sandbox.path("firm-methods");
    QString cacheFile = sandbox.path("cache/palet/catalog.cache");
    GeneratedPalette palette;

    PaletteSandbox()
    {
        palette = generatePalette(PALET_SOURCE_DIR "/methods", methods, paletteSize);
        backdateTree(methods);
    }

    PaletRun run(QStringList arguments) const { return sandbox.run(arguments << "--methods" << methods); }
};

const std::vector<QStringList>& commands()
{
    static const std::vector<QStringList> all{
        {"list"},
        {"list", "--json"},
        {"list", "--json", "--lang", "nl", "--group-size", "7"},
        {"list", "--themes"},
        {"list", "--theme", "dilemma", "--available-in", "nl"},
        {"list", "--blocks", "--verbose"},
        {"recommend", "--group-size", "6", "--minutes", "60"},
        {"recommend", "--group-size", "9", "--minutes", "120", "--lang", "nl"},
        {"recommend", "--json", "--group-size", "8", "--minutes", "90", "--styles", "dromer=2,denker=1", "--problem",
         "dilemma", "--experience", "experienced", "--trained-facilitator"},
    };
    return all;
}

QString ids(const PaletRun& run)
{
    QStringList found;
    for (const auto& value : run.json()["ranked"].toArray()) found << value.toObject()["id"].toString();
    for (const auto& value : run.json()["left_out"].toArray()) found << value.toObject()["id"].toString();
    found.sort();
    return found.join(' ');
}

QString recommendedName(const PaletRun& run, const QString& id)
{
    for (const char* part : {"ranked", "left_out"})
        for (const auto& value : run.json()[part].toArray())
            if (value.toObject()["id"] == id) return value.toObject()["name"].toString();
    return {};
}

void setModified(const QString& path, const timespec& when)
{
    const timespec times[2]{when, when};
    REQUIRE(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0);
}

timespec modifiedOf(const QString& path)
{
    struct stat info {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_mtim;
}

} // namespace

TEST_CASE("list and recommend print the same with no cache, a cold cache and a warm one")
{
    PaletteSandbox fixture;
    REQUIRE(fixture.palette.formatTwo > paletteSize / 4);
    REQUIRE(fixture.palette.otherLanguages > 5);
    REQUIRE(fixture.palette.blocks > 0);
    for (const QStringList& command : commands()) {
        INFO("palet " << command.join(' ').toStdString());
        fixture.sandbox.set("PALET_NO_CACHE", "1");
        const PaletRun reference = fixture.run(command);
        REQUIRE(reference.exitCode == 0);
        CHECK(reference.err.isEmpty());
        CHECK_FALSE(QFileInfo::exists(fixture.cacheFile));
        fixture.sandbox.set("PALET_NO_CACHE", "0");
        for (const char* state : {"cold", "warm", "warm again"}) {
            INFO(state);
            const PaletRun run = fixture.run(command);
            CHECK(run.exitCode == 0);
            CHECK(run.out == reference.out);
            CHECK(run.err == reference.err);
        }
        REQUIRE(QFile::remove(fixture.cacheFile)); // the next command starts cold
    }
    // Every generated method, and no block, is ranked or left out.
    QStringList expected = fixture.palette.methodIds;
    expected.sort();
    const PaletRun all = fixture.run({"recommend", "--json", "--group-size", "6", "--minutes", "60"});
    QStringList generated;
    for (const QString& id : ids(all).split(' '))
        if (id.startsWith("firm-")) generated << id;
    CHECK(generated == expected);
}

TEST_CASE("a warm cache still notices a script changed, added or removed")
{
    PaletteSandbox fixture;
    const QStringList recommend{"recommend", "--json", "--group-size", "6", "--minutes", "60"};
    const PaletRun before = fixture.run(recommend);
    REQUIRE(before.exitCode == 0);
    REQUIRE(fixture.run(recommend).out == before.out); // warm
    const QString extra = fixture.methods + "/team-3/added.yaml";

    SECTION("a script rewritten, even with its old size and time")
    {
        const QString file = fixture.palette.files[4];
        const QString id = fixture.palette.ids[4];
        const timespec old = modifiedOf(file);
        QFile script{file};
        REQUIRE(script.open(QIODevice::ReadOnly));
        QByteArray text = script.readAll();
        script.close();
        const QByteArray name = recommendedName(before, id).toUtf8();
        REQUIRE(text.contains(name));
        QByteArray renamed = name;
        renamed.replace(0, 1, name.front() == 'X' ? "Y" : "X"); // the same length
        text.replace(name, renamed);
        writeFile(QFileInfo{file}.absolutePath(), QFileInfo{file}.fileName(), text);
        setModified(file, old);
        CHECK(recommendedName(fixture.run(recommend), id) == QString::fromUtf8(renamed));
    }
    SECTION("a script added")
    {
        writeFile(QFileInfo{extra}.absolutePath(), "added.yaml", methodYaml("added", "1.0.0", "Added").toUtf8());
        const PaletRun after = fixture.run(recommend);
        CHECK(recommendedName(after, "added") == "Added");
        QStringList expected = ids(before).split(' ') << "added";
        expected.sort();
        CHECK(ids(after) == expected.join(' '));
    }
    SECTION("a script removed")
    {
        REQUIRE(QFile::remove(fixture.palette.files[7]));
        CHECK_FALSE(ids(fixture.run(recommend)).contains(fixture.palette.ids[7]));
    }
    // And the same again from the cache the change left behind.
    const PaletRun settled = fixture.run(recommend);
    fixture.sandbox.set("PALET_NO_CACHE", "1");
    CHECK(fixture.run(recommend).out == settled.out);
}

TEST_CASE("a damaged, cut-short or foreign cache is ignored and written again")
{
    PaletteSandbox fixture;
    const QStringList recommend{"recommend", "--group-size", "7", "--minutes", "90"};
    const PaletRun reference = fixture.run(recommend);
    REQUIRE(reference.exitCode == 0);
    QFile cache{fixture.cacheFile};
    REQUIRE(cache.open(QIODevice::ReadOnly));
    const QByteArray whole = cache.readAll();
    cache.close();
    REQUIRE(whole.size() > 1000);

    QByteArray spoilt;
    SECTION("cut short") { spoilt = whole.left(whole.size() * 2 / 3); }
    SECTION("bytes overwritten in the middle")
    {
        spoilt = whole;
        for (qsizetype at = whole.size() / 3; at < whole.size() / 3 + 64; ++at) spoilt[at] = '\xff';
    }
    SECTION("another program's file") { spoilt = QByteArray("SQLite format 3\0", 16) + QByteArray(4096, '\0'); }
    SECTION("empty") { spoilt = {}; }
    REQUIRE(cache.open(QIODevice::WriteOnly | QIODevice::Truncate));
    cache.write(spoilt);
    cache.close();

    const PaletRun run = fixture.run(recommend);
    CHECK(run.exitCode == 0);
    CHECK(run.out == reference.out);
    CHECK(run.err.isEmpty());
    // Written again, private, and good for the next run.
    const QFileInfo rewritten{fixture.cacheFile};
    CHECK(rewritten.size() > 1000);
    CHECK((rewritten.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser)) ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const QFileInfo folder{rewritten.absolutePath()};
    CHECK((folder.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser)) ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    CHECK(fixture.run(recommend).out == reference.out);
}
