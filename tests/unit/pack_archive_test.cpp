// The pack's archive and manifest through the core's own interfaces: what is written reads back,
// and what could leave the pack's folder is refused.

#include "packs/file_digests.hpp"
#include "packs/pack_archive.hpp"
#include "packs/pack_manifest.hpp"

#include <catch2/catch.hpp>

#include <map>

using namespace palet;

TEST_CASE("a written archive reads back file by file")
{
    const auto archive = writePackArchive({{"pack.yaml", "id: a\n"}, {"methods/sub/m.yaml", "id: m\n"}, {"handouts/empty.png", ""}});
    REQUIRE(archive);
    std::map<std::string, std::string> files;
    std::vector<std::string> folders;
    std::string current;
    ArchiveVisitor visitor;
    visitor.folder = [&](const std::string& folder) { folders.push_back(folder); return packDone(); };
    visitor.beginFile = [&](const ArchiveFile& file) { current = file.path; files[current]; return packDone(); };
    visitor.fileBytes = [&](std::string_view piece) { files[current].append(piece); return packDone(); };
    const auto read = readPackArchive({archive->constData(), static_cast<std::size_t>(archive->size())}, visitor);
    REQUIRE(read);
    CHECK(files == std::map<std::string, std::string>{{"pack.yaml", "id: a\n"}, {"methods/sub/m.yaml", "id: m\n"}, {"handouts/empty.png", ""}});
    CHECK(folders == std::vector<std::string>{"methods", "methods/sub", "handouts"});
}

TEST_CASE("paths that could leave the pack's folder are refused")
{
    for (const char* bad : {"../x", "a/../../x", "/etc/passwd", "a//b", "./a/./b", "a/..", "", "a\\b", "a\nb"}) {
        INFO(bad);
        CHECK_FALSE(checkPackPath(bad));
    }
    for (const char* good : {"pack.yaml", "methods/a b/ç.yaml", "handouts/..logo.png"}) {
        INFO(good);
        CHECK(checkPackPath(good));
    }
    ArchiveLimits shallow;
    shallow.maxDepth = 2;
    CHECK_FALSE(checkPackPath("a/b/c", shallow));
}

TEST_CASE("bytes that are no archive, or limits exceeded, are refused")
{
    CHECK_FALSE(readPackArchive("not an archive at all", {}));
    CHECK_FALSE(readPackArchive("", {}));
    const auto archive = writePackArchive({{"pack.yaml", QByteArray(5000, 'x')}, {"methods/a.yaml", "a"}});
    REQUIRE(archive);
    const std::string_view bytes{archive->constData(), static_cast<std::size_t>(archive->size())};
    ArchiveLimits small;
    small.maxFileBytes = 4096;
    const auto big = readPackArchive(bytes, {}, small);
    CHECK_FALSE(big);
    CHECK(big.error.contains("'pack.yaml' would unpack to"));
    ArchiveLimits total;
    total.maxTotalBytes = 5000;
    CHECK(readPackArchive(bytes, {}, total).error.contains("the pack would unpack to more than"));
    ArchiveLimits few;
    few.maxEntries = 2;
    CHECK(readPackArchive(bytes, {}, few).error.contains("more than 2 entries"));
    const auto cut = readPackArchive(bytes.substr(0, bytes.size() / 2), {});
    INFO(cut.error.toStdString());
    CHECK(cut.error.contains("cut short"));
}

TEST_CASE("SHA256SUMS reads as sha256sum writes it, and refuses what it does not")
{
    const FileDigests digests{{"methods/a.yaml", sha256Hex("a")}, {"pack.yaml", sha256Hex("")}};
    const auto read = readDigestList(digestListText(digests));
    REQUIRE(read);
    CHECK(*read == digests);
    CHECK(sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(readDigestList("abc  x\n").error.contains("line 1"));
    const std::string twice = digestListText(digests) + sha256Hex("a") + "  methods/a.yaml\n";
    CHECK(readDigestList(twice).error.contains("listed twice"));
}

TEST_CASE("pack.yaml: every error with its place, one text or both languages")
{
    const auto good = readPackManifest("id: acme.palette\nname: Acme\nversion: 1.2.0\npublisher: Acme B.V.\n"
                                       "requires-palet: 0.1.0\nlicence: {nl: Alleen klanten., en: Clients only.}\n",
                                       "pack.yaml");
    REQUIRE(good.manifest);
    CHECK(good.manifest->name.nl == "Acme");
    CHECK(good.manifest->name.en == "Acme");
    CHECK(good.manifest->licence.en == "Clients only.");
    CHECK(good.manifest->requiresPalet == SemanticVersion{0, 1, 0});
    CHECK(good.manifest->languages.size() == 2);
    CHECK(packFileName(*good.manifest) == "acme.palette-1.2.0.palet");

    const auto bad = readPackManifest("id: Acme\nname: {nl: A, fr: B}\nversion: 1\nlicense: x\nid: again\n", "pack.yaml");
    CHECK_FALSE(bad.manifest);
    std::vector<std::string> errors;
    for (const auto& error : bad.errors) errors.push_back(error.toString());
    const auto has = [&](const std::string& text) {
        return std::any_of(errors.begin(), errors.end(), [&](const std::string& error) { return error.find(text) != std::string::npos; });
    };
    CHECK(has("pack.yaml:1:5: 'id' must be lowercase"));
    CHECK(has("pack.yaml:2:15: 'name' takes only 'nl' and 'en', not 'fr'"));
    CHECK(has("pack.yaml:3:10: 'version' must be a version"));
    CHECK(has("pack.yaml:4:1: unknown key 'license'; did you mean 'licence'?"));
    CHECK(has("pack.yaml:5:1: 'id' is given twice"));
    CHECK(has("the pack manifest needs 'publisher'"));
    CHECK(isPackId("acme.palette-2"));
    CHECK_FALSE(isPackId(".acme"));
    CHECK_FALSE(isPackId("acme..x"));
}
