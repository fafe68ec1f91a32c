// `palet serve` with a method whose plugin crashes mid-session (fixture-segv-event crashes when
// phase 'round' starts): the room goes on, the console says the plugin stopped, and the meeting
// runs to its end.

#include "served_room.hpp"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace palet::test;

namespace {

const QString fixtures = PALET_FIXTURE_PLUGINS;

} // namespace

TEST_CASE("a plugin that crashes in the room stops speaking; the console says so and the meeting runs to its end")
{
    const PaletSandbox sandbox;
    ServedRoom room{sandbox, {"--method", "fixture-segv-event", "--methods", fixtures, "--members", "Ann,Bo,Cas,Dee",
                              "--seed", "3", "--journal", "room.jsonl", "--lang", "en"}};
    RoomClient console{room.ws()};
    // The console's page gets the words to say a plugin stopped.
    CHECK(console.hello("console", room.token()).value("texts").toObject().value("plugin_stopped").toString()
          == "The plugin of %1 stopped, and the session goes on without its messages: %2");
    REQUIRE_FALSE(console.waitForType("room").isEmpty());
    console.send({{"type", "start"}});
    REQUIRE_FALSE(console.waitFor([](const QJsonObject& m) { return m.value("status").toString() == "running"; }).isEmpty());

    // On to phase 'round', where the plugin crashes.
    console.send({{"type", "key"}, {"key", "n"}});
    const QJsonObject stopped = console.waitFor([](const QJsonObject& m) {
        return m.value("type").toString() == "room" && !m.value("plugin_stops").toArray().isEmpty();
    });
    INFO(room.output().toStdString());
    REQUIRE_FALSE(stopped.isEmpty());
    CHECK(stopped.value("phase").toObject().value("id").toString() == "round");
    CHECK(stopped.value("status").toString() == "running");
    const QJsonArray stops = stopped.value("plugin_stops").toArray();
    REQUIRE(stops.size() == 1);
    CHECK(stops[0].toObject().value("method").toString() == "fixture-segv-event");
    CHECK(stops[0].toObject().value("sentence").toString()
          == fixtures + "/fixture-segv-event/fixture-segv-event.so: the plugin crashed with SIGSEGV (Segmentation fault) "
                        "while it heard that phase 'round' started");

    // The meeting goes on to its last phase and ends.
    console.send({{"type", "key"}, {"key", "n"}});
    const QJsonObject closing = console.waitFor([](const QJsonObject& m) {
        return m.value("phase").toObject().value("id").toString() == "closing";
    });
    CHECK_FALSE(closing.isEmpty());
    console.send({{"type", "key"}, {"key", "n"}});
    const QJsonObject finished = console.waitFor([](const QJsonObject& m) { return m.value("status").toString() == "finished"; });
    CHECK_FALSE(finished.isEmpty());
    CHECK(finished.value("plugin_stops").toArray().size() == 1);
    CHECK(room.process().state() == QProcess::Running);

    console.send({{"type", "close"}});
    REQUIRE(waitUntil([&] { return room.process().state() == QProcess::NotRunning; }, 30000));
    CHECK(room.process().exitStatus() == QProcess::NormalExit);
    CHECK(room.process().exitCode() == 0);
}
