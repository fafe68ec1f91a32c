// Damaged and random input must give errors, never a crash, a hang or a half-read method.

#include "catalog/yaml_method_reader.hpp"

#include <catch2/catch.hpp>

#include <QFile>

#include <chrono>
#include <random>

using namespace palet;

namespace {

std::string seedMethodText()
{
    QFile file{PALET_SOURCE_DIR "/methods/peer-consultation.yaml"};
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll().toStdString();
}

} // namespace

TEST_CASE("thousands of damaged copies of a method are each decided quickly")
{
    const std::string original = seedMethodText();
    REQUIRE(readMethodYaml(original, "seed.yaml").method);

    std::mt19937 random{20261125}; // fixed: a failure can be replayed
    const std::string alphabet = "{}[]:,-&*!|>'\"#%@`?\n\t \\x0aé";
    auto slowest = std::chrono::nanoseconds{0};
    int refused = 0;
    for (int round = 0; round < 3000; ++round) {
        std::string text = original;
        const int edits = 1 + static_cast<int>(random() % 8);
        for (int edit = 0; edit < edits && !text.empty(); ++edit) {
            const std::size_t at = random() % text.size();
            switch (random() % 4) {
            case 0: text[at] = alphabet[random() % alphabet.size()]; break;
            case 1: text.erase(at, 1 + random() % 40); break;
            case 2: text.insert(at, text.substr(random() % text.size(), 1 + random() % 60)); break;
            case 3: text.resize(at); break;
            }
        }
        const auto start = std::chrono::steady_clock::now();
        const auto result = readMethodYaml(text, "damaged.yaml");
        slowest = std::max(slowest, std::chrono::steady_clock::now() - start);
        // Either a whole method and no errors, or errors that name the file and no method.
        CHECK(result.method.has_value() == result.errors.empty());
        for (const auto& error : result.errors) CHECK_THAT(error.toString(), Catch::StartsWith("damaged.yaml:"));
        refused += result.method ? 0 : 1;
    }
    CHECK(refused > 1000); // the damage really was damage
    CHECK(slowest < std::chrono::seconds{1});
}

TEST_CASE("random bytes are refused without a crash")
{
    std::mt19937 random{7};
    for (int round = 0; round < 500; ++round) {
        std::string text(random() % 2000, '\0');
        for (auto& byte : text) byte = static_cast<char>(32 + random() % 95);
        const auto result = readMethodYaml(text, "noise.yaml");
        CHECK_FALSE(result.method);
        CHECK_FALSE(result.errors.empty());
    }
}
