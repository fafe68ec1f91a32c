// Plugin descriptors read from library files that are never loaded.

#include "plugins/descriptor_file.hpp"

#include <palet/abi_tag.hpp>
#include <palet/plugin_descriptor.h>
#include <palet/sdk_version.hpp>

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <dlfcn.h>

using namespace palet;

namespace {

const std::string fixtures = PALET_FIXTURE_PLUGINS;

std::string library(const std::string& name) { return fixtures + "/" + name + "/" + name + ".so"; }

QByteArray bytesOf(const std::string& path)
{
    QFile file{QString::fromStdString(path)};
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("a descriptor is read from the library file as the plugin declared it")
{
    const auto good = readPluginDescriptor(library("fixture-good"));
    REQUIRE(good.descriptor);
    CHECK(good.descriptor->methodId == "fixture-good");
    CHECK(good.descriptor->abiTag == PALET_ABI_TAG);
    CHECK(good.descriptor->sdkApiVersion == PALET_SDK_API_VERSION);
    CHECK(good.descriptor->structSize == sizeof(palet_plugin_descriptor));

    const auto newer = readPluginDescriptor(library("fixture-newer-major"));
    REQUIRE(newer.descriptor);
    CHECK(newer.descriptor->sdkApiVersion == 0x03000000);
    CHECK(readPluginDescriptor(library("fixture-wrong-abi")).descriptor->abiTag == "msvc/msvc-stl");
    CHECK(readPluginDescriptor(library("fixture-mismatch")).descriptor->methodId == "fixture-other");
    CHECK_FALSE(dlopen(library("fixture-newer-major").c_str(), RTLD_NOW | RTLD_NOLOAD)); // reading loaded nothing
}

TEST_CASE("a file without a readable descriptor says why")
{
    CHECK(readPluginDescriptor(library("fixture-text")).error == "not a shared library (not an ELF shared object)");
    CHECK(readPluginDescriptor(library("fixture-no-export")).error
          == "not a Palet plugin: it exports no 'palet_plugin_descriptor' (build it with PALET_EXPORT_METHOD)");
    CHECK(readPluginDescriptor(fixtures + "/no-such-file.so").error == "not a shared library (not an ELF shared object)");
}

TEST_CASE("a damaged library file gives an answer and never a crash")
{
    const QByteArray whole = bytesOf(library("fixture-good"));
    const QTemporaryDir folder;
    const std::string damaged = folder.filePath("damaged.so").toStdString();
    const auto readFrom = [&](const QByteArray& bytes) {
        QFile file{QString::fromStdString(damaged)};
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        const auto read = readPluginDescriptor(damaged);
        CHECK(read.descriptor.has_value() == read.error.empty());
    };
    const qsizetype step = std::max<qsizetype>(1, whole.size() / 200);
    for (qsizetype length = 0; length < whole.size(); length += step) readFrom(whole.left(length));
    // Cut short after its headers: every such copy is no shared library, as docs/sdk.md says.
    for (qsizetype length = 4096; length < whole.size(); length += step) {
        readFrom(whole.left(length));
        INFO(length);
        CHECK_THAT(readPluginDescriptor(damaged).error, Catch::StartsWith("not a shared library ("));
    }
    for (qsizetype at = 0; at < whole.size(); at += step) {
        QByteArray bytes = whole;
        bytes[at] = static_cast<char>(~bytes[at]);
        readFrom(bytes);
    }
}
