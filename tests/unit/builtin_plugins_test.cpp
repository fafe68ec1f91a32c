// The built-in native methods, loaded from the build tree as palet loads them.

#include "catalog/yaml_method_reader.hpp"
#include "plugins/plugin_loader.hpp"

#include <catch2/catch.hpp>

#include <QStringList>

#include <set>

using namespace palet;

namespace {

const std::string builtinMethods = PALET_BUILTIN_METHODS;

std::shared_ptr<MethodImplementation> load(const std::string& name)
{
    const auto loaded = loadPluginMethod(builtinMethods + "/" + name + "/" + name + ".so", {name, {1, 0, 0}});
    INFO(loaded.error);
    REQUIRE(loaded.method);
    return loaded.method;
}

MethodSpec specFor(MethodImplementation& method, int members, int minutes)
{
    const auto spec = method.spec({members, minutes, Language::en, 0});
    INFO(spec.error);
    REQUIRE(spec.value);
    return *spec.value;
}

SessionEvent dealing(std::uint64_t seed, std::vector<std::string> advisers)
{
    SessionEvent event;
    event.phaseId = "deal";
    event.seed = seed;
    event.roleHolders["adviser"] = std::move(advisers);
    return event;
}

} // namespace

TEST_CASE("carousel: one turn per member, fitted into the minutes available")
{
    const auto carousel = load("carousel");
    const MethodSpec six = specFor(*carousel, 6, 60);
    CHECK(six.phases.size() == 8); // opening, six turns, closing
    CHECK(six.phases[1].id == "turn-1");
    CHECK(six.phases[6].id == "turn-6");
    CHECK(six.minutesFor(6) == MinuteRange{58, 58}); // 5 + 6 × 8 + 5: as much as fits
    const MethodSpec four = specFor(*carousel, 4, 90);
    CHECK(four.phases.size() == 6);
    CHECK(four.phases[1].minutes == PhaseDuration::fixed(20)); // capped at 20 a turn
    const MethodSpec crowded = specFor(*carousel, 10, 30);
    CHECK(crowded.phases[1].minutes == PhaseDuration::fixed(4)); // never shorter than 4
    for (const MethodSpec* spec : {&six, &four, &crowded}) {
        std::set<std::string> ids;
        for (const auto& phase : spec->phases) ids.insert(phase.id);
        CHECK(ids.size() == spec->phases.size());
    }
}

TEST_CASE("carousel: the manifest describes the method as the library computes it")
{
    const auto manifest = readMethodFile(builtinMethods + "/carousel/carousel.plugin.yaml");
    REQUIRE(manifest.method);
    CHECK(manifest.pluginLibrary == "carousel.so");
    const auto carousel = load("carousel");
    const MethodSpec computed = specFor(*carousel, 6, 60);
    CHECK(manifest.method->minutesFor(6) == computed.minutesFor(6));
    CHECK(manifest.method->groupSize == computed.groupSize);
    CHECK(manifest.method->roles == computed.roles);
}

TEST_CASE("carousel: the facilitator and the case owner hear of every turn")
{
    const auto carousel = load("carousel");
    SessionEvent turn;
    turn.phaseId = "turn-2";
    turn.plannedMinutes = 8;
    const auto messages = carousel->onEvent(turn);
    REQUIRE(messages.value);
    REQUIRE(messages.value->size() == 2);
    CHECK(messages.value->at(0).roleId == "facilitator");
    CHECK(messages.value->at(0).text.en == "Give the floor to the next member; this turn lasts 8 minutes.");
    turn.phaseId = "opening";
    CHECK(carousel->onEvent(turn).value->empty());
}

TEST_CASE("quality cards: every adviser is dealt five different cards, the same again for the same seed")
{
    const auto cards = load("quality-cards");
    const std::vector<std::string> advisers{"Ann", "Bo", "Cas", "Dee"};
    const auto first = cards->onEvent(dealing(42, advisers));
    REQUIRE(first.value);
    REQUIRE(first.value->size() == advisers.size());
    std::set<std::string> dealt;
    for (std::size_t i = 0; i < advisers.size(); ++i) {
        const RoleMessage& message = first.value->at(i);
        CHECK(message.roleId == "adviser");
        CHECK(message.member == advisers[i]);
        REQUIRE(message.text.en.rfind("Your cards: ", 0) == 0);
        QStringList hand = QString::fromStdString(message.text.en.substr(12)).split(", ");
        CHECK(hand.size() == 5);
        for (const auto& card : hand) dealt.insert(card.toStdString());
        CHECK(message.text.nl.rfind("Jouw kaarten: ", 0) == 0);
    }
    CHECK(dealt.size() == 20); // no card dealt twice

    CHECK(cards->onEvent(dealing(42, advisers)).value == first.value); // replayable
    CHECK(cards->onEvent(dealing(43, advisers)).value != first.value);
    CHECK(cards->onEvent(dealing(42, advisers)).value == load("quality-cards")->onEvent(dealing(42, advisers)).value);
    SessionEvent other = dealing(42, advisers);
    other.phaseId = "story";
    CHECK(cards->onEvent(other).value->empty());
}

TEST_CASE("quality cards: the round of cards takes two minutes an adviser")
{
    const auto cards = load("quality-cards");
    CHECK(specFor(*cards, 6, 60).phases[2].minutes == PhaseDuration::fixed(10));
    CHECK(specFor(*cards, 3, 60).phases[2].minutes == PhaseDuration::fixed(6));
}
