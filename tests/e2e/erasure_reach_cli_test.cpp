// Erasure reaches every copy Palet keeps, through the real binary on each back-end: a meeting is
// planned, run with a takeaway, killed and resumed, and then the owner of a case is erased. Their
// name, their case's label and their takeaway are canaries, looked for in every file under the
// data, state, cache and config folders; the report stays right for the others.

#include "records_sandbox.hpp"

#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTime>

using namespace palet::test;

namespace {

const QString meeting = "Zorgteam@2025-03-12";
const QString name = "Kanariepiet";
const QString label = "Kanarie-label-8812";
const QString takeaway = "Kanarie-opbrengst-3377";

// The files under the sandbox's folders that hold `text`.
QStringList filesHolding(const RecordsSandbox& sandbox, const QString& text)
{
    QStringList found;
    for (const QString folder : {"data", "home", "cache", "config"}) {
        QDirIterator files{sandbox.path(folder), QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories};
        while (files.hasNext()) {
            QFile file{files.next()};
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text.toUtf8())) found << file.fileName();
        }
    }
    return found;
}

// A takeaway in the middle of each round, at the agenda's clock times; the canary for the
// canary's case.
QString takeawayScript(const RecordsSandbox& sandbox)
{
    const QJsonObject agenda = sandbox.run({"plan", meeting, "--json"}).json().object();
    const QTime start = QTime::fromString(agenda["start"].toString(), "HH:mm");
    QString script;
    for (const QJsonValue& line : agenda["lines"].toArray()) {
        if (line["kind"] != "round") continue;
        const int from = start.secsTo(QTime::fromString(line["start"].toString(), "HH:mm"));
        const int to = start.secsTo(QTime::fromString(line["end"].toString(), "HH:mm"));
        const QString owner = line["case"]["owner"].toString();
        script += QString("%1 takeaway: %2\n").arg((from + to) / 2).arg(owner == name ? takeaway : "opbrengst van " + owner);
    }
    const QString path = sandbox.path("data/takeaways.script");
    QFile file{path};
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(script.toUtf8());
    return path;
}

QJsonArray reportedParts(const RecordsSandbox& sandbox)
{
    const auto report = sandbox.run({"report", meeting, "--format", "json", "--with-texts"});
    INFO(report.err.toStdString());
    REQUIRE(report.exitCode == 0);
    return report.json().object()["parts"].toArray();
}

} // namespace

TEST_CASE("after a meeting run, killed and resumed, erasing a case owner leaves nothing of them in any file")
{
    RecordsSandbox sandbox;
    sandbox.set("XDG_CONFIG_HOME", sandbox.path("config"));
    REQUIRE(sandbox.run({"group", "create", "Zorgteam", "--guided-meetings", "0"}).exitCode == 0);
    REQUIRE(sandbox.run({"group", "add-member", "Zorgteam", name, "Bram", "Cor", "Dirk", "Eva"}).exitCode == 0);
    REQUIRE(sandbox.run({"meeting", "new", "Zorgteam", "--date", "2025-03-12", "--start", "09:30", "--end", "12:30"}).exitCode == 0);
    REQUIRE(sandbox.run({"case", "add", meeting, "--owner", name, "--label", label}).exitCode == 0);
    REQUIRE(sandbox.run({"case", "add", meeting, "--owner", "Bram", "--label", "Werkdruk"}).exitCode == 0);
    REQUIRE(sandbox.run({"plan", meeting, "--save"}).exitCode == 0);
    REQUIRE(sandbox.run({"list"}).exitCode == 0); // the cache and its kept listing too
    const QString script = takeawayScript(sandbox);

    // Killed once the canary's takeaway is in the journal, then resumed to the end.
    const auto running = sandbox.start({"run", meeting, "--speed", "2000", "--script", script, "--events", "json"});
    QByteArray seen;
    while (!seen.contains(takeaway.toUtf8()) && running->waitForReadyRead(20000)) seen += running->readAllStandardOutput();
    REQUIRE(seen.contains(takeaway.toUtf8()));
    running->kill();
    running->waitForFinished(5000);
    const auto resumed = sandbox.run({"resume", meeting, "--speed", "5000", "--auto", "--gap", "pause"});
    INFO(resumed.err.toStdString());
    REQUIRE(resumed.exitCode == 0);

    const QJsonArray before = reportedParts(sandbox);
    const auto withTexts = sandbox.run({"report", meeting, "--with-texts"});
    REQUIRE(withTexts.out.contains(takeaway));
    for (const QString& canary : {name, label, takeaway}) {
        INFO(canary.toStdString());
        CHECK_FALSE(filesHolding(sandbox, canary).isEmpty()); // the proof looks in the right places
    }
    CHECK_FALSE(filesHolding(sandbox, name).filter(".jsonl").isEmpty());

    const auto erased = sandbox.run({"member", "erase", name, "--yes", "--json"});
    INFO(erased.err.toStdString());
    REQUIRE(erased.exitCode == 0);
    const QJsonObject detail = erased.json().object();
    CHECK(detail["journals"]["rewritten"].toArray().size() == 1);
    CHECK(detail["journals"]["failed"].toArray().isEmpty());
    CHECK(detail["store"]["scrubbed"] == true);

    for (const QString& canary : {name, label, takeaway}) {
        INFO(canary.toStdString());
        CHECK(filesHolding(sandbox, canary).isEmpty());
    }

    // The report: the erased owner's round is still there with its times; the others are intact.
    const QJsonArray after = reportedParts(sandbox);
    REQUIRE(after.size() == before.size());
    int erasedRounds = 0;
    for (qsizetype index = 0; index < after.size(); ++index) {
        const QJsonObject part = after[index].toObject();
        CHECK(part["actual_seconds"] == before[index].toObject()["actual_seconds"]);
        CHECK(part["planned_seconds"] == before[index].toObject()["planned_seconds"]);
        if (part["case_erased"].toBool()) {
            ++erasedRounds;
            CHECK(part["label"].toString().endsWith(": a case of an erased member"));
        }
        if (before[index].toObject()["label"].toString().contains("Werkdruk"))
            CHECK(part["label"].toString().contains("case 1 'Werkdruk' (Bram)"));
    }
    CHECK(erasedRounds == 1);
    const auto report = sandbox.run({"report", meeting, "--with-texts"});
    CHECK(report.out.contains("opbrengst van Bram"));
    CHECK_FALSE(report.out.contains(name));

    // The journal still reads back: it is a finished session, not a damaged one.
    const QStringList journals = filesHolding(sandbox, "\"event\":\"finished\"");
    REQUIRE(journals.size() == 1);
    const auto replayed = sandbox.run({"resume", journals.first()});
    CHECK(replayed.exitCode == 1);
    CHECK(replayed.err.contains("finished"));
    CHECK_FALSE(replayed.err.contains("not a JSON object"));
    QFile journal{journals.first()};
    REQUIRE(journal.open(QIODevice::ReadOnly));
    CHECK(journal.readAll().contains("\"erased member\""));
    CHECK((QFile::permissions(journals.first()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
}

TEST_CASE("the erase message says in plain words what was removed and where")
{
    const RecordsSandbox sandbox;
    REQUIRE(sandbox.run({"group", "create", "Zorgteam"}).exitCode == 0);
    REQUIRE(sandbox.run({"group", "add-member", "Zorgteam", "Anna", "Anna Jansen", "Bram"}).exitCode == 0);
    const auto erased = sandbox.run({"member", "erase", "Anna", "--yes", "--lang", "nl"});
    REQUIRE(erased.exitCode == 0);
    CHECK_FALSE(erased.out.contains("write-ahead"));
    CHECK_FALSE(erased.err.contains("write-ahead"));
    CHECK(erased.out.contains("buiten zijn bereik"));
    const auto english = sandbox.run({"member", "erase", "Bram", "--yes"});
    CHECK(english.out.contains("Erased Bram from Zorgteam"));
    CHECK(english.out.contains("are beyond its reach"));
    CHECK_FALSE((english.out + english.err).contains("write-ahead"));
}
