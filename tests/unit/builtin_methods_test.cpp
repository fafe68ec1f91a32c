// Every method Palet ships must validate, speak both languages and add up.

#include "catalog/method_catalog.hpp"
#include "catalog/yaml_method_reader.hpp"

#include <catch2/catch.hpp>

#include <QFileInfo>

using namespace palet;

namespace {

const std::string methodsFolder = PALET_SOURCE_DIR "/methods";

void checkBothLanguages(const LocalizedText& text, const std::string& what, bool required)
{
    INFO(what);
    if (required || !text.empty()) {
        CHECK_FALSE(text.nl.empty());
        CHECK_FALSE(text.en.empty());
    }
}

} // namespace

TEST_CASE("every built-in method and plugin manifest validates and is complete in Dutch and English")
{
    auto files = methodFilesIn(methodsFolder);
    REQUIRE(files.size() >= 4);
    const auto manifests = methodFilesIn(PALET_SOURCE_DIR "/plugins");
    REQUIRE(manifests.size() >= 2);
    files.insert(files.end(), manifests.begin(), manifests.end());
    for (const auto& file : files) {
        INFO(file);
        const auto result = readMethodFile(file);
        for (const auto& error : result.errors) UNSCOPED_INFO(error.toString());
        REQUIRE(result.method);
        const MethodSpec& spec = *result.method;
        const QString name = QFileInfo{QString::fromStdString(file)}.completeBaseName();
        CHECK((result.pluginLibrary.empty() ? name : name.chopped(QString{".plugin"}.size())).toStdString() == spec.id);
        checkBothLanguages(spec.name, "name", true);
        checkBothLanguages(spec.summary, "summary", true);
        checkBothLanguages(spec.description, "description", false);
        checkBothLanguages(spec.notes, "notes", false);
        CHECK_FALSE(spec.sources.empty());
        for (const auto& source : spec.sources) checkBothLanguages(source.note, "source note", false);
        for (const auto& role : spec.roles) {
            checkBothLanguages(role.name, "role " + role.id, true);
            checkBothLanguages(role.description, "role description " + role.id, false);
        }
        for (const auto& phase : spec.phases) {
            checkBothLanguages(phase.name, "phase " + phase.id, true);
            checkBothLanguages(phase.description, "phase description " + phase.id, false);
            for (const auto& instruction : phase.instructions)
                checkBothLanguages(instruction.text, "instruction " + phase.id + "/" + instruction.roleId, true);
            for (const auto& material : phase.materials) checkBothLanguages(material, "material " + phase.id, true);
        }
        const MinuteRange total = spec.minutesFor(spec.groupSize.ideal);
        CHECK(total.min >= (spec.kind == MethodKind::method ? 10 : 2));
        CHECK(total.max <= 180);
    }
}

TEST_CASE("the seed's five-step consultation takes 3, 10, 10, 2 and 5 minutes")
{
    const auto result = readMethodFile(methodsFolder + "/peer-consultation.yaml");
    REQUIRE(result.method);
    const MethodSpec& spec = *result.method;
    std::vector<int> minutes;
    for (const auto& phase : spec.phases) minutes.push_back(phase.minutes.secondsFor(5).min / 60);
    CHECK(minutes == std::vector{3, 10, 10, 2, 5});
    CHECK(spec.minutesFor(4) == MinuteRange{30, 30});
    const Phase& brainstorm = spec.phases[2];
    CHECK(brainstorm.id == "brainstorm");
    CHECK_FALSE(brainstorm.maySpeak("case-owner")); // the case owner only listens
    CHECK(brainstorm.instructionFor("case-owner"));
}

TEST_CASE("the Socratic method's members write their questions in silence")
{
    const auto result = readMethodFile(methodsFolder + "/socratic-method.yaml");
    REQUIRE(result.method);
    const MethodSpec& spec = *result.method;
    CHECK(spec.version == SemanticVersion{1, 1, 0});
    const Phase& writing = spec.phases[1];
    CHECK(writing.id == "write-questions");
    CHECK(writing.silent);
    for (const char* role : {"member", "facilitator", "case-owner"}) CHECK_FALSE(writing.maySpeak(role));
    CHECK_FALSE(spec.phases[2].silent); // the case owner reads the questions aloud
    CHECK(spec.minutesFor(6) == MinuteRange{41, 75}); // the minutes did not change
}
