#include "catalog/method_search_path.hpp"

#include <catch2/catch.hpp>

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
