#include "catalog/method_search_path.hpp"
#include "packs/pack_locations.hpp"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace palet;

namespace {

std::vector<std::string> paths(const std::vector<MethodDirectory>& directories)
{
    std::vector<std::string> result;
    for (const auto& directory : directories) result.push_back(directory.path + " [" + directory.source + "]");
    return result;
}

} // namespace

TEST_CASE("the search path runs from built-in to the command line, lowest precedence first")
{
    QProcessEnvironment environment;
    environment.insert("HOME", "/home/ann");
    environment.insert("XDG_DATA_DIRS", "/first:/second");
    environment.insert("XDG_DATA_HOME", "/data");
    environment.insert("PALET_METHOD_PATH", "/p1::/p2");
    CHECK(paths(methodSearchPath(environment, "/opt/palet/share/palet/methods", {"/cli1", "/cli2"}))
          == std::vector<std::string>{
              "/opt/palet/share/palet/methods [built-in]",
              "/second/palet/methods [XDG_DATA_DIRS]",
              "/first/palet/methods [XDG_DATA_DIRS]",
              "/data/palet/methods [XDG_DATA_HOME]",
              "/p2 [PALET_METHOD_PATH]",
              "/p1 [PALET_METHOD_PATH]",
              "/cli1 [--methods]",
              "/cli2 [--methods]",
          });
}

TEST_CASE("unset XDG variables take their standard defaults")
{
    QProcessEnvironment environment;
    environment.insert("HOME", "/home/ann");
    CHECK(paths(methodSearchPath(environment, "", {}))
          == std::vector<std::string>{
              "/usr/share/palet/methods [XDG_DATA_DIRS]",
              "/usr/local/share/palet/methods [XDG_DATA_DIRS]",
              "/home/ann/.local/share/palet/methods [XDG_DATA_HOME]",
          });
}

TEST_CASE("installed packs join the search path before the methods folder of their data folder")
{
    const QTemporaryDir root;
    REQUIRE(root.isValid());
    const auto pack = [&](const QString& folder, const QString& id, const QString& publisher) {
        QDir{}.mkpath(root.filePath(folder + "/palet/packs/" + id));
        QFile manifest{root.filePath(folder + "/palet/packs/" + id + "/pack.yaml")};
        REQUIRE(manifest.open(QIODevice::WriteOnly));
        manifest.write(QString{"id: %1\nname: N\nversion: 1.0.0\npublisher: %2\n"}.arg(id, publisher).toUtf8());
    };
    pack("system", "acme", "Acme B.V.");
    pack("data", "beta.methods", "Beta");
    QDir{}.mkpath(root.filePath("data/palet/packs/.beta.methods.partial-x1y2z3")); // an install under way
    QDir{}.mkpath(root.filePath("data/palet/packs/not-a-pack"));                   // no pack.yaml
    QProcessEnvironment environment;
    environment.insert("XDG_DATA_DIRS", root.filePath("system"));
    environment.insert("XDG_DATA_HOME", root.filePath("data"));
    const auto directories = methodSearchPath(environment, "", {});
    const std::string base = root.path().toStdString();
    const std::string platform = pluginPlatform();
    CHECK(paths(directories) == std::vector<std::string>{
              base + "/system/palet/packs/acme/methods [pack]",
              base + "/system/palet/packs/acme/plugins/" + platform + " [pack]",
              base + "/system/palet/methods [XDG_DATA_DIRS]",
              base + "/data/palet/packs/beta.methods/methods [pack]",
              base + "/data/palet/packs/beta.methods/plugins/" + platform + " [pack]",
              base + "/data/palet/methods [XDG_DATA_HOME]",
          });
    CHECK(directories[0].pack == "acme");
    CHECK(directories[0].publisher == "Acme B.V.");
    CHECK(directories[4].pack == "beta.methods");
}
