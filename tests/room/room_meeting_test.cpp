// `palet serve MEETING`: a stored meeting's whole agenda in the room. The projector never shows a
// case's label; quitting records the meeting as held, as `palet run` does; each phone's attendance
// confirmation goes into the store through the core's confirmAttendance, channel "room"; and a
// restarted serve finds the meeting's unfinished journal and goes on with it. Before the start the
// phones bring in cases and vote, the store keeps them, and the start plans with the chosen cases.

#include "served_room.hpp"

#include <catch2/catch.hpp>

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>

#include <map>
#include <memory>

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

TEST_CASE("before the start the phones bring in a case and vote, the store keeps the votes and the start plans by them")
{
    PaletSandbox sandbox;
    sandbox.set("PALET_DB", sandbox.path("room.db"));
    const QString date = QDate::currentDate().toString(Qt::ISODate);
    const QString meeting = "Zorgteam@" + date;
    for (const QStringList& step : std::vector<QStringList>{
             {"group", "create", "Zorgteam", "--guided-meetings", "0"},
             {"group", "add-member", "Zorgteam", "Anna", "Bram", "Carla", "Daan"},
             {"meeting", "new", "Zorgteam", "--date", date, "--start", "00:00", "--end", "03:00"},
             {"case", "add", meeting, "--owner", "Anna", "--label", label},
             {"plan", meeting, "--save"},
         }) {
        const PaletRun run = sandbox.run(step);
        INFO("palet " << step.join(' ').toStdString() << "\n" << run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    }
    ServedRoom room{sandbox, {meeting, "--lang", "en", "--seed", "3"}};
    RoomClient console{room.ws()};
    console.hello("console", room.token());
    const QString code = console.waitForType("room").value("join").toObject().value("code").toString();
    RoomClient screen{room.ws()};
    screen.hello("screen", room.key());
    std::map<QString, std::unique_ptr<RoomClient>> phones;
    for (const QString name : {"Anna", "Bram", "Carla", "Daan"}) {
        phones[name] = std::make_unique<RoomClient>(room.ws());
        joinAs(*phones[name], code, name);
    }

    phones["Bram"]->send({{"type", "case"}, {"label", "Nieuw rooster"}});
    REQUIRE_FALSE(console.waitFor([](const QJsonObject& m) { return m.value("cases").toArray().size() == 2; }).isEmpty());
    // One case each; a vote for a case there is not, or of the wrong kind, changes nothing.
    phones["Bram"]->send({{"type", "case"}, {"label", "Nog een"}});
    CHECK(phones["Bram"]->waitForType("error").value("code").toString() == "refused");
    phones["Carla"]->send({{"type", "vote"}, {"case", 9}, {"vote", true}});
    CHECK(phones["Carla"]->waitForType("error").value("code").toString() == "refused");
    phones["Carla"]->send({{"type", "vote"}, {"case", 2}, {"vote", "yes"}});
    CHECK(phones["Carla"]->waitForType("error").value("code").toString() == "bad-field");

    phones["Anna"]->send({{"type", "vote"}, {"case", 1}, {"vote", true}});
    for (const QString name : {"Bram", "Carla", "Daan", "Anna"}) phones[name]->send({{"type", "vote"}, {"case", 2}, {"vote", true}});
    phones["Anna"]->send({{"type", "vote"}, {"case", 2}, {"vote", false}}); // taken back
    const QJsonObject counted = console.waitFor([](const QJsonObject& m) {
        const QJsonArray cases = m.value("cases").toArray();
        return cases.size() == 2 && cases[0].toObject().value("votes").toInt() == 1 && cases[1].toObject().value("votes").toInt() == 3 &&
               cases[1].toObject().value("voters").toArray().size() == 3;
    });
    REQUIRE_FALSE(counted.isEmpty());
    CHECK(counted.value("cases").toArray()[1].toObject().value("label").toString() == "Nieuw rooster");
    const QJsonObject onScreen = screen.latest("room");
    CHECK(onScreen.value("cases").toArray().size() == 2);
    CHECK_FALSE(QString::fromUtf8(QJsonDocument{onScreen}.toJson()).contains("Nieuw rooster"));
    for (const QJsonValue each : onScreen.value("cases").toArray()) {
        CHECK_FALSE(each.toObject().contains("label"));
        CHECK_FALSE(each.toObject().contains("owner"));
    }
    const QJsonArray annasCases = phones["Anna"]->latest("room").value("cases").toArray();
    REQUIRE(annasCases.size() == 2);
    CHECK(annasCases[0].toObject().value("mine").toBool());
    CHECK_FALSE(annasCases[1].toObject().value("mine").toBool());

    // The store has the case and every member's own vote, before anything starts.
    const PaletRun listed = sandbox.run({"case", "list", meeting, "--json"});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray stored = listed.json().array();
    REQUIRE(stored.size() == 2);
    CHECK(stored[1].toObject().value("label").toString() == "Nieuw rooster");
    CHECK(stored[1].toObject().value("votes").toInt() == 3);

    console.send({{"type", "start"}});
    REQUIRE_FALSE(console.waitFor([](const QJsonObject& m) { return m.value("status").toString() == "running"; }).isEmpty());
    // The plan was made again: the case with the most votes is treated first, and saved as chosen.
    QString firstRound;
    QJsonObject shown;
    for (int step = 0; step < 40 && firstRound.isEmpty(); ++step) {
        const int at = phones["Bram"]->latest("room").value("phase").toObject().value("index").toInt();
        console.send({{"type", "key"}, {"key", "n"}});
        shown = phones["Bram"]->waitFor([&](const QJsonObject& m) {
            return m.value("type").toString() == "room" && m.value("phase").toObject().value("index").toInt() > at;
        });
        REQUIRE_FALSE(shown.isEmpty());
        const QString part = shown.value("phase").toObject().value("part").toString();
        if (part.contains(": case ")) firstRound = part;
    }
    INFO(firstRound.toStdString());
    CHECK(firstRound.contains("Nieuw rooster"));
    const QJsonArray saved = sandbox.run({"case", "list", meeting, "--json"}).json().array();
    CHECK(saved[1].toObject().value("status").toString() == "chosen");
    CHECK(shown.value("status").toString() == "running");
    CHECK_FALSE(shown.contains("cases")); // after the start: no more voting
    phones["Carla"]->send({{"type", "vote"}, {"case", 1}, {"vote", true}});
    CHECK(phones["Carla"]->waitForType("error").value("code").toString() == "not-allowed");

    console.send({{"type", "key"}, {"key", "q"}});
    console.send({{"type", "key"}, {"key", "y"}});
    REQUIRE_FALSE(console.waitFor([](const QJsonObject& m) { return m.value("status").toString() == "finished"; }).isEmpty());
    console.send({{"type", "close"}});
    REQUIRE(waitUntil([&] { return room.process().state() == QProcess::NotRunning; }, 30000));
}

TEST_CASE("palet serve alone: the console picks the meeting, and until then no phone joins and nothing starts")
{
    PaletSandbox sandbox;
    const QString meeting = storedMeeting(sandbox);
    ServedRoom room{sandbox, {"--lang", "en", "--seed", "3"}};
    CHECK(room.output().contains("/console?token="));
    RoomClient console{room.ws()};
    console.hello("console", room.token());
    const QJsonObject first = console.waitForType("room");
    CHECK(first.value("status").toString() == "choosing");
    const QJsonObject choices = first.value("choices").toObject();
    REQUIRE(choices.value("meetings").toArray().size() == 1);
    CHECK(choices.value("meetings").toArray()[0].toObject().value("reference").toString() == meeting);
    bool offersMethod = false;
    bool offersBlock = false;
    for (const QJsonValue method : choices.value("methods").toArray()) {
        offersMethod = offersMethod || method.toObject().value("id").toString() == "peer-consultation";
        offersBlock = offersBlock || method.toObject().value("id").toString().startsWith("block-");
    }
    CHECK(offersMethod);
    CHECK_FALSE(offersBlock); // the meeting's building blocks are not run on their own

    RoomClient screen{room.ws()};
    screen.hello("screen", room.key());
    const QJsonObject onScreen = screen.waitForType("room");
    CHECK(onScreen.value("status").toString() == "choosing");
    CHECK_FALSE(onScreen.contains("choices"));
    RoomClient phone{room.ws()};
    phone.hello("phone");
    phone.send({{"type", "code"}, {"code", "123456"}});
    CHECK(phone.waitForType("error").value("code").toString() == "not-chosen");
    console.send({{"type", "start"}});
    CHECK(console.waitForType("error").value("code").toString() == "not-chosen");
    phone.send({{"type", "choose"}, {"meeting", meeting}});
    CHECK(phone.waitForType("error").value("code").toString() == "not-allowed");

    // Wrong picks are refused and change nothing.
    console.send({{"type", "choose"}, {"meeting", meeting}, {"method", "peer-consultation"}});
    CHECK(console.waitForType("error").value("code").toString() == "bad-field");
    console.send({{"type", "choose"}, {"method", "peer-consultation"}});
    CHECK(console.waitForType("error").value("code").toString() == "bad-field");
    console.send({{"type", "choose"}, {"method", "no-such-method"}, {"members", QJsonArray{"Ann", "Bo", "Cas"}}});
    const QJsonObject unknown = console.waitForType("error");
    CHECK(unknown.value("code").toString() == "refused");
    CHECK(unknown.value("message").toString().contains("no-such-method"));
    console.send({{"type", "choose"}, {"meeting", "Zorgteam@2001-01-01"}});
    CHECK(console.waitForType("error").value("code").toString() == "refused");

    console.send({{"type", "choose"}, {"meeting", meeting}});
    const QJsonObject picked = console.waitFor([](const QJsonObject& m) { return m.value("status").toString() == "waiting"; });
    REQUIRE_FALSE(picked.isEmpty());
    CHECK(picked.value("title").toString() == "Meeting " + meeting);
    CHECK(picked.value("cases").toArray().size() == 2);
    CHECK(screen.waitFor([](const QJsonObject& m) { return m.value("status").toString() == "waiting"; }).size() > 0);
    console.send({{"type", "choose"}, {"method", "peer-consultation"}, {"members", QJsonArray{"Ann", "Bo", "Cas"}}});
    CHECK(console.waitForType("error").value("code").toString() == "not-allowed");

    const QString code = picked.value("join").toObject().value("code").toString();
    RoomClient anna{room.ws()};
    joinAs(anna, code, "Anna");
    console.send({{"type", "start"}});
    REQUIRE(console.waitFor([](const QJsonObject& m) { return m.value("status").toString() == "running"; }).size() > 0);
    console.send({{"type", "key"}, {"key", "q"}});
    console.send({{"type", "key"}, {"key", "y"}});
    const QJsonObject ended = console.waitFor([](const QJsonObject& m) { return m.contains("recorded"); });
    CHECK(ended.value("recorded").toString().startsWith("Recorded " + meeting + " as held"));
    console.send({{"type", "close"}});
    REQUIRE(waitUntil([&] { return room.process().state() == QProcess::NotRunning; }, 30000));
    CHECK(room.process().exitCode() == 0);
}

TEST_CASE("a group that allows it sees its case labels on the projector, never the case texts")
{
    PaletSandbox sandbox;
    const QString meeting = storedMeeting(sandbox);
    REQUIRE(sandbox.run({"case", "add", meeting, "--owner", "Carla", "--label", "Derde casus", "--text", "Het hele verhaal"}).exitCode == 0);
    const PaletRun wrong = sandbox.run({"group", "projector-labels", "Zorgteam", "maybe"});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains("say on or off"));
    const PaletRun allowed = sandbox.run({"group", "projector-labels", "Zorgteam", "on", "--json"});
    INFO(allowed.err.toStdString());
    REQUIRE(allowed.exitCode == 0);
    CHECK(allowed.json().object().value("case_labels_on_projector").toBool());

    ServedRoom room{sandbox, {meeting, "--lang", "en", "--seed", "3"}};
    RoomClient console{room.ws()};
    console.hello("console", room.token());
    console.waitForType("room");
    RoomClient screen{room.ws()};
    screen.hello("screen", room.key());
    const QJsonObject waiting = screen.waitForType("room");
    CHECK(waiting.value("cases").toArray()[0].toObject().value("label").toString() == label);
    CHECK_FALSE(waiting.value("cases").toArray()[0].toObject().contains("owner"));
    console.send({{"type", "start"}});
    REQUIRE_FALSE(console.waitFor([](const QJsonObject& m) { return m.value("status").toString() == "running"; }).isEmpty());
    bool labelShown = false;
    bool textShown = false;
    int index = 0;
    for (int step = 0; step < 40 && !labelShown; ++step) {
        console.send({{"type", "key"}, {"key", "n"}});
        const QJsonObject shown = screen.waitFor([&](const QJsonObject& m) {
            textShown = textShown || QString::fromUtf8(QJsonDocument{m}.toJson()).contains("Het hele verhaal");
            return m.value("type").toString() == "room" && m.value("phase").toObject().value("index").toInt() > index;
        });
        REQUIRE_FALSE(shown.isEmpty());
        index = shown.value("phase").toObject().value("index").toInt();
        const QString part = shown.value("phase").toObject().value("part").toString();
        labelShown = part.contains(label) || part.contains("Nieuw rooster") || part.contains("Derde casus");
    }
    CHECK(labelShown);
    CHECK_FALSE(textShown);
    console.send({{"type", "key"}, {"key", "q"}});
    console.send({{"type", "key"}, {"key", "y"}});
    REQUIRE_FALSE(console.waitFor([](const QJsonObject& m) { return m.value("status").toString() == "finished"; }).isEmpty());
    console.send({{"type", "close"}});
    REQUIRE(waitUntil([&] { return room.process().state() == QProcess::NotRunning; }, 30000));
}
