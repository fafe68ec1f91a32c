// Rounds and subgroups in the room through the real `palet serve`: the projector shows which
// round it is and each subgroup with who holds which role there now; each phone shows its owner's
// subgroup and role in this round, and that a smaller subgroup has finished and waits.

#include "served_room.hpp"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace palet::test;

namespace {

QStringList namesIn(const QJsonValue& array)
{
    QStringList names;
    for (const QJsonValue name : array.toArray()) names << name.toString();
    return names;
}

// "Client: Bo · Consultant: Ann, Cas", as the projector writes a subgroup's roles.
QString rolesText(const QJsonValue& subgroup)
{
    QStringList roles;
    for (const QJsonValue role : subgroup["roles"].toArray()) roles << role["name"].toString() + ": " + namesIn(role["holders"]).join(", ");
    return roles.join(" · ");
}

QJsonObject atPhase(RoomClient& client, int index)
{
    return client.waitFor([index](const QJsonObject& message) {
        return message.value("type") == "room" && message.value("phase").toObject().value("index").toInt() == index
               && message.value("status") == "running";
    });
}

} // namespace

TEST_CASE("troika consulting in the room: the projector shows the round and both subgroups, each phone its own")
{
    const PaletSandbox sandbox;
    const ServedRoom room{sandbox, {"--method", "troika-consulting", "--members", "Ann,Bo,Cas,Dee,Eva,Fay,Gus", "--seed", "7",
                                    "--journal", "room.jsonl", "--lang", "en"}};
    RoomClient console{room.ws()};
    console.hello("console", room.token());
    const QString code = console.waitForType("room").value("join").toObject().value("code").toString();
    RoomClient screen{room.ws()};
    screen.hello("screen", room.key());
    RoomClient eva{room.ws()};
    eva.hello("phone");
    eva.send({{"type", "join"}, {"code", code}, {"name", "Eva"}});
    REQUIRE(eva.waitForType("joined").value("name") == "Eva");

    // Before the start: the first phase, the trio and the four, each with its first member as client.
    const QJsonObject waiting = screen.waitForType("room");
    const QJsonArray before = waiting.value("subgroups").toArray();
    REQUIRE(before.size() == 2);
    CHECK(namesIn(before[0]["members"]) == QStringList{"Ann", "Bo", "Cas"});
    CHECK(rolesText(before[1]) == "Client: Dee · Consultant: Eva, Fay, Gus");

    console.send({{"type", "start"}});
    REQUIRE_FALSE(console.waitFor([](const QJsonObject& m) { return m.value("status").toString() == "running"; }).isEmpty());
    console.send({{"type", "key"}, {"key", "n"}}); // on to round 1
    const QJsonObject first = atPhase(screen, 1);
    CHECK(first.value("phase")["round"]["number"] == 1);
    CHECK(first.value("phase")["round"]["of"] == 4);
    CHECK(first.value("phase")["round"]["name"] == "Consultation round");

    // Round 2 (phases 5 to 8): the client has passed on in both subgroups.
    for (int phase = 2; phase <= 5; ++phase) {
        console.send({{"type", "key"}, {"key", "n"}});
        REQUIRE_FALSE(atPhase(console, phase).isEmpty());
    }
    const QJsonObject second = atPhase(screen, 5);
    CHECK(second.value("phase")["round"]["number"] == 2);
    const QJsonArray subgroups = second.value("subgroups").toArray();
    REQUIRE(subgroups.size() == 2);
    CHECK(rolesText(subgroups[0]) == "Client: Bo · Consultant: Ann, Cas");
    CHECK(rolesText(subgroups[1]) == "Client: Eva · Consultant: Dee, Fay, Gus");
    CHECK(subgroups[0]["finished"] == false);

    const QJsonObject mine = atPhase(eva, 5).value("me").toObject();
    CHECK(namesIn(mine["subgroup"]["members"]) == QStringList{"Dee", "Eva", "Fay", "Gus"});
    REQUIRE(mine["roles"].toArray().size() == 1);
    CHECK(mine["roles"][0]["id"] == "case-owner");
    CHECK(mine["roles"][0]["name"] == "Client");

    // Round 4: the trio has had its three rounds and waits; the four has its fourth.
    for (int phase = 6; phase <= 13; ++phase) {
        console.send({{"type", "key"}, {"key", "n"}});
        REQUIRE_FALSE(atPhase(console, phase).isEmpty());
    }
    const QJsonObject fourth = atPhase(screen, 13);
    CHECK(fourth.value("phase")["round"]["number"] == 4);
    const QJsonArray last = fourth.value("subgroups").toArray();
    CHECK(last[0]["finished"] == true);
    CHECK(last[0]["roles"].toArray().isEmpty());
    CHECK(rolesText(last[1]) == "Client: Gus · Consultant: Dee, Eva, Fay");
    const QJsonObject evaNow = atPhase(eva, 13).value("me").toObject();
    CHECK(evaNow["roles"][0]["id"] == "adviser");
    CHECK(evaNow["subgroup"]["finished"] == false);
}
