#include "catalog/listing_snapshot.hpp"
#include "catalog/method_catalog.hpp"

#include "../support/method_fixture.hpp"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <unistd.h>

using namespace palet;
using palet::test::methodYaml;
using palet::test::writeFile;
using palet::test::writeMethod;

namespace {

constexpr std::int64_t second = 1'000'000'000;

// A palette of scripts in nested folders and a plugin, the catalog's inputs as read from it,
// and a listing snapshot of them taken "three seconds later": the files' own stamps are fresh,
// and a snapshot read that close to a change is not kept (see the racy-stamp test below).
struct Palette {
    QTemporaryDir root;
    QString folder = root.filePath("m");
    std::vector<MethodDirectory> directories{{folder.toStdString(), "test"}, {root.filePath("none").toStdString(), "test"}};
    CatalogInputs inputs;
    std::string snapshots;

    Palette()
    {
        writeMethod(folder, "a", "1.0.0", "A");
        writeMethod(folder + "/firm/deeper", "b", "1.0.0", "B");
        writeFile(folder + "/plugin", "p.so", "not read when listing");
        writeFile(folder + "/plugin", "p.plugin.yaml",
                  (methodYaml("p", "1.0.0", "P") + "plugin: {library: p.so}\n").toUtf8());
        MethodCatalog::load(directories, {nullptr, {}, &inputs});
        snapshots = take("key", {"the listing", "a warning"});
    }

    std::string take(std::string_view key, const Listing& listing, std::string_view kept = {}) const
    {
        auto taken = snapshotListing(inputs, fileClockNowNs() + 3 * second, key, listing, kept);
        REQUIRE(taken);
        return *taken;
    }

    std::optional<Listing> recall(std::string_view key = "key") const
    {
        return recallListing(snapshots, directories, key);
    }
};

} // namespace

TEST_CASE("a listing is given back for its key while nothing it was read from changed")
{
    const Palette palette;
    REQUIRE(palette.inputs.trees.size() == 2);
    CHECK(palette.inputs.trees[0].scripts.size() == 3);
    CHECK(palette.inputs.trees[0].folders.size() == 3); // firm, firm/deeper, plugin
    const auto listing = palette.recall();
    REQUIRE(listing);
    CHECK(listing->out == "the listing");
    CHECK(listing->err == "a warning");
    CHECK_FALSE(palette.recall("another key"));
}

TEST_CASE("a listing is not given back for another search path")
{
    const Palette palette;
    auto directories = palette.directories;
    SECTION("another source") { directories[0].source = "--methods"; }
    SECTION("another folder") { directories[1].path += "-else"; }
    SECTION("one folder more") { directories.push_back({"/elsewhere", "test"}); }
    SECTION("one folder less") { directories.pop_back(); }
    CHECK_FALSE(recallListing(palette.snapshots, directories, "key"));
}

TEST_CASE("every change to what the catalog read is noticed")
{
    const Palette palette;
    const QString& folder = palette.folder;
    REQUIRE(palette.recall());
    SECTION("a script rewritten with the same size and time")
    {
        const QString script = folder + "/a-1.0.0.yaml";
        const QDateTime time = QFileInfo{script}.lastModified();
        writeFile(folder, "a-1.0.0.yaml", methodYaml("a", "1.0.0", "Z").toUtf8());
        QFile file{script};
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.setFileTime(time, QFileDevice::FileModificationTime));
    }
    SECTION("a script deep down removed") { REQUIRE(QFile::remove(folder + "/firm/deeper/b-1.0.0.yaml")); }
    SECTION("a script added") { writeMethod(folder + "/firm", "c", "1.0.0", "C"); }
    SECTION("a folder added") { REQUIRE(QDir{}.mkpath(folder + "/firm/new")); }
    SECTION("a script made unreadable")
    {
        REQUIRE(QFile::setPermissions(folder + "/a-1.0.0.yaml", QFileDevice::WriteOwner));
    }
    SECTION("a plugin's library removed") { REQUIRE(QFile::remove(folder + "/plugin/p.so")); }
    SECTION("a folder of the search path that was missing created")
    {
        REQUIRE(QDir{}.mkpath(palette.root.filePath("none")));
    }
    SECTION("a folder of the search path replaced by a link to another")
    {
        REQUIRE(QDir{}.rename(folder, folder + "-moved"));
        REQUIRE(QDir{}.mkpath(folder + "-other"));
        REQUIRE(QFile::link(folder + "-other", folder));
    }
    CHECK_FALSE(palette.recall());
}

TEST_CASE("a library a manifest names that the folder walk does not find is stamped too")
{
    QTemporaryDir root;
    // Not named *.so, so the walk passes it by; the manifest beside it names it.
    const QString library = writeFile(root.filePath("m"), "libp.so.1", "not read when listing");
    writeFile(root.filePath("m"), "p.plugin.yaml",
              (methodYaml("p", "1.0.0", "P") + QString{"plugin: {library: %1}\n"}.arg(library)).toUtf8());
    const std::vector<MethodDirectory> directories{{root.filePath("m").toStdString(), "test"}};
    CatalogInputs inputs;
    MethodCatalog::load(directories, {nullptr, {}, &inputs});
    REQUIRE(inputs.libraries == std::vector<std::string>{library.toStdString()});
    const auto snapshots = snapshotListing(inputs, fileClockNowNs() + 3 * second, "key", {"out", ""}, {});
    REQUIRE(snapshots);
    CHECK(recallListing(*snapshots, directories, "key"));
    REQUIRE(QFile::remove(library));
    CHECK_FALSE(recallListing(*snapshots, directories, "key"));
}

TEST_CASE("a listing read within two seconds of a change is not kept")
{
    const Palette palette;
    // The scripts were written just now: a second change within the clock's resolution could
    // hide behind the same stamp.
    CHECK_FALSE(snapshotListing(palette.inputs, fileClockNowNs(), "key", {"out", ""}, {}));
    // A script changed while the catalog was being read.
    CHECK_FALSE(snapshotListing(palette.inputs, fileClockNowNs() - 3 * second, "key", {"out", ""}, {}));
}

TEST_CASE("listings for other keys are kept while their inputs are the same, the newest four")
{
    Palette palette;
    std::string snapshots = palette.snapshots;
    for (const char* key : {"b", "c", "d"}) snapshots = palette.take(key, {key, ""}, snapshots);
    palette.snapshots = snapshots;
    for (const char* key : {"key", "b", "c", "d"}) CHECK(palette.recall(key));

    palette.snapshots = palette.take("e", {"e", ""}, snapshots);
    CHECK_FALSE(palette.recall("key")); // the oldest is dropped
    for (const char* key : {"b", "c", "d", "e"}) CHECK(palette.recall(key));

    palette.snapshots = palette.take("d", {"d again", ""}, palette.snapshots);
    CHECK(palette.recall("d")->out == "d again");

    // Inputs changed: the listings of the others were read from what is gone.
    writeMethod(palette.folder, "c", "1.0.0", "C");
    MethodCatalog::load(palette.directories, {nullptr, {}, &palette.inputs});
    palette.snapshots = palette.take("f", {"f", ""}, palette.snapshots);
    CHECK(palette.recall("f"));
    CHECK_FALSE(palette.recall("e"));
}

TEST_CASE("the kept listings take at most 2 MiB together: a larger one is read afresh instead")
{
    Palette palette;
    const std::string large(1024 * 1024, 'x'); // a listing of some 1500 methods as JSON
    std::string snapshots = palette.take("b", {large, ""}, palette.snapshots);
    palette.snapshots = snapshots;
    CHECK(palette.recall("key"));
    CHECK(palette.recall("b")->out == large);

    // A second one of 1 MiB leaves no room for the first; the small one still fits.
    palette.snapshots = palette.take("c", {large + "c", ""}, snapshots);
    CHECK(palette.recall("c"));
    CHECK(palette.recall("key"));
    CHECK_FALSE(palette.recall("b"));

    // One larger than the whole room is not kept, and what was kept stays.
    const std::string huge(2 * 1024 * 1024 + 1, 'x');
    CHECK_FALSE(snapshotListing(palette.inputs, fileClockNowNs() + 3 * second, "d", {huge, ""}, palette.snapshots));
}

TEST_CASE("damaged or cut snapshots give nothing and never crash")
{
    const Palette palette;
    const std::string& whole = palette.snapshots;
    for (std::size_t length = 0; length < whole.size(); ++length)
        CHECK_FALSE(recallListing(std::string_view{whole}.substr(0, length), palette.directories, "key"));
    for (std::size_t at = 0; at < whole.size(); at += 3) {
        std::string damaged = whole;
        damaged[at] = static_cast<char>(~damaged[at]);
        const auto listing = recallListing(damaged, palette.directories, "key"); // any answer, but no crash
        if (listing) CHECK(listing->out.size() + listing->err.size() <= whole.size());
    }
}

TEST_CASE("a plugin read for the libraries it links against is stamped too")
{
    QTemporaryDir root;
    const QString fixtures = PALET_FIXTURE_PLUGINS "/fixture-helped";
    const QString folder = root.filePath("m");
    REQUIRE(QDir{}.mkpath(folder));
    for (const char* name : {"fixture-helped.so", "fixture-helped.plugin.yaml", "libfixture-helper.so"})
        REQUIRE(QFile::copy(fixtures + "/" + name, folder + "/" + name));
    const std::vector<MethodDirectory> directories{{folder.toStdString(), "test"}};
    CatalogInputs inputs;
    const auto catalog = MethodCatalog::load(directories, {nullptr, {}, &inputs});
    CHECK(catalog.problems().empty()); // the helper is no plugin without a manifest
    REQUIRE(inputs.libraries == std::vector<std::string>{(folder + "/fixture-helped.so").toStdString()});
    const auto snapshots = snapshotListing(inputs, fileClockNowNs() + 3 * second, "key", {"out", ""}, {});
    REQUIRE(snapshots);
    CHECK(recallListing(*snapshots, directories, "key"));

    // Rewritten in place (the folder's listing stays as it was) by a plugin that no longer
    // needs the helper, which is then an orphan.
    QFile good{PALET_FIXTURE_PLUGINS "/fixture-good/fixture-good.so"};
    REQUIRE(good.open(QIODevice::ReadOnly));
    QFile plugin{folder + "/fixture-helped.so"};
    REQUIRE(plugin.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(plugin.write(good.readAll()) > 0);
    plugin.close();
    CHECK_FALSE(recallListing(*snapshots, directories, "key"));
    CHECK(MethodCatalog::load(directories).problems().size() == 1);
}
