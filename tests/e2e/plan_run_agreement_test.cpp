// Plan equals run, through the real binary on each back-end: the live run holds exactly the saved
// plan's parts, phases and minutes, for a first meeting, a later guided one, an unguided one, one
// with absentees and one with a pause; and the agenda of a held meeting is the plan that was held.

#include "records_sandbox.hpp"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace palet::test;

namespace {

const QStringList six{"Anna", "Bram", "Carla", "Daan", "Eva", "Fleur"};
const QStringList nativeMethods{"carousel", "quality-cards"};

void makeGroup(const RecordsSandbox& sandbox, int guidedMeetings)
{
    REQUIRE(sandbox.run({"group", "create", "Zorgteam", "--guided-meetings", QString::number(guidedMeetings), "--guide", "Marieke"})
                .exitCode == 0);
    REQUIRE(sandbox.run(QStringList{"group", "add-member", "Zorgteam"} + six).exitCode == 0);
}

void newMeeting(const RecordsSandbox& sandbox, const QString& date, const QStringList& owners)
{
    REQUIRE(sandbox.run({"meeting", "new", "Zorgteam", "--date", date, "--start", "13:00", "--end", "16:00"}).exitCode == 0);
    for (const QString& owner : owners)
        REQUIRE(sandbox.run({"case", "add", "Zorgteam@" + date, "--owner", owner, "--label", "Vraag van " + owner}).exitCode == 0);
}

QJsonObject line(const QString& json) { return QJsonDocument::fromJson(json.toUtf8()).object(); }

// Plans and saves the meeting, runs it, and checks that the run held the plan: the same parts in
// the same order, each with the plan's phases and minutes. Returns the plan's JSON.
QJsonObject runFollowsPlan(const RecordsSandbox& sandbox, const QString& meeting, const QStringList& extra, const QString& script = {})
{
    const QJsonObject plan = sandbox.run(QStringList{"plan", meeting, "--json"} + extra).json().object();
    REQUIRE(plan["fits"] == true);
    REQUIRE(sandbox.run(QStringList{"plan", meeting, "--save"} + extra).exitCode == 0);
    QStringList arguments{"run", meeting, "--speed", "20000", "--auto", "--events", "json"};
    if (!script.isEmpty()) arguments << "--script" << script;
    const auto run = sandbox.run(arguments + extra);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QStringList events = run.out.split('\n', Qt::SkipEmptyParts);
    const QJsonObject started = line(events.first());
    const QJsonArray parts = started["plan"]["parts"].toArray();
    const QJsonArray phases = started["plan"]["phases"].toArray();
    const QJsonArray lines = plan["lines"].toArray();
    REQUIRE(parts.size() == lines.size());
    int total = 0;
    for (int index = 0; index < lines.size(); ++index) {
        const QJsonObject planned = lines[index].toObject();
        const QJsonObject part = parts[index].toObject();
        INFO("part " << index + 1 << ": " << planned["title"].toString().toStdString());
        CHECK(part["method"] == planned["method"]);
        CHECK(part["case"].toInt() == planned["case"]["number"].toInt());
        const QJsonArray plannedPhases = planned["phases"].toArray();
        // A native plugin computes its phases for the group and the minutes (the carousel a turn
        // for each member): the agenda has its manifest's, the run the computed ones, in the
        // part's minutes all the same.
        const bool computed = nativeMethods.contains(planned["method"].toString());
        if (!computed) REQUIRE(part["phase_count"].toInt() == plannedPhases.size());
        int minutes = 0;
        for (int phase = 0; phase < part["phase_count"].toInt(); ++phase) {
            const QJsonObject held = phases[part["first_phase"].toInt() + phase].toObject();
            if (!computed) {
                CHECK(held["id"] == plannedPhases[phase]["id"]);
                CHECK(held["minutes"] == plannedPhases[phase]["minutes"]);
            }
            minutes += held["minutes"].toInt();
        }
        CHECK(minutes == planned["minutes"].toInt());
        total += minutes;
    }
    CHECK(started["plan"]["planned_minutes"].toInt() == total);
    // Every phase ran with the minutes planned for it.
    for (const QString& event : events) {
        const QJsonObject object = line(event);
        if (object["event"] != "phase-ended") continue;
        CHECK(object["planned"].toInt() == 60000 * object["phase"]["minutes"].toInt());
    }
    CHECK(line(events.last())["reason"] == "completed");

    // Held, the meeting's agenda is the plan that was held.
    const QJsonObject held = sandbox.run(QStringList{"agenda", meeting, "--format", "json"}).json().object();
    const QJsonArray heldLines = held["lines"].toArray();
    REQUIRE(heldLines.size() == lines.size());
    for (int index = 0; index < lines.size(); ++index) {
        CHECK(heldLines[index]["start"] == lines[index]["start"]);
        CHECK(heldLines[index]["end"] == lines[index]["end"]);
        CHECK(heldLines[index]["method"] == lines[index]["method"]);
        CHECK(heldLines[index]["case"] == lines[index]["case"]);
        CHECK(heldLines[index]["roles"] == lines[index]["roles"]);
    }
    CHECK(held["present"] == plan["present"]);
    return plan;
}

} // namespace

TEST_CASE("a first meeting runs as planned, without a look-back")
{
    const RecordsSandbox sandbox;
    makeGroup(sandbox, 0);
    newMeeting(sandbox, "2025-03-12", {"Anna", "Bram", "Carla"});
    const QJsonObject plan = runFollowsPlan(sandbox, "Zorgteam@2025-03-12", {});
    const QJsonArray opening = plan["lines"][0]["phases"].toArray();
    REQUIRE(opening.size() == 1);
    CHECK(opening[0]["id"] == "welcome");
}

TEST_CASE("a later guided meeting runs its look-back with the plan's minutes")
{
    const RecordsSandbox sandbox;
    makeGroup(sandbox, 4);
    newMeeting(sandbox, "2025-01-15", {"Anna", "Bram", "Carla"});
    runFollowsPlan(sandbox, "Zorgteam@2025-01-15", {});
    newMeeting(sandbox, "2025-03-12", {"Daan", "Eva", "Fleur"});
    const QJsonObject plan = runFollowsPlan(sandbox, "Zorgteam@2025-03-12", {});
    CHECK(plan["guided"] == true);
    const QJsonArray opening = plan["lines"][0]["phases"].toArray();
    REQUIRE(opening.size() == 2);
    CHECK(opening[1]["id"] == "look-back");
    CHECK(plan["look_back"].toArray().size() == 3);
}

TEST_CASE("an unguided meeting, and one with absentees, run as planned")
{
    const RecordsSandbox sandbox;
    makeGroup(sandbox, 0);
    newMeeting(sandbox, "2025-01-15", {"Anna", "Bram"});
    runFollowsPlan(sandbox, "Zorgteam@2025-01-15", {});
    newMeeting(sandbox, "2025-03-12", {"Carla", "Daan", "Eva"});
    const QJsonObject plan = runFollowsPlan(sandbox, "Zorgteam@2025-03-12", {"--absent", "Fleur,Anna"});
    CHECK(plan["guided"] == false);
    CHECK(plan["present"].toArray().size() == 4);
}

TEST_CASE("a meeting with a pause runs every phase with its planned minutes")
{
    const RecordsSandbox sandbox;
    makeGroup(sandbox, 0);
    newMeeting(sandbox, "2025-03-12", {"Anna", "Bram", "Carla"});
    const QString script = sandbox.path("pause.script");
    QFile file{script};
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("1:00 space\n6:00 space\n");
    file.close();
    runFollowsPlan(sandbox, "Zorgteam@2025-03-12", {}, script);
}

TEST_CASE("a meeting with troika consulting plans its rounds written out, and runs them as planned")
{
    const RecordsSandbox sandbox;
    makeGroup(sandbox, 0);
    newMeeting(sandbox, "2025-03-12", {"Anna"});
    REQUIRE(sandbox.run({"plan", "Zorgteam@2025-03-12", "--method", "1=troika-consulting", "--save"}).exitCode == 0);
    const QJsonObject plan = runFollowsPlan(sandbox, "Zorgteam@2025-03-12", {});
    QJsonObject troika;
    for (const QJsonValue value : plan["lines"].toArray())
        if (value["method"] == "troika-consulting") troika = value.toObject();
    REQUIRE_FALSE(troika.isEmpty());
    // Six present: two trios, so three rounds of four steps after the preparation.
    const QJsonArray phases = troika["phases"].toArray();
    REQUIRE(phases.size() == 1 + 3 * 4);
    const QStringList round{"ask", "clarify", "confer", "respond"};
    for (int index = 1; index < phases.size(); ++index) CHECK(phases[index]["id"] == round[(index - 1) % 4]);
    int minutes = 0;
    for (const QJsonValue phase : phases) minutes += phase["minutes"].toInt();
    CHECK(minutes == troika["minutes"].toInt());
    CHECK(minutes >= 1 + 3 * 7); // at least each step's least, in every round
}
