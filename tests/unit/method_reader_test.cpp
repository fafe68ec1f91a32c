#include "catalog/yaml_method_reader.hpp"
#include "method_yaml_support.hpp"
#include "catalog/yaml_tree.hpp"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <chrono>
#include <fstream>
#include <string>
#include <vector>

#include <sys/stat.h>

using namespace palet;

namespace {

const std::string validMethod = R"(id: demo
version: 1.2.0
name: {nl: Demo, en: Demo}
group_size: {min: 3, max: 6}
roles:
  - id: case-owner
    name: {en: Case owner}
    holders: one
  - id: adviser
    name: {en: Adviser}
    holders: everyone-else
phases:
  - id: tell
    name: {en: Tell}
    minutes: 5
    instructions:
      case-owner: {en: Tell the case.}
)";

// The valid method with one piece of text replaced.
std::string with(const std::string& from, const std::string& to) { return replaced(validMethod, from, to); }

} // namespace

TEST_CASE("a valid method is read completely")
{
    const auto result = readMethodYaml(validMethod, "m.yaml");
    REQUIRE(result.errors.empty());
    REQUIRE(result.method);
    const MethodSpec& spec = *result.method;
    CHECK(spec.id == "demo");
    CHECK(spec.version == SemanticVersion{1, 2, 0});
    CHECK(spec.groupSize == GroupSize{3, 6, 4});
    REQUIRE(spec.roles.size() == 2);
    CHECK(spec.roles[1].holders == RoleHolders::everyoneElse);
    REQUIRE(spec.phases.size() == 1);
    CHECK(spec.phases[0].minutes == PhaseDuration::fixed(5));
    CHECK(spec.phases[0].instructionFor("case-owner")->en == "Tell the case.");
    CHECK(spec.styleBasis == StyleBasis::judgement);
    CHECK(spec.kind == MethodKind::method);
}

TEST_CASE("every optional field is read")
{
    const auto result = readMethodYaml(validMethod + R"(summary: {nl: Kort, en: Short}
description: {en: Longer}
notes: {nl: Noot}
format: 1
sources:
  - {author: A. Author, title: A Book, publisher: P, year: 2004, url: "https://example.org", note: {en: p. 12}}
styles: [dromer, denker]
styles_basis: source
themes: [dilemma, work-problem]
conditions: [safe-group, trained-facilitator]
kind: block
)", "m.yaml");
    REQUIRE(result.errors.empty());
    const MethodSpec& spec = *result.method;
    CHECK(spec.summary.nl == "Kort");
    CHECK(spec.notes.in(Language::en) == "Noot");
    REQUIRE(spec.sources.size() == 1);
    CHECK(spec.sources[0].year == "2004");
    CHECK(spec.sources[0].note.en == "p. 12");
    CHECK(spec.styles == std::vector{LearningStyle::dromer, LearningStyle::denker});
    CHECK(spec.styleBasis == StyleBasis::source);
    CHECK(spec.themes == std::vector<std::string>{"dilemma", "work-problem"});
    CHECK(spec.needs(Condition::trainedFacilitator));
    CHECK(spec.kind == MethodKind::block);
}

TEST_CASE("the three forms of minutes")
{
    auto read = [](const std::string& minutes) {
        const auto result = readMethodYaml(with("minutes: 5", "minutes: " + minutes), "m.yaml");
        REQUIRE(result.errors.empty());
        return result.method->phases[0].minutes;
    };
    CHECK(read("{min: 5, max: 15}") == PhaseDuration::range(5, 15));
    CHECK(read("{per_participant: 2, min: 4, max: 12}") == PhaseDuration::eachParticipant(2, 4, 12));
    CHECK(read("{per_participant: 3}") == PhaseDuration::eachParticipant(3, 1, 240));
}

TEST_CASE("speakers and materials are read")
{
    const auto result = readMethodYaml(with("      case-owner: {en: Tell the case.}\n",
                                            "      case-owner: {en: Tell the case.}\n    speakers: [case-owner]\n"
                                            "    materials: [{en: flip chart}]\n"),
                                       "m.yaml");
    REQUIRE(result.errors.empty());
    CHECK(result.method->phases[0].speakers == std::vector<std::string>{"case-owner"});
    CHECK_FALSE(result.method->phases[0].maySpeak("adviser"));
    CHECK(result.method->phases[0].materials[0].en == "flip chart");
}

TEST_CASE("validation: wrong types")
{
    CHECK(errorsOf(with("group_size: {min: 3, max: 6}", "group_size: [3, 6]"))
          == std::vector<std::string>{"m.yaml:4:13: expected a mapping, found a list"});
    CHECK(errorsOf(with("name: {nl: Demo, en: Demo}", "name: Demo"))
          == std::vector<std::string>{"m.yaml:3:7: expected a mapping, found a single value"});
    CHECK(errorsOf(with("minutes: 5", "minutes: \"5\""))
          == std::vector<std::string>{"m.yaml:15:14: minutes must be a whole number from 1 to 240, found '5'"});
    CHECK(errorsOf(with("minutes: 5", "minutes: [5]"))
          == std::vector<std::string>{
              "m.yaml:15:14: minutes must be a whole number, a range {min, max} or {per_participant, min, max}"});
    CHECK(errorsOf("- just\n- a list\n") == std::vector<std::string>{"m.yaml:1:1: expected a mapping, found a list"});
}

TEST_CASE("validation: missing required fields")
{
    CHECK(errorsOf(with("version: 1.2.0\n", ""))
          == std::vector<std::string>{"m.yaml:1:1: missing required key 'version' in method"});
    CHECK(errorsOf(with("    holders: one\n", ""))
          == std::vector<std::string>{"m.yaml:6:5: missing required key 'holders' in role"});
    CHECK(errorsOf(with("group_size: {min: 3, max: 6}", "group_size: {min: 3}"))
          == std::vector<std::string>{"m.yaml:4:13: missing required key 'max' in group_size (format 2 allows a group with only a minimum)"});
}

TEST_CASE("validation: unknown keys, with a suggestion")
{
    CHECK(errorsOf(with("name: {nl: Demo, en: Demo}", "name: {nl: Demo, en: Demo}\nsumary: {en: x}"))
          == std::vector<std::string>{"m.yaml:4:1: unknown key 'sumary' in method; did you mean 'summary'?"});
    CHECK(errorsOf(with("holders: one", "holders: one\n    colour: red"))
          == std::vector<std::string>{
              "m.yaml:9:5: unknown key 'colour' in role (known keys: id, name, description, holders, chosen_in)"});
    CHECK(errorsOf(with("{nl: Demo, en: Demo}", "{nl: Demo, de: Demo}"))
          == std::vector<std::string>{"m.yaml:3:18: unknown key 'de' in text; texts in other languages than nl and en are "
                                      "part of format 2: put 'format: 2' at the top of the file"});
    CHECK(errorsOf(with("{nl: Demo, en: Demo}", "{nl: Demo, en: Demo, colour: Demo}"))
          == std::vector<std::string>{"m.yaml:3:28: unknown key 'colour' in text (known keys: nl, en)"});
}

TEST_CASE("validation: duplicate keys")
{
    CHECK(errorsOf(with("version: 1.2.0\n", "version: 1.2.0\nversion: 1.3.0\n"))
          == std::vector<std::string>{"m.yaml:3:1: duplicate key 'version' (first given at line 2)"});
    CHECK(errorsOf(with("      case-owner: {en: Tell the case.}\n",
                        "      case-owner: {en: Tell the case.}\n      case-owner: {en: Again.}\n"))
          == std::vector<std::string>{"m.yaml:18:7: duplicate key 'case-owner' (first given at line 17)"});
}

TEST_CASE("validation: duplicate role and phase ids")
{
    CHECK(errorsOf(with("  - id: adviser\n", "  - id: case-owner\n"))
          == std::vector<std::string>{"m.yaml:9:9: duplicate role id 'case-owner' (first at line 6)"});
    const std::string twice = validMethod + R"(  - id: tell
    name: {en: Again}
    minutes: 1
    instructions: {adviser: {en: Listen.}}
)";
    CHECK(errorsOf(twice) == std::vector<std::string>{"m.yaml:18:9: duplicate phase id 'tell' (first at line 13)"});
}

TEST_CASE("validation: references to roles that do not exist")
{
    CHECK(errorsOf(with("      case-owner: {en: Tell the case.}", "      case-ownr: {en: Tell the case.}"))
          == std::vector<std::string>{"m.yaml:17:7: unknown role 'case-ownr'; did you mean 'case-owner'?"});
    CHECK(errorsOf(with("      case-owner: {en: Tell the case.}\n",
                        "      case-owner: {en: Tell the case.}\n    speakers: [scribe]\n"))
          == std::vector<std::string>{"m.yaml:18:16: unknown role 'scribe' (the method's roles: case-owner, adviser)"});
}

TEST_CASE("validation: minutes must be whole numbers from 1 to 240")
{
    for (const char* bad : {"0", "241", "-3", "ten", "7:75"})
        CHECK(errorsOf(with("minutes: 5", std::string{"minutes: "} + bad))
              == std::vector<std::string>{"m.yaml:15:14: minutes must be a whole number from 1 to 240, found '" +
                                          std::string{bad} + "'"});
    // A time finer than a minute is right in format 2, and the message says so.
    CHECK(errorsOf(with("minutes: 5", "minutes: 2.5"))
          == std::vector<std::string>{"m.yaml:15:14: a time finer than a minute ('2.5') is part of format 2: put 'format: 2' at the top of the file"});
    CHECK(errorsOf(with("minutes: 5", "minutes: {min: 20, max: 10}"))
          == std::vector<std::string>{"m.yaml:15:14: minutes min (20) is larger than max (10)"});
    CHECK(errorsOf(with("minutes: 5", "minutes: {per_participant: 0}"))
          == std::vector<std::string>{"m.yaml:15:32: per_participant must be a whole number from 1 to 240, found '0'"});
    CHECK(errorsOf(with("minutes: 5", "minutes: {min: 1, per_participant: 2, each: 3}"))
          == std::vector<std::string>{
              "m.yaml:15:43: unknown key 'each' in minutes (known keys: per_participant, counting, min, max)"});
}

TEST_CASE("validation: group size")
{
    CHECK(errorsOf(with("{min: 3, max: 6}", "{min: 7, max: 6}"))
          == std::vector<std::string>{"m.yaml:4:19: group size min (7) is larger than max (6)"});
    CHECK(errorsOf(with("{min: 3, max: 6}", "{min: 1, max: 6}"))
          == std::vector<std::string>{"m.yaml:4:19: group size min must be a whole number from 2 to 40, found '1'"});
    CHECK(errorsOf(with("{min: 3, max: 6}", "{min: 3, max: 6, ideal: 8}"))
          == std::vector<std::string>{"m.yaml:4:37: group size ideal (8) lies outside min..max (3..6)"});
}

TEST_CASE("validation: a phase in which no role is active")
{
    CHECK(errorsOf(with("    instructions:\n      case-owner: {en: Tell the case.}\n", "    instructions: {}\n"))
          == std::vector<std::string>{
              "m.yaml:16:19: no role is active in this phase: give at least one role an instruction"});
}

TEST_CASE("validation: ids must be slugs")
{
    CHECK(errorsOf(with("id: demo", "id: Demo Method"))
          == std::vector<std::string>{"m.yaml:1:5: 'Demo Method' is not a valid id: use lowercase letters, digits and "
                                      "dashes, optionally namespaced with dots (e.g. acme.peer-review)"});
    CHECK(errorsOf(with("id: demo", "id: acme.demo-2")).empty());
    CHECK(errorsOf(with("  - id: tell", "  - id: tell.more"))
          == std::vector<std::string>{
              "m.yaml:13:9: 'tell.more' is not a valid id: use lowercase letters, digits and dashes (e.g. case-owner)"});
}

TEST_CASE("validation: versions, texts, enumerations")
{
    CHECK(errorsOf(with("version: 1.2.0", "version: 1.2"))
          == std::vector<std::string>{"m.yaml:2:10: '1.2' is not a version of the form major.minor.patch (e.g. 1.0.0)"});
    CHECK(errorsOf(with("{nl: Demo, en: Demo}", "{}"))
          == std::vector<std::string>{"m.yaml:3:7: a text needs at least one of 'nl' and 'en'"});
    CHECK(errorsOf(validMethod + "styles: [droomer]\n")
          == std::vector<std::string>{"m.yaml:18:10: unknown learning style 'droomer'; did you mean 'dromer'?"});
    CHECK(errorsOf(with("holders: one", "holders: optionel"))
          == std::vector<std::string>{"m.yaml:8:14: unknown holders value 'optionel'; did you mean 'optional'?"});
    CHECK(errorsOf(with("holders: one", "holders: two"))
          == std::vector<std::string>{"m.yaml:8:14: unknown holders value 'two' (one of: one, optional, everyone-else)"});
    CHECK(errorsOf(with("holders: one", "holders: everyone-else"))
          == std::vector<std::string>{
              "m.yaml:11:14: only one role can be held by everyone else (already role at line 6)"});
    CHECK(errorsOf(validMethod + "format: 3\n")
          == std::vector<std::string>{"m.yaml:18:9: format 3 is not known to this version of Palet, which reads formats 1 to 2"});
}

TEST_CASE("every error of a file is reported at once, in document order")
{
    const std::string yaml = R"(id: Bad Id
version: one
name: {en: X}
group_size: {min: 9, max: 4}
roles:
  - id: owner
    name: {en: Owner}
    holders: one
    holders: one
phases:
  - id: a
    name: {en: A}
    minutes: 0
    instructions: {nobody: {en: x}}
  - id: a
    name: {en: A}
    minuets: 3
)";
    CHECK(errorsOf(yaml) == std::vector<std::string>{
                                "m.yaml:1:5: 'Bad Id' is not a valid id: use lowercase letters, digits and dashes, "
                                "optionally namespaced with dots (e.g. acme.peer-review)",
                                "m.yaml:2:10: 'one' is not a version of the form major.minor.patch (e.g. 1.0.0)",
                                "m.yaml:4:19: group size min (9) is larger than max (4)",
                                "m.yaml:9:5: duplicate key 'holders' (first given at line 8)",
                                "m.yaml:13:14: minutes must be a whole number from 1 to 240, found '0'",
                                "m.yaml:14:20: unknown role 'nobody' (the method's roles: owner)",
                                "m.yaml:15:5: missing required key 'minutes' in phase",
                                "m.yaml:15:5: missing required key 'instructions' in phase",
                                "m.yaml:15:9: duplicate phase id 'a' (first at line 11)",
                                "m.yaml:17:5: unknown key 'minuets' in phase; did you mean 'minutes'?",
                            });
}

TEST_CASE("a method file is read whole up to the size limit, and a pipe is not read at all")
{
    const QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const auto writeScript = [&](const std::string& name, const std::string& bytes) {
        const std::string path = folder.filePath(QString::fromStdString(name)).toStdString();
        std::ofstream{path, std::ios::binary} << bytes;
        return path;
    };
    // Padded with a comment to the exact size, so that the last bytes decide.
    const std::size_t limit = YamlLimits{}.maxBytes;
    const std::string padded = validMethod + "# " + std::string(limit - validMethod.size() - 3, 'x') + "\n";
    REQUIRE(padded.size() == limit);
    const auto atLimit = readMethodFile(writeScript("at-limit.yaml", padded));
    CHECK(atLimit.errors.empty());
    CHECK(atLimit.method);
    const auto past = readMethodFile(writeScript("past-limit.yaml", padded + "#"));
    REQUIRE(past.errors.size() == 1);
    CHECK_THAT(past.errors.front().message, Catch::Contains("larger than"));

    // A pipe is refused without being opened: with no writer, opening it would wait for ever.
    const std::string fifo = folder.filePath("script.yaml").toStdString();
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const auto piped = readMethodFile(fifo);
    REQUIRE(piped.errors.size() == 1);
    CHECK_THAT(piped.errors.front().message, Catch::StartsWith("not a regular file"));
    CHECK_FALSE(piped.method);
}
