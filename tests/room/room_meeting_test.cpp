// `palet serve MEETING`: a stored meeting's whole agenda in the room. The projector never shows a
// case's label; quitting records the meeting as held, as `palet run` does; each phone's attendance
// confirmation goes into the store through the core's confirmAttendance, channel "room"; and a
// restarted serve finds the meeting's unfinished journal and goes on with it.

#include "served_room.hpp"

#include <catch2/catch.hpp>

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>

using namespace palet::test;

namespace {

const QString label = QStringLiteral("Grenzen bij de familie");

// A group of four with a meeting today (from midnight, so confirmations fall within it) and two
// cases, planned and saved; returns the meeting's reference.
QString storedMeeting(PaletSandbox& sandbox)
{
    sandbox.set("PALET_DB", sandbox.path("room.db"));
    const QString date = QDate::currentDate().toString(Qt::ISODate);
    const QString meeting = "Zorgteam@" + date;
    const std::vector<QStringList> steps{
        {"group", "create", "Zorgteam", "--guided-meetings", "0"},
        {"group", "add-member", "Zorgteam", "Anna", "Bram", "Carla", "Daan"},
        {"meeting", "new", "Zorgteam", "--date", date, "--start", "00:00", "--end", "03:00"},
        {"case", "add", meeting, "--owner", "Anna", "--label", label},
        {"case", "add", meeting, "--owner", "Bram", "--label", "Nieuw rooster"},
        {"case", "triage", meeting, "1", "--as", "intervision"},
        {"case", "triage", meeting, "2", "--as", "intervision"},
        {"plan", meeting, "--save"},
    };
    for (const QStringList& step : steps) {
        const PaletRun run = sandbox.run(step);
        INFO("palet " << step.join(' ').toStdString() << "\n" << run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    }
    return meeting;
}

QString joinAs(RoomClient& phone, const QString& code, const QString& name)
{
    phone.hello("phone");
    phone.send({{"type", "join"}, {"code", code}, {"name", name}});
    return phone.waitForType("joined").value("device").toString();
}

} // namespace

TEST_CASE("a stored meeting in the room: no case label on the projector, recorded as held, attendance confirmed in the store")
{
    PaletSandbox sandbox;
    const QString meeting = storedMeeting(sandbox);
    ServedRoom room{sandbox, {meeting, "--lang", "en", "--seed", "3"}};

    RoomClient console{room.ws()};
    console.hello("console", room.token());
    const QJsonObject first = console.waitForType("room");
    CHECK(first.value("title").toString() == "Meeting " + meeting);
    const QString code = first.value("join").toObject().value("code").toString();
    RoomClient screen{room.ws()};
    screen.hello("screen", room.key());
    RoomClient anna{room.ws()};
    joinAs(anna, code, "Anna");

    console.send({{"type", "start"}});
    REQUIRE(console.waitFor([](const QJsonObject& m) { return m.value("status").toString() == "running"; }).size() > 0);
    // On to the first case's round, phase by phase, watching every projector message on the way.
    bool roundOnScreen = false;
    bool labelShown = false;
    int index = 0;
    for (int step = 0; step < 40 && !roundOnScreen; ++step) {
        console.send({{"type", "key"}, {"key", "n"}});
        const QJsonObject shown = screen.waitFor([&](const QJsonObject& m) {
            labelShown = labelShown || QString::fromUtf8(QJsonDocument{m}.toJson()).contains(label);
            return m.value("type").toString() == "room" && m.value("phase").toObject().value("index").toInt() > index;
        });
        REQUIRE_FALSE(shown.isEmpty());
        index = shown.value("phase").toObject().value("index").toInt();
        roundOnScreen = shown.value("phase").toObject().value("part").toString().startsWith("Case ");
    }
    CHECK_FALSE(labelShown);
    CHECK(roundOnScreen);
    // A phone is the group's: it shows the round's case with its label.
    const QString part = anna.latest("room").value("phase").toObject().value("part").toString();
    INFO(part.toStdString());
    CHECK((part.contains(label) || part.contains("Nieuw rooster")));

    console.send({{"type", "key"}, {"key", "q"}});
    console.send({{"type", "key"}, {"key", "y"}});
    const QJsonObject ended = console.waitFor([](const QJsonObject& m) { return m.value("status").toString() == "finished" && m.contains("recorded"); });
    CHECK(ended.value("recorded").toString().startsWith("Recorded " + meeting + " as held"));

    anna.send({{"type", "attend"}});
    const QJsonObject attended = anna.waitFor([](const QJsonObject& m) { return m.value("me").toObject().contains("attended_at"); });
    CHECK_FALSE(attended.isEmpty());
    const PaletRun proof = sandbox.run({"attendance", meeting, "--format", "json"});
    INFO(proof.err.toStdString());
    REQUIRE(proof.exitCode == 0);
    CHECK(proof.out.contains("Anna"));
    CHECK(proof.out.contains("\"room\""));

    console.send({{"type", "close"}});
    // The event loop runs meanwhile, so the message goes out.
    REQUIRE(waitUntil([&] { return room.process().state() == QProcess::NotRunning; }, 30000));
    CHECK(room.process().exitCode() == 0);
}

TEST_CASE("a stored meeting's room started again after a kill goes on from the meeting's journal")
{
    PaletSandbox sandbox;
    const QString meeting = storedMeeting(sandbox);
    QString token;
    QString device;
    {
        ServedRoom room{sandbox, {meeting, "--seed", "3"}};
        token = room.token();
        RoomClient console{room.ws()};
        console.hello("console", token);
        const QString code = console.waitForType("room").value("join").toObject().value("code").toString();
        RoomClient bram{room.ws()};
        device = joinAs(bram, code, "Bram");
        console.send({{"type", "start"}});
        REQUIRE(console.waitFor([](const QJsonObject& m) { return m.value("status").toString() == "running"; }).size() > 0);
        console.send({{"type", "key"}, {"key", "n"}});
        REQUIRE(console.waitFor([](const QJsonObject& m) { return m.value("phase").toObject().value("index").toInt() == 1; }).size() > 0);
        room.process().kill(); // SIGKILL
        REQUIRE(room.process().waitForFinished(10000));
    }
    ServedRoom again{sandbox, {meeting}};
    CHECK(again.token() == token);
    RoomClient console{again.ws()};
    console.hello("console", token);
    const QJsonObject resumed = console.waitForType("room");
    CHECK(resumed.value("status").toString() == "running");
    CHECK(resumed.value("phase").toObject().value("index").toInt() == 1);
    RoomClient bram{again.ws()};
    CHECK(bram.hello("phone", device).value("member").toString() == "Bram");
}
