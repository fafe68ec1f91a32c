#include "catalog/metadata_cache.hpp"
#include "catalog/method_catalog.hpp"

#include "../support/method_fixture.hpp"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>

#include <fcntl.h>
#include <sys/stat.h>

#include <ctime>

using namespace palet;
using palet::test::methodYaml;
using palet::test::writeFile;

namespace {

// The file as the catalog's walk describes it.
MethodFile described(const QString& path)
{
    struct stat info {};
    REQUIRE(::stat(path.toLocal8Bit().constData(), &info) == 0);
    return {path.toStdString(), MethodFile::Kind::script, static_cast<std::int64_t>(info.st_size),
            static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec,
            static_cast<std::int64_t>(info.st_ctim.tv_sec) * 1'000'000'000 + info.st_ctim.tv_nsec,
            static_cast<std::uint64_t>(info.st_ino)};
}

// Sets a file's modification time, so a test decides whether it looks freshly written.
void setModified(const QString& path, const QDateTime& when)
{
    QFile file{path};
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(when, QFileDevice::FileModificationTime));
}

// What reading the script at `path` might have given: a method named `name`.
std::shared_ptr<const EncodedScript> marked(const QString& path, const std::string& name)
{
    MethodSpec spec;
    spec.id = "marked";
    spec.name.en = name;
    return std::make_shared<const EncodedScript>(EncodedScript::of({spec, {}, "lib.so"}, path.toStdString()));
}

// Sets a folder's modification time a day back, as for methods installed long ago: the cache
// then trusts its remembered listing instead of reading the folder again.
void backdateFolder(const QString& path)
{
    const timespec dayAgo{::time(nullptr) - 86400, 0};
    const timespec times[2]{dayAgo, dayAgo};
    REQUIRE(::utimensat(AT_FDCWD, path.toLocal8Bit().constData(), times, 0) == 0);
}

// The catalog read through the cache file, which is then saved, as palet does.
MethodCatalog loadCached(const std::vector<MethodDirectory>& folders, const QString& cacheFile)
{
    MetadataCache cache{cacheFile};
    auto catalog = MethodCatalog::load(folders, {&cache, {}, nullptr});
    REQUIRE(cache.save());
    return catalog;
}

std::string cachedName(MetadataCache& cache, const QString& path)
{
    const auto found = cache.find(described(path));
    return found && found->method ? found->method->overview().name.en : std::string{"(not cached)"};
}

} // namespace

TEST_CASE("the cache gives back what was remembered while the file is unchanged")
{
    QTemporaryDir root;
    const QString script = writeFile(root.path(), "a.yaml", "id: a\n");
    setModified(script, QDateTime::currentDateTime().addSecs(-3600));
    const QString cacheFile = root.filePath("cache/catalog.cache");
    {
        MetadataCache cache{cacheFile};
        cache.remember(described(script), bytesHash("id: a\n"), marked(script, "remembered"));
        REQUIRE(cache.save());
    }
    MetadataCache reopened{cacheFile};
    CHECK(cachedName(reopened, script) == "remembered");
    CHECK(reopened.find(described(script))->pluginLibrary == "lib.so");
}

TEST_CASE("a changed file is never served from the cache")
{
    QTemporaryDir root;
    const QString script = writeFile(root.path(), "a.yaml", "id: a\n");
    const QDateTime old = QDateTime::currentDateTime().addSecs(-3600);
    setModified(script, old);
    MetadataCache cache{root.filePath("catalog.cache")};
    cache.remember(described(script), bytesHash("id: a\n"), marked(script, "old"));

    SECTION("another size")
    {
        writeFile(root.path(), "a.yaml", "id: abc\n");
        setModified(script, old);
        CHECK(cachedName(cache, script) == "(not cached)");
    }
    SECTION("another time")
    {
        setModified(script, old.addSecs(1));
        CHECK(cachedName(cache, script) == "(not cached)");
    }
}

TEST_CASE("a file rewritten within the clock's resolution is compared by content")
{
    QTemporaryDir root;
    const QString script = writeFile(root.path(), "a.yaml", "id: a\n");
    const QDateTime now = QFileInfo{script}.lastModified();
    MetadataCache cache{root.filePath("catalog.cache")};
    cache.remember(described(script), bytesHash("id: a\n"), marked(script, "first"));
    CHECK(cachedName(cache, script) == "first"); // same content: still good

    writeFile(root.path(), "a.yaml", "id: b\n"); // same size, same time, other content
    setModified(script, now);
    CHECK(cachedName(cache, script) == "(not cached)");
}

QByteArray cacheBytes(const QString& cacheFile)
{
    QFile file{cacheFile};
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

TEST_CASE("the cache is written only when it changed, and forgets deleted files")
{
    QTemporaryDir root;
    const QString cacheFile = root.filePath("catalog.cache");
    const QString folder = root.filePath("m");
    const QString gone = writeFile(folder, "gone.yaml", methodYaml("gone", "1.0.0", "Gone").toUtf8());
    const QString kept = writeFile(folder, "kept.yaml", methodYaml("kept", "1.0.0", "Kept").toUtf8());
    for (const QString& file : {gone, kept}) setModified(file, QDateTime::currentDateTime().addSecs(-3600));
    backdateFolder(folder);
    const std::vector<MethodDirectory> folders{{folder.toStdString(), "test"}};
    loadCached(folders, cacheFile);

    const QDateTime written = QDateTime::currentDateTime().addSecs(-60);
    setModified(cacheFile, written);
    loadCached(folders, cacheFile);
    CHECK(QFileInfo{cacheFile}.lastModified() == written); // nothing changed: not rewritten

    SECTION("a file deleted in a folder walked")
    {
        REQUIRE(QFile::remove(gone));
        loadCached(folders, cacheFile);
        CHECK(cacheBytes(cacheFile).contains(QFile::encodeName(kept)));
        CHECK_FALSE(cacheBytes(cacheFile).contains(QFile::encodeName(gone)));
    }
    SECTION("a file deleted in a folder not walked, once the cache is written again")
    {
        REQUIRE(QFile::remove(gone));
        const QString other = writeFile(root.filePath("other"), "new.yaml", "id: new\n");
        {
            MetadataCache cache{cacheFile};
            REQUIRE(cache.save());
            CHECK(cacheBytes(cacheFile).contains(QFile::encodeName(gone))); // nothing to write: nothing asked
            cache.remember(described(other), bytesHash("id: new\n"), marked(other, "new"));
            REQUIRE(cache.save());
        }
        CHECK(cacheBytes(cacheFile).contains(QFile::encodeName(kept)));
        CHECK_FALSE(cacheBytes(cacheFile).contains(QFile::encodeName(gone)));
    }
}

TEST_CASE("a damaged cache file is ignored")
{
    QTemporaryDir root;
    const QString script = writeFile(root.path(), "a.yaml", "id: a\n");
    const QString cacheFile = writeFile(root.path(), "catalog.cache", QByteArray("PALC\0\0\0\2garbage", 15));
    MetadataCache cache{cacheFile};
    CHECK(cachedName(cache, script) == "(not cached)");
    cache.remember(described(script), bytesHash("id: a\n"), marked(script, "fresh"));
    CHECK(cache.save());
}

namespace {

// A folder with one good and one bad script, and a cache file beside it.
struct CachedFolder {
    QTemporaryDir root;
    std::vector<MethodDirectory> folders{{root.filePath("m").toStdString(), "test"}};
    QString cacheFile = root.filePath("catalog.cache");

    CachedFolder()
    {
        writeFile(root.filePath("m"), "good.yaml", methodYaml("good", "1.0.0", "Good").toUtf8());
        writeFile(root.filePath("m"), "bad.yaml", "id: bad\n");
    }
};

} // namespace

TEST_CASE("a catalog read through the cache equals one read from the files")
{
    const CachedFolder fixture;
    const auto& [root, folders, cacheFile] = fixture;

    const auto direct = MethodCatalog::load(folders);
    const auto first = loadCached(folders, cacheFile);
    const auto second = loadCached(folders, cacheFile);
    REQUIRE(QFileInfo::exists(root.filePath("catalog.cache")));
    for (const auto* catalog : {&first, &second}) {
        REQUIRE(catalog->methods().size() == 1);
        CHECK(catalog->methods()[0].spec() == direct.methods()[0].spec());
        REQUIRE(catalog->problems().size() == direct.problems().size());
        CHECK(catalog->problems()[0].toString() == direct.problems()[0].toString());
    }
}

namespace {

std::vector<std::string> catalogIds(const std::vector<MethodDirectory>& folders, const QString& cacheFile)
{
    const auto catalog = loadCached(folders, cacheFile);
    std::vector<std::string> ids;
    for (const auto id : catalog.ids()) ids.emplace_back(id);
    return ids;
}

} // namespace

TEST_CASE("a remembered folder still shows every file added, removed or renamed since")
{
    QTemporaryDir root;
    const QString folder = root.filePath("m");
    const QString nested = folder + "/firm/deeper";
    writeFile(folder, "a.yaml", methodYaml("a", "1.0.0", "A").toUtf8());
    writeFile(nested, "b.yaml", methodYaml("b", "1.0.0", "B").toUtf8());
    for (const QString& path : {nested, folder + "/firm", folder}) backdateFolder(path);
    const QString cached = root.filePath("catalog.cache");
    const std::vector<MethodDirectory> folders{{folder.toStdString(), "test"}};
    REQUIRE(catalogIds(folders, cached) == std::vector<std::string>{"a", "b"});
    REQUIRE(catalogIds(folders, cached) == std::vector<std::string>{"a", "b"}); // from the remembered listing

    SECTION("a file added deep down")
    {
        writeFile(nested, "c.yaml", methodYaml("c", "1.0.0", "C").toUtf8());
        CHECK(catalogIds(folders, cached) == std::vector<std::string>{"a", "b", "c"});
    }
    SECTION("a file removed")
    {
        REQUIRE(QFile::remove(nested + "/b.yaml"));
        CHECK(catalogIds(folders, cached) == std::vector<std::string>{"a"});
    }
    SECTION("a file renamed so that it is no longer a script")
    {
        REQUIRE(QFile::rename(folder + "/a.yaml", folder + "/a.txt"));
        CHECK(catalogIds(folders, cached) == std::vector<std::string>{"b"});
    }
    SECTION("a new folder")
    {
        writeFile(folder + "/other", "d.yaml", methodYaml("d", "1.0.0", "D").toUtf8());
        CHECK(catalogIds(folders, cached) == std::vector<std::string>{"a", "b", "d"});
    }
    SECTION("a folder replaced by another of the same time")
    {
        const QString replacement = root.filePath("replacement");
        writeFile(replacement, "e.yaml", methodYaml("e", "1.0.0", "E").toUtf8());
        REQUIRE(QDir{nested}.removeRecursively());
        REQUIRE(QDir{}.rename(replacement, nested));
        backdateFolder(nested);
        backdateFolder(folder + "/firm");
        CHECK(catalogIds(folders, cached) == std::vector<std::string>{"a", "e"});
    }
}

TEST_CASE("the cache keeps no whole spec: a command that uses a method reads its file again")
{
    QTemporaryDir root;
    const QString script = writeFile(root.filePath("m"), "good.yaml", methodYaml("good", "1.0.0", "Good").toUtf8());
    setModified(script, QDateTime::currentDateTime().addSecs(-3600));
    const QString cached = root.filePath("catalog.cache");
    const std::vector<MethodDirectory> folders{{root.filePath("m").toStdString(), "test"}};
    const auto direct = MethodCatalog::load(folders);
    loadCached(folders, cached); // writes the cache
    REQUIRE_FALSE(cacheBytes(cached).contains("Tell the case.")); // an instruction: only in the whole spec

    const auto fromCache = loadCached(folders, cached);
    REQUIRE(fromCache.methods().size() == 1);
    CHECK(fromCache.methods()[0].overview() == direct.methods()[0].overview());

    SECTION("the file as it was") { CHECK(fromCache.methods()[0].spec() == direct.methods()[0].spec()); }
    SECTION("the file changed since the catalog was read")
    {
        writeFile(root.filePath("m"), "good.yaml", methodYaml("good", "2.0.0", "Better").toUtf8());
        CHECK_THROWS_WITH(fromCache.methods()[0].spec(),
                          Catch::Contains(script.toStdString()) && Catch::Contains("changed while palet was reading it"));
    }
}

TEST_CASE("a cache file cut short anywhere is ignored without harm")
{
    const CachedFolder fixture;
    const auto& [root, folders, cached] = fixture;
    const auto direct = MethodCatalog::load(folders);
    loadCached(folders, cached);
    QFile cacheFile{root.filePath("catalog.cache")};
    REQUIRE(cacheFile.open(QIODevice::ReadOnly));
    const QByteArray whole = cacheFile.readAll();
    cacheFile.close();

    for (qsizetype length = 0; length < whole.size(); length += std::max<qsizetype>(1, whole.size() / 300)) {
        writeFile(root.path(), "catalog.cache", whole.left(length));
        const auto catalog = loadCached(folders, cached);
        INFO("cut at " << length << " of " << whole.size());
        REQUIRE(catalog.methods().size() == 1);
        CHECK(catalog.methods()[0].spec() == direct.methods()[0].spec());
        CHECK(catalog.problems().size() == direct.problems().size());
    }
}

TEST_CASE("a content hash is the same in every run, so a later run can compare it")
{
    // A cache written by one palet process is read by the next: a hash seeded per process (as
    // Qt's qHash is) would never match again, and every script would be read again each time.
    CHECK(bytesHash("id: a\n") == bytesHash(std::string{"id: a\n"}));
    CHECK(bytesHash("id: a\n") == 0xac2473c009a12703ULL);
    CHECK(bytesHash("id: b\n") != bytesHash("id: a\n"));
}
