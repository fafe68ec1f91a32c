// Who does what in a meeting, through the real binary on each back-end: the guide (a person of
// the firm, not a member) chairs a guided meeting; every member present holds a role in every part
// but the break; nobody holds two key roles while another holds none; the same assignment in the
// plan's JSON and in the run's events.

#include "records_sandbox.hpp"

#include "records/meeting_records.hpp"
#include "records/participation_records.hpp"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

using namespace palet;
using namespace palet::test;

namespace {

const QString meeting = "Zorgteam@2025-03-12";
const QStringList six{"Anna", "Bram", "Carla", "Daan", "Eva", "Fleur"};

void prepare(const RecordsSandbox& sandbox, const QStringList& groupOptions)
{
    REQUIRE(sandbox.run(QStringList{"group", "create", "Zorgteam"} + groupOptions).exitCode == 0);
    REQUIRE(sandbox.run(QStringList{"group", "add-member", "Zorgteam"} + six).exitCode == 0);
}

void bringCases(const RecordsSandbox& sandbox, const QString& reference)
{
    for (const char* owner : {"Anna", "Bram", "Carla"})
        REQUIRE(sandbox.run({"case", "add", reference, "--owner", owner, "--label", QString("Vraag van %1").arg(owner)}).exitCode == 0);
}

QStringList strings(const QJsonValue& array)
{
    QStringList list;
    for (const QJsonValue& value : array.toArray()) list << value.toString();
    return list;
}

// The rules of docs/planning.md for one part's roles ({"role"|"id", "members"}), the part's case
// owner given when it is a round.
void checkPartRoles(const QJsonArray& roles, const QStringList& present, const QString& owner, const QString& idKey)
{
    std::map<QString, int> keyRoles;
    QStringList holding;
    for (const QString& member : present) keyRoles[member] = 0;
    for (const QJsonValue& role : roles) {
        const QString id = role[idKey].toString();
        for (const QString& member : strings(role["members"])) {
            holding << member;
            if (id == "case-owner" || id == "facilitator" || id == "timekeeper" || id == "scribe") ++keyRoles[member];
            if (id == "timekeeper") CHECK(member != owner);
        }
    }
    for (const QString& member : present) {
        INFO(member.toStdString() + " holds no role");
        CHECK(holding.contains(member));
    }
    const bool someoneHasNone = std::any_of(keyRoles.begin(), keyRoles.end(), [&](const auto& count) {
        return present.contains(count.first) && count.second == 0;
    });
    if (someoneHasNone)
        for (const auto& [member, count] : keyRoles) {
            INFO(member.toStdString() + " holds two key roles while another holds none");
            CHECK(count <= 1);
        }
}

} // namespace

TEST_CASE("the guide named with --guide chairs every part of a guided meeting, and is no member")
{
    const RecordsSandbox sandbox;
    prepare(sandbox, {"--guided-meetings", "4", "--guide", "Ilse"});
    CHECK(sandbox.run({"group", "show", "Zorgteam"}).out.contains("Guide: Ilse."));
    CHECK(sandbox.run({"group", "show", "Zorgteam", "--json"}).json().object()["guide"] == "Ilse");
    // The meeting's own guide comes before the group's; --facilitator is the old name of --guide.
    REQUIRE(sandbox.run({"meeting", "new", "Zorgteam", "--date", "2025-03-12", "--start", "13:00", "--end", "16:00", "--guide",
                         "Marieke"})
                .exitCode == 0);
    REQUIRE(sandbox.run({"meeting", "new", "Zorgteam", "--date", "2025-06-12", "--start", "13:00", "--end", "16:00"}).exitCode == 0);
    REQUIRE(sandbox.run({"meeting", "new", "Zorgteam", "--date", "2025-09-12", "--start", "13:00", "--end", "16:00", "--facilitator",
                         "Joost"})
                .exitCode == 0);
    bringCases(sandbox, meeting);
    bringCases(sandbox, "Zorgteam@2025-06-12");

    const QJsonObject plan = sandbox.run({"plan", meeting, "--json"}).json().object();
    CHECK(plan["guided"] == true);
    CHECK(plan["guide"] == "Marieke");
    CHECK_FALSE(strings(plan["present"]).contains("Marieke"));
    for (const QJsonValue& line : plan["lines"].toArray()) {
        if (line["method"] == "block-break") {
            CHECK(line["roles"].toArray().isEmpty());
            continue;
        }
        CHECK(line["chair"] == "Marieke");
        checkPartRoles(line["roles"].toArray(), six, line["case"]["owner"].toString(), "role");
    }
    CHECK(sandbox.run({"plan", "Zorgteam@2025-06-12", "--json"}).json().object()["guide"] == "Ilse");
    CHECK(sandbox.run({"agenda", "Zorgteam@2025-09-12", "--format", "json"}).json().object()["guide"] == "Joost");

    // The group's guide changes from now on; a meeting that names its own keeps theirs.
    CHECK(sandbox.run({"group", "set-guide", "Zorgteam", "Sanne"}).exitCode == 0);
    CHECK(sandbox.run({"plan", "Zorgteam@2025-06-12", "--json"}).json().object()["guide"] == "Sanne");
    CHECK(sandbox.run({"plan", meeting, "--json"}).json().object()["guide"] == "Marieke");
    CHECK(sandbox.run({"group", "set-guide", "Nobody", "Sanne"}).exitCode == 1);

    // The live run: the guide chairs every part on screen too, and is neither present nor absent.
    REQUIRE(sandbox.run({"plan", meeting, "--save"}).exitCode == 0);
    const auto run = sandbox.run({"run", meeting, "--speed", "20000", "--auto", "--events", "json"});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject started = QJsonDocument::fromJson(run.out.split('\n').first().toUtf8()).object();
    const QJsonArray parts = started["plan"]["parts"].toArray();
    const QJsonArray lines = plan["lines"].toArray();
    REQUIRE(parts.size() == lines.size());
    for (int index = 0; index < parts.size(); ++index) {
        const QJsonObject part = parts[index].toObject();
        if (part["method"] == "block-break") continue;
        QStringList chairs;
        for (const QJsonValue& role : part["roles"].toArray())
            if (role["id"] == "facilitator") chairs = strings(role["members"]);
        CHECK(chairs == QStringList{"Marieke"});
        checkPartRoles(part["roles"].toArray(), six, lines[index]["case"]["owner"].toString(), "id");
        // One assignment: the run's roles are the plan's.
        std::map<QString, QStringList> planned;
        for (const QJsonValue& role : lines[index]["roles"].toArray()) planned[role["role"].toString()] = strings(role["members"]);
        for (const QJsonValue& role : part["roles"].toArray()) CHECK(planned[role["id"].toString()] == strings(role["members"]));
    }
    const Store store = sandbox.openStore();
    const auto found = findMeeting(store, *parseMeetingReference(meeting));
    REQUIRE(found);
    const auto attendance = attendanceOf(store, found->id);
    REQUIRE(attendance);
    CHECK(attendance->size() == 6); // the members only
}

TEST_CASE("in an unguided meeting the members chair in turn and each holds a role in every part")
{
    const RecordsSandbox sandbox;
    prepare(sandbox, {"--guided-meetings", "0"});
    REQUIRE(sandbox.run({"meeting", "new", "Zorgteam", "--date", "2025-03-12", "--start", "13:00", "--end", "16:00"}).exitCode == 0);
    bringCases(sandbox, meeting);
    const QJsonObject plan = sandbox.run({"plan", meeting, "--json", "--absent", "Fleur"}).json().object();
    CHECK(plan["guided"] == false);
    CHECK(plan["guide"].isNull());
    const QStringList present = strings(plan["present"]);
    CHECK(present.size() == 5);
    QStringList chairs;
    for (const QJsonValue& line : plan["lines"].toArray()) {
        if (line["method"] == "block-break") continue;
        checkPartRoles(line["roles"].toArray(), present, line["case"]["owner"].toString(), "role");
        chairs << line["chair"].toString();
        CHECK(line["chair"] != line["timekeeper"]);
        if (line["kind"] == "round") CHECK(line["chair"] != line["case"]["owner"]);
        CHECK(present.contains(line["chair"].toString()));
    }
    chairs.removeDuplicates();
    CHECK(chairs.size() >= 3); // the meeting's chair and one for each round: the chair rotates
    const auto text = sandbox.run({"agenda", meeting, "--absent", "Fleur"});
    CHECK(text.out.contains("scribe: "));
}
