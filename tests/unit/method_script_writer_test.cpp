// A method written as a script reads back as the same method: how a plugin's manifest is made
// from the method its code computes.

#include "catalog/method_files.hpp"
#include "catalog/method_script_writer.hpp"
#include "catalog/yaml_method_reader.hpp"

#include <catch2/catch.hpp>

using namespace palet;

TEST_CASE("every built-in method, written as a script, reads back as the same method")
{
    auto files = methodFilesIn(PALET_SOURCE_DIR "/methods");
    const auto manifests = methodFilesIn(PALET_SOURCE_DIR "/plugins");
    files.insert(files.end(), manifests.begin(), manifests.end());
    REQUIRE(files.size() >= 6);
    for (const auto& file : files) {
        INFO(file);
        const auto read = readMethodFile(file);
        REQUIRE(read.method);
        const std::string script = methodScriptYaml(*read.method, read.pluginLibrary, "made from " + file);
        INFO(script);
        const auto again = readMethodYaml(script, "written.yaml");
        for (const auto& error : again.errors) UNSCOPED_INFO(error.toString());
        REQUIRE(again.method);
        CHECK(*again.method == *read.method);
        CHECK(again.pluginLibrary == read.pluginLibrary);
    }
}

TEST_CASE("a written script keeps texts that YAML would read as something else")
{
    MethodSpec method;
    method.id = "acme.tricky";
    method.version = {2, 10, 0};
    method.kind = MethodKind::block;
    method.name = {"ja: nee # geen commentaar", "yes"};
    method.summary = {"", "- a list? no\n\"quoted\" and 'single'"};
    method.sources = {Attribution{.author = "null", .year = "2003", .url = "https://example.org/a?b=c#d",
                                  .note = {.nl = "{niet: een map}"}}};
    method.styles = {LearningStyle::denker, LearningStyle::doener};
    method.styleBasis = StyleBasis::source;
    method.themes = {"advice", "dilemma"};
    method.groupSize = {3, 12, 6};
    method.conditions = {Condition::trainedFacilitator};
    method.roles = {Role{.id = "case-owner", .name = {"Inbrenger", "Case owner"}},
                    Role{.id = "adviser", .name = {"Adviseur", "Adviser"}, .holders = RoleHolders::everyoneElse},
                    Role{.id = "scribe", .name = {"Notulist", "Scribe"}, .holders = RoleHolders::optional}};
    method.phases = {
        Phase{.id = "a", .name = {"A", "A"}, .minutes = PhaseDuration::fixed(7),
              .instructions = {{.roleId = "case-owner", .text = {"~", "true"}}}},
        Phase{.id = "b", .name = {"B", "B"}, .description = {"", "0x10"}, .minutes = PhaseDuration::range(5, 15),
              .instructions = {{.roleId = "adviser", .text = {"1.5", "@home"}}, {.roleId = "scribe", .text = {"%", "&x"}}},
              .speakers = {"adviser"}, .materials = {{"kaarten", "cards"}, {"", "flip-over"}}},
        Phase{.id = "c", .name = {"C", "C"}, .minutes = PhaseDuration::eachParticipant(2, 4, 20),
              .instructions = {{.roleId = "adviser", .text = {"ok", "ok"}}}},
    };
    const auto read = readMethodYaml(methodScriptYaml(method, "lib/acme.so", "one\ntwo"), "tricky.yaml");
    for (const auto& error : read.errors) UNSCOPED_INFO(error.toString());
    REQUIRE(read.method);
    CHECK(*read.method == method);
    CHECK(read.pluginLibrary == "lib/acme.so");
}

TEST_CASE("a method with format 2's constructs is written as format 2 and reads back the same")
{
    MethodSpec method;
    method.id = "acme.silence";
    method.version = {1, 0, 0};
    method.name = {.nl = "Stilte", .en = "Silence", .others = {{"de", "Stille"}}};
    method.groupSize = {5, maxGroupMembers, 5, true};
    method.ownMinutes = MinuteRange{45, 50};
    method.roles = {Role{.id = "case-owner", .name = {"Inbrenger", "Case owner"}},
                    Role{.id = "adviser", .name = {"Adviseur", "Adviser"}, .holders = RoleHolders::counted, .fewest = 3, .most = 4},
                    Role{.id = "observer", .name = {"Observator", "Observer"}, .holders = RoleHolders::everyoneElse}};
    PhaseDuration perAdviser = PhaseDuration::eachParticipant(2, 6, 12);
    perAdviser.counting = "adviser";
    method.phases = {
        Phase{.id = "write", .name = {"Schrijven", "Write"}, .minutes = PhaseDuration::range(5, 10),
              .instructions = {{.roleId = "adviser", .text = {"Schrijf.", "Write."}}}, .silent = true},
        Phase{.id = "advise", .name = {"Adviseren", "Advise"}, .minutes = perAdviser,
              .instructions = {{.roleId = "adviser", .text = {"Adviseer.", "Advise."}}}, .speakers = {"adviser"},
              .backTurned = {"case-owner"}},
        Phase{.id = "talk", .name = {"Praten", "Talk"}, .minutes = PhaseDuration::fixed(10),
              .instructions = {{.roleId = "adviser", .text = {"Praat.", "Talk."}}}, .absent = {"case-owner"},
              .inclusion = Inclusion::unlessLeftOut},
        Phase{.id = "extra", .name = {"Extra", "Extra"}, .minutes = PhaseDuration::fixed(5),
              .instructions = {{.roleId = "case-owner", .text = {"Vertel.", "Tell."}}}, .inclusion = Inclusion::whenChosen},
    };
    const std::string script = methodScriptYaml(method, "", "");
    INFO(script);
    CHECK(script.starts_with("format: 2\n"));
    const auto read = readMethodYaml(script, "silence.yaml");
    for (const auto& error : read.errors) UNSCOPED_INFO(error.toString());
    REQUIRE(read.method);
    // The reader works out how many count per group size itself; the rest must be as written.
    MethodSpec expected = method;
    expected.phases[1].minutes.participantsBySize = read.method->phases[1].minutes.participantsBySize;
    CHECK(*read.method == expected);
}
