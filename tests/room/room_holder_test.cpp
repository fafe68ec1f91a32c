// A role chosen during the method, through the real `palet serve` and the room's protocol: the
// console is asked whom the group chose, records it with a `holder` message, and from the next
// phase every view shows the chosen member in the role; the journal holds the role-chosen event.

#include "served_room.hpp"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace palet::test;

namespace {

QJsonArray holdersOf(const QJsonObject& room, const QString& roleId)
{
    for (const QJsonValue role : room.value("roles").toArray())
        if (role["id"].toString() == roleId) return role["holders"].toArray();
    return {};
}

bool inPhase(const QJsonObject& message, const QString& phaseId)
{
    return message.value("type") == "room" && message.value("phase")["id"].toString() == phaseId;
}

} // namespace

TEST_CASE("the console records whom the group chose as leader; every view shows them from the next phase")
{
    const PaletSandbox sandbox;
    const ServedRoom room{sandbox, {"--method", "balint-method", "--members", "Ann,Bo,Cas,Dee,Eva,Fay", "--seed", "7",
                                    "--journal", "room.jsonl", "--lang", "en"}};
    RoomClient console{room.ws()};
    console.hello("console", room.token());
    RoomClient screen{room.ws()};
    screen.hello("screen", room.key());
    console.send({{"type", "start"}});

    const QJsonObject asked = console.waitFor([](const QJsonObject& m) { return inPhase(m, "choose-leader") && m.value("status") == "running"; });
    REQUIRE(asked.value("holder_choices").toArray().size() == 1);
    const QJsonObject choice = asked.value("holder_choices")[0].toObject();
    CHECK(choice["role"] == "facilitator");
    CHECK(choice["name"] == "Group leader");
    CHECK(choice["members"].toArray() == QJsonArray{"Bo", "Cas", "Dee", "Eva", "Fay"});
    CHECK(choice["chosen"].isNull());
    CHECK(holdersOf(asked, "facilitator").isEmpty());
    // The projector says that the group chooses now, without the console's list.
    const QJsonObject projected = screen.waitFor([](const QJsonObject& m) { return inPhase(m, "choose-leader") && m.contains("choosing"); });
    CHECK(projected.value("choosing")[0]["name"] == "Group leader");
    CHECK(projected.value("choosing")[0]["chosen"].isNull());
    CHECK_FALSE(projected.contains("holder_choices"));

    SECTION("only the console chooses, only a member who may be chosen, and only what the session chooses")
    {
        screen.send({{"type", "holder"}, {"role", "facilitator"}, {"member", "Cas"}});
        CHECK(screen.waitForType("error").value("code") == "not-allowed");
        console.send({{"type", "holder"}, {"role", "facilitator"}, {"member", "Ann"}});
        const QJsonObject refused = console.waitForType("error");
        CHECK(refused.value("code") == "refused");
        CHECK(refused.value("message") == "Ann holds another role already; choose one of: Bo, Cas, Dee, Eva, Fay");
        console.send({{"type", "holder"}, {"role", "scribe"}, {"member", "Cas"}});
        CHECK(console.waitForType("error").value("code") == "refused");
        console.send({{"type", "holder"}, {"role", "facilitator"}});
        CHECK(console.waitForType("error").value("code") == "bad-field");
    }
    SECTION("the choice, changed once, then the next phase")
    {
        console.send({{"type", "holder"}, {"role", "facilitator"}, {"member", "Dee"}});
        const QJsonObject first = console.waitFor([](const QJsonObject& m) {
            return m.value("type") == "room" && m.value("holder_choices")[0]["chosen"].toString() == "Dee";
        });
        REQUIRE_FALSE(first.isEmpty());
        console.send({{"type", "holder"}, {"role", "facilitator"}, {"member", "Cas"}});
        REQUIRE_FALSE(console.waitFor([](const QJsonObject& m) {
                                 return m.value("type") == "room" && m.value("holder_choices")[0]["chosen"].toString() == "Cas";
                             }).isEmpty());
        console.send({{"type", "key"}, {"key", "n"}});
        const QJsonObject next = screen.waitFor([](const QJsonObject& m) { return inPhase(m, "present"); });
        CHECK(holdersOf(next, "facilitator") == QJsonArray{"Cas"});
        CHECK_FALSE(holdersOf(next, "adviser").contains("Cas"));
        const QJsonObject consoleNext = console.waitFor([](const QJsonObject& m) { return inPhase(m, "present"); });
        CHECK_FALSE(consoleNext.contains("holder_choices"));
        CHECK(holdersOf(consoleNext, "facilitator") == QJsonArray{"Cas"});

        // The journal: two choices, the last one counts; the second phase names Cas.
        QFile journal{sandbox.path("room.jsonl")};
        REQUIRE(journal.open(QIODevice::ReadOnly));
        QStringList chosen;
        bool presentNamesCas = false;
        for (const QByteArray& line : journal.readAll().split('\n')) {
            const QJsonObject event = QJsonDocument::fromJson(line).object();
            if (event["event"] == "role-chosen") chosen << event["member"].toString();
            if (event["event"] == "phase-started" && event["phase"]["id"] == "present")
                for (const QJsonValue instruction : event["instructions"].toArray())
                    if (instruction["role"] == "facilitator") presentNamesCas = instruction["members"].toArray() == QJsonArray{"Cas"};
        }
        CHECK(chosen == QStringList{"Dee", "Cas"});
        CHECK(presentNamesCas);
    }
}
