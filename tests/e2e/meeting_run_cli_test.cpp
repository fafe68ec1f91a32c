// palet run MEETING and palet resume of a meeting's session, through the real binary on each
// back-end: the whole agenda as one session at high speed, and what it records at the end.

#include "records_sandbox.hpp"

#include "records/case_records.hpp"
#include "records/meeting_outcome.hpp"
#include "records/meeting_records.hpp"
#include "records/participation_records.hpp"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>
#include <QXmlStreamReader>
#include <QTime>

using namespace palet;
using namespace palet::test;

namespace {

const QString meeting = "Zorgteam@2025-03-12";

// Zorgteam with six members, a planned meeting 09:30–12:30 with three cases, its plan saved.
void prepare(const RecordsSandbox& sandbox)
{
    REQUIRE(sandbox.run({"group", "create", "Zorgteam", "--guided-meetings", "0"}).exitCode == 0);
    REQUIRE(sandbox.run({"group", "add-member", "Zorgteam", "Anna", "Bram", "Cor", "Dirk", "Eva", "Fenna"}).exitCode == 0);
    REQUIRE(sandbox.run({"meeting", "new", "Zorgteam", "--date", "2025-03-12", "--start", "09:30", "--end", "12:30"}).exitCode == 0);
    for (const char* owner : {"Anna", "Bram", "Cor"})
        REQUIRE(sandbox.run({"case", "add", meeting, "--owner", owner, "--label", QString("Vraag van %1").arg(owner)}).exitCode == 0);
    REQUIRE(sandbox.run({"plan", meeting, "--save", "--absent", "Fenna"}).exitCode == 0);
}

// A script that records a takeaway in the middle of each round, at the agenda's clock times.
// A takeaway script's keys fall in the middle of each round. At this speed a half-hour round
// lasts 0.9 s, so a key may come a few hundred milliseconds late on a loaded machine (every
// event is fsync'd to the journal, and the store may be a busy PostgreSQL) and still land in its
// round.
const QString scriptedSpeed = "2000";

QString takeawayScript(const RecordsSandbox& sandbox)
{
    const QJsonObject agenda = sandbox.run({"plan", meeting, "--json", "--absent", "Fenna"}).json().object();
    const QTime start = QTime::fromString(agenda["start"].toString(), "HH:mm");
    QString script;
    for (const QJsonValue& line : agenda["lines"].toArray()) {
        if (line["kind"] != "round") continue;
        const int from = start.secsTo(QTime::fromString(line["start"].toString(), "HH:mm"));
        const int to = start.secsTo(QTime::fromString(line["end"].toString(), "HH:mm"));
        script += QString("%1 takeaway: takeaway of %2\n").arg((from + to) / 2).arg(line["case"]["owner"].toString());
    }
    const QString path = sandbox.path("takeaways.script");
    QFile file{path};
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(script.toUtf8());
    return path;
}

} // namespace

TEST_CASE("palet run MEETING runs the whole agenda as one session and records its outcome")
{
    const RecordsSandbox sandbox;
    prepare(sandbox);
    const QString script = takeawayScript(sandbox);
    const auto events = sandbox.run({"run", meeting, "--absent", "Fenna", "--speed", scriptedSpeed, "--auto", "--script", script, "--events", "json", "--seed", "7"});
    INFO(events.err.toStdString());
    REQUIRE(events.exitCode == 0);
    const QStringList lines = events.out.split('\n', Qt::SkipEmptyParts);
    const QJsonObject started = QJsonDocument::fromJson(lines.first().toUtf8()).object();
    CHECK(started["plan"]["meeting"] == meeting);
    const QJsonArray parts = started["plan"]["parts"].toArray();
    REQUIRE(parts.size() == 9); // three blocks, three rounds, a break, the closing round and the evaluation
    CHECK(parts[0]["method"] == "block-opening");
    CHECK(parts[0]["case"].isNull());
    CHECK(parts[3]["case"].toInt() > 0);
    CHECK(started["plan"]["members"].toArray().size() == 5);
    // Each round has its own case owner.
    QStringList owners;
    for (const QJsonValue& part : parts)
        for (const QJsonValue& role : part["roles"].toArray())
            if (role["id"] == "case-owner" && !part["case"].isNull()) owners << role["members"][0].toString();
    owners.sort();
    CHECK(owners == QStringList{"Anna", "Bram", "Cor"});
    const QJsonObject finished = QJsonDocument::fromJson(lines.last().toUtf8()).object();
    CHECK(finished["event"] == "finished");
    CHECK(finished["reason"] == "completed");
    CHECK(events.out.count("\"event\":\"takeaway\"") == 3);

    const Store store = sandbox.openStore();
    const auto found = findMeeting(store, *parseMeetingReference(meeting));
    REQUIRE(found);
    CHECK(found->status == MeetingStatus::held);
    const auto cases = casesOf(store, found->id);
    REQUIRE(cases);
    for (const Case& one : *cases) {
        CHECK(one.status == CaseStatus::treated);
        CHECK(one.takeaway == "takeaway of " + one.ownerName);
    }
    const auto attendance = attendanceOf(store, found->id);
    REQUIRE(attendance);
    CHECK(attendance->size() == 6);
    CHECK(std::count_if(attendance->begin(), attendance->end(), [](const Attendance& a) { return a.present; }) == 5);
    const auto times = partTimesOf(store, found->id);
    REQUIRE(times);
    REQUIRE(times->size() == 9);
    int planned = 0;
    int actual = 0;
    for (const PartTime& part : *times) {
        planned += part.plannedSeconds;
        actual += part.actualSeconds;
        CHECK(part.actualSeconds > 0);
    }
    CHECK(planned == 180 * 60);
    // Shapes, not seconds: at this speed a millisecond is two meeting seconds, and with --auto
    // each deadline follows the one before, so late timers do not add up.
    CHECK(actual > planned * 4 / 5);
    CHECK(actual < planned * 5 / 4);

    // A held meeting is not run again.
    const auto again = sandbox.run({"run", meeting, "--speed", "5000", "--auto"});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains("only a planned meeting can be run"));
}

TEST_CASE("palet run MEETING shows each part's name in plain lines and plans again without a saved plan")
{
    const RecordsSandbox sandbox;
    REQUIRE(sandbox.run({"group", "create", "Zorgteam", "--guided-meetings", "0"}).exitCode == 0);
    REQUIRE(sandbox.run({"group", "add-member", "Zorgteam", "Anna", "Bram", "Cor", "Dirk"}).exitCode == 0);
    REQUIRE(sandbox.run({"meeting", "new", "Zorgteam", "--date", "2025-03-12", "--start", "13:00", "--end", "15:00"}).exitCode == 0);
    REQUIRE(sandbox.run({"case", "add", meeting, "--owner", "Bram", "--label", "Grenzen"}).exitCode == 0);
    const auto run = sandbox.runWithInput({"run", meeting, "--speed", "5000", "--auto"}, {});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains("Phase 1/"));
    CHECK(run.out.contains("Opening and look-back · "));
    CHECK(run.out.contains("case 1 'Grenzen' (Bram) · "));
    CHECK(run.out.contains("Recorded Zorgteam@2025-03-12 as held: 4 present, 1 case treated"));
    CHECK(sandbox.run({"run", "Nobody@2025-03-12"}).exitCode == 1);
}

TEST_CASE("palet resume MEETING continues a meeting's session killed midway and records it at its end")
{
    const RecordsSandbox sandbox;
    prepare(sandbox);
    const auto running = sandbox.start({"run", meeting, "--absent", "Fenna", "--speed", "100", "--events", "json"});
    REQUIRE(running->waitForReadyRead(10000));
    QThread::msleep(300);
    running->kill();
    running->waitForFinished(5000);

    const auto resumed = sandbox.run({"resume", meeting, "--speed", "5000", "--auto", "--gap", "pause", "--events", "json"});
    INFO(resumed.err.toStdString());
    REQUIRE(resumed.exitCode == 0);
    const QStringList lines = resumed.out.split('\n', Qt::SkipEmptyParts);
    CHECK(QJsonDocument::fromJson(lines.first().toUtf8()).object()["event"] == "reopened");
    CHECK(QJsonDocument::fromJson(lines.last().toUtf8()).object()["event"] == "finished");
    const Store store = sandbox.openStore();
    const auto found = findMeeting(store, *parseMeetingReference(meeting));
    REQUIRE(found);
    CHECK(found->status == MeetingStatus::held);
    const auto attendance = attendanceOf(store, found->id);
    REQUIRE(attendance);
    CHECK(std::count_if(attendance->begin(), attendance->end(), [](const Attendance& a) { return a.present; }) == 5);
    CHECK(sandbox.run({"resume", meeting}).exitCode == 1); // nothing unfinished left
}

TEST_CASE("palet report gives planned against actual, the cases and attendance in every format")
{
    const RecordsSandbox sandbox;
    prepare(sandbox);
    const QString script = takeawayScript(sandbox);
    REQUIRE(sandbox.run({"run", meeting, "--absent", "Fenna", "--speed", scriptedSpeed, "--auto", "--script", script}).exitCode == 0);

    const QJsonObject json = sandbox.run({"report", meeting, "--format", "json"}).json().object();
    CHECK(json["meeting"] == meeting);
    CHECK(json["status"] == "held");
    CHECK(json["run"] == true);
    const QJsonArray parts = json["parts"].toArray();
    REQUIRE(parts.size() == 9);
    int overruns = 0;
    for (const QJsonValue& part : parts) {
        CHECK(part["overrun_seconds"].toInt() == std::max(0, part["actual_seconds"].toInt() - part["planned_seconds"].toInt()));
        if (part["overrun_seconds"].toInt() > 0) ++overruns;
    }
    CHECK(json["overruns"].toInt() == overruns);
    // Who chaired, kept the time and wrote in each part: the agenda's own assignment.
    const QJsonArray agenda = sandbox.run({"agenda", meeting, "--format", "json"}).json().object()["lines"].toArray();
    REQUIRE(agenda.size() == parts.size());
    for (int index = 0; index < parts.size(); ++index) {
        INFO("part " << index + 1);
        CHECK(parts[index]["chair"] == agenda[index]["chair"]);
        CHECK(parts[index]["timekeeper"] == agenda[index]["timekeeper"]);
        CHECK(parts[index]["scribe"] == agenda[index]["scribe"]);
    }
    CHECK(parts[0]["chair"].isString());
    CHECK(json["planned_seconds"] == 180 * 60);
    CHECK(json["cases"].toArray().size() == 3);
    CHECK(!json["cases"][0].toObject().contains("takeaway")); // confidential unless asked
    CHECK(json["present"].toArray().size() == 5);
    CHECK(json["absent"].toArray() == QJsonArray{"Fenna"});
    const QJsonObject texts = sandbox.run({"report", meeting, "--format", "json", "--with-texts"}).json().object();
    CHECK(texts["cases"][0]["takeaway"].toString().startsWith("takeaway of "));

    const auto text = sandbox.run({"report", meeting});
    REQUIRE(text.exitCode == 0);
    QStringList lines = text.out.split('\n');
    CHECK(lines[0] == "Report of Zorgteam@2025-03-12, 09:30–12:30 (held)");
    CHECK(lines[1].split(' ', Qt::SkipEmptyParts) == QStringList{"Part", "planned", "actual", "over", "Roles"});
    CHECK(lines[2].startsWith("  Opening and look-back "));
    CHECK(lines[2].contains(QRegularExpression{R"(chair: \w+, timekeeper: \w+)"}));
    CHECK(lines[11].startsWith("  Total ") );
    CHECK(lines[11].contains("3:00:00"));
    CHECK(text.out.contains("Cases (3):\n  - case 1 'Vraag van Anna' (Anna): treated"));
    CHECK(!text.out.contains("Takeaway"));
    CHECK(text.out.contains("Present (5): Anna, Bram, Cor, Dirk, Eva\nAbsent (1): Fenna\n"));
    CHECK(sandbox.run({"report", meeting, "--with-texts"}).out.contains("    Takeaway: takeaway of Anna\n"));

    const auto markdown = sandbox.run({"report", meeting, "--format", "md"});
    REQUIRE(markdown.exitCode == 0);
    int rows = 0;
    for (const QString& line : markdown.out.split('\n'))
        if (line.startsWith('|')) {
            ++rows;
            CHECK(line.count('|') == 6);
        }
    CHECK(rows == 2 + 9 + 1); // heading, rule, the parts, the total
    CHECK(markdown.out.contains("\n## Cases\n\n- case 1 'Vraag van Anna' (Anna): treated"));

    const auto html = sandbox.run({"report", meeting, "--format", "html", "--with-texts"});
    REQUIRE(html.exitCode == 0);
    QXmlStreamReader reader{html.out};
    int cells = 0;
    int items = 0;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement) continue;
        if (reader.name() == QLatin1String("tr")) ++cells;
        if (reader.name() == QLatin1String("li")) ++items;
    }
    INFO(reader.errorString().toStdString());
    CHECK(!reader.hasError());
    CHECK(cells == 1 + 9 + 1);
    CHECK(items == 3);

    CHECK(sandbox.run({"report", meeting, "--format", "pdf"}).exitCode == 2);
    CHECK(sandbox.run({"report", "Zorgteam@2030-01-01"}).exitCode == 1);
}

TEST_CASE("palet run MEETING treats the cases a saved plan chose, not those brought in after")
{
    const RecordsSandbox sandbox;
    REQUIRE(sandbox.run({"group", "create", "Zorgteam", "--guided-meetings", "0"}).exitCode == 0);
    REQUIRE(sandbox.run({"group", "add-member", "Zorgteam", "Anna", "Bram", "Cor", "Dirk"}).exitCode == 0);
    REQUIRE(sandbox.run({"meeting", "new", "Zorgteam", "--date", "2025-03-12", "--start", "09:30", "--end", "12:30"}).exitCode == 0);
    REQUIRE(sandbox.run({"case", "add", meeting, "--owner", "Anna", "--label", "Eerste"}).exitCode == 0);
    REQUIRE(sandbox.run({"case", "add", meeting, "--owner", "Bram", "--label", "Tweede"}).exitCode == 0);
    REQUIRE(sandbox.run({"plan", meeting, "--save", "--cases", "1"}).exitCode == 0);
    REQUIRE(sandbox.run({"case", "add", meeting, "--owner", "Cor", "--label", "Later"}).exitCode == 0);
    const auto run = sandbox.runWithInput({"run", meeting, "--speed", "20000", "--auto"}, {});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject report = sandbox.run({"report", meeting, "--format", "json"}).json().object();
    const QJsonArray cases = report["cases"].toArray();
    REQUIRE(cases.size() == 1);
    CHECK(cases[0]["label"] == "Eerste");
    CHECK(cases[0]["status"] == "treated");
}
