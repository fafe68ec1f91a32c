#include "catalog/metadata_cache.hpp"
#include "catalog/method_catalog.hpp"

#include "../support/method_fixture.hpp"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>

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
            static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec};
}

// Sets a file's modification time, so a test decides whether it looks freshly written.
void setModified(const QString& path, const QDateTime& when)
{
    QFile file{path};
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(when, QFileDevice::FileModificationTime));
}

EncodedScript marked(const std::string& name)
{
    MethodSpec spec;
    spec.id = "marked";
    spec.name.en = name;
    return EncodedScript::of({spec, {}, "lib.so"});
}

std::string cachedName(MetadataCache& cache, const QString& path)
{
    const auto found = cache.find(described(path));
    return found && found->overview ? found->spec.get().name.en : std::string{"(not cached)"};
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
        cache.remember(described(script), MetadataCache::contentHash("id: a\n"), marked("remembered"));
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
    cache.remember(described(script), MetadataCache::contentHash("id: a\n"), marked("old"));

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
    cache.remember(described(script), MetadataCache::contentHash("id: a\n"), marked("first"));
    CHECK(cachedName(cache, script) == "first"); // same content: still good

    writeFile(root.path(), "a.yaml", "id: b\n"); // same size, same time, other content
    setModified(script, now);
    CHECK(cachedName(cache, script) == "(not cached)");
}

TEST_CASE("the cache is written only when it changed, and forgets deleted files")
{
    QTemporaryDir root;
    const QString cacheFile = root.filePath("catalog.cache");
    const QString kept = writeFile(root.path(), "kept.yaml", "id: kept\n");
    const QString gone = writeFile(root.path(), "gone.yaml", "id: gone\n");
    {
        MetadataCache cache{cacheFile};
        cache.remember(described(kept), MetadataCache::contentHash("id: kept\n"), marked("kept"));
        cache.remember(described(gone), MetadataCache::contentHash("id: gone\n"), marked("gone"));
        REQUIRE(cache.save());
    }
    const QDateTime written = QDateTime::currentDateTime().addSecs(-60);
    setModified(cacheFile, written);
    {
        MetadataCache unchanged{cacheFile};
        REQUIRE(unchanged.save());
        CHECK(QFileInfo{cacheFile}.lastModified() == written); // nothing changed: not rewritten
    }
    REQUIRE(QFile::remove(gone));
    const qint64 before = QFileInfo{cacheFile}.size();
    {
        MetadataCache pruned{cacheFile};
        REQUIRE(pruned.save());
    }
    CHECK(QFileInfo{cacheFile}.size() < before);
    QFile reread{cacheFile};
    REQUIRE(reread.open(QIODevice::ReadOnly));
    const QByteArray stored = reread.readAll();
    CHECK(stored.contains(QByteArray{"kept.yaml"}));
    CHECK_FALSE(stored.contains(QByteArray{"gone.yaml"}));
}

TEST_CASE("a damaged cache file is ignored")
{
    QTemporaryDir root;
    const QString script = writeFile(root.path(), "a.yaml", "id: a\n");
    const QString cacheFile = writeFile(root.path(), "catalog.cache", QByteArray("PALC\0\0\0\2garbage", 15));
    MetadataCache cache{cacheFile};
    CHECK(cachedName(cache, script) == "(not cached)");
    cache.remember(described(script), MetadataCache::contentHash("id: a\n"), marked("fresh"));
    CHECK(cache.save());
}

TEST_CASE("a catalog read through the cache equals one read from the files")
{
    QTemporaryDir root;
    writeFile(root.filePath("m"), "good.yaml", methodYaml("good", "1.0.0", "Good").toUtf8());
    writeFile(root.filePath("m"), "bad.yaml", "id: bad\n");
    CatalogOptions cached;
    cached.cacheFile = root.filePath("catalog.cache").toStdString();
    const std::vector<MethodDirectory> folders{{root.filePath("m").toStdString(), "test"}};

    const auto direct = MethodCatalog::load(folders);
    const auto first = MethodCatalog::load(folders, cached);
    const auto second = MethodCatalog::load(folders, cached);
    REQUIRE(QFileInfo::exists(root.filePath("catalog.cache")));
    for (const auto* catalog : {&first, &second}) {
        REQUIRE(catalog->methods().size() == 1);
        CHECK(catalog->methods()[0].spec() == direct.methods()[0].spec());
        REQUIRE(catalog->problems().size() == direct.problems().size());
        CHECK(catalog->problems()[0].toString() == direct.problems()[0].toString());
    }
}
