// Erasure reaches every copy Palet keeps, through the real binary on each back-end: a meeting is
// planned, run with a takeaway, killed and resumed, and then the owner of a case is erased. Their
// name, their case's label and their takeaway are canaries, looked for in every file under the
// data, state, cache and config folders; the report stays right for the others.

#include "records_sandbox.hpp"

#include <catch2/catch.hpp>

#include <QDir>
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
    for (const QString folder : {"data", "state", "cache", "config", "home"}) {
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
    // Outside Palet's folders: a file of the user's own, which erasure does not reach.
    QDir{}.mkpath(sandbox.path("own"));
    const QString path = sandbox.path("own/takeaways.script");
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

// The canary's case is the second, so that both takeaways are typed before the kill: after a
// resume the script's times fall later in the agenda by however long Palet was down.
void prepareMeeting(RecordsSandbox& sandbox)
{
    sandbox.set("XDG_CONFIG_HOME", sandbox.path("config"));
    sandbox.set("XDG_STATE_HOME", sandbox.path("state"));
    REQUIRE(sandbox.run({"group", "create", "Zorgteam", "--guided-meetings", "0"}).exitCode == 0);
    REQUIRE(sandbox.run({"group", "add-member", "Zorgteam", name, "Bram", "Cor", "Dirk", "Eva"}).exitCode == 0);
    REQUIRE(sandbox.run({"meeting", "new", "Zorgteam", "--date", "2025-03-12", "--start", "09:30", "--end", "12:30"}).exitCode == 0);
    REQUIRE(sandbox.run({"case", "add", meeting, "--owner", "Bram", "--label", "Werkdruk"}).exitCode == 0);
    REQUIRE(sandbox.run({"case", "add", meeting, "--owner", name, "--label", label}).exitCode == 0);
    REQUIRE(sandbox.run({"plan", meeting, "--save"}).exitCode == 0);
    REQUIRE(sandbox.run({"list"}).exitCode == 0); // the cache and its kept listing too
}

// Runs the meeting and kills it once the canary's takeaway is in the journal, before its end.
void runAndKill(const RecordsSandbox& sandbox)
{
    const QString script = takeawayScript(sandbox);
    const auto running = sandbox.start({"run", meeting, "--speed", "1000", "--auto", "--script", script, "--events", "json"});
    QByteArray seen;
    while (!seen.contains(takeaway.toUtf8()) && running->waitForReadyRead(30000)) seen += running->readAllStandardOutput();
    running->kill();
    running->waitForFinished(5000);
    REQUIRE(seen.contains(takeaway.toUtf8()));
    REQUIRE_FALSE(seen.contains("\"event\":\"finished\""));
}

} // namespace

TEST_CASE("after a meeting run, killed and resumed, erasing a case owner leaves nothing of them in any file")
{
    RecordsSandbox sandbox;
    prepareMeeting(sandbox);
    runAndKill(sandbox);
    const auto resumed = sandbox.run({"resume", meeting, "--speed", "5000", "--auto", "--gap", "pause"});
    INFO(resumed.err.toStdString());
    REQUIRE(resumed.exitCode == 0);

    const QJsonArray before = reportedParts(sandbox);
    const auto withTexts = sandbox.run({"report", meeting, "--with-texts"});
    REQUIRE(withTexts.out.contains(takeaway));
    REQUIRE(withTexts.out.contains("opbrengst van Bram"));
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

TEST_CASE("the erase message says in plain words what was removed and where, in Dutch and English")
{
    RecordsSandbox sandbox;
    sandbox.set("XDG_STATE_HOME", sandbox.path("state"));
    REQUIRE(sandbox.run({"group", "create", "Zorgteam"}).exitCode == 0);
    REQUIRE(sandbox.run({"group", "add-member", "Zorgteam", "Anna", "Anna Jansen", "Bram"}).exitCode == 0);
    sandbox.set("LC_ALL", "nl_NL.UTF-8");
    const auto dutch = sandbox.run({"member", "erase", "Anna", "--yes"});
    INFO(dutch.err.toStdString());
    REQUIRE(dutch.exitCode == 0);
    CHECK(dutch.out.contains("Van Anna gewist uit Zorgteam"));
    CHECK(dutch.out.contains("In de sessielogboeken in " + sandbox.path("state/palet/sessions") + " stond niets van dit lid."));
    CHECK(dutch.out.contains("Kopieën die Palet niet zelf bijhoudt, kan het niet bereiken: logboeken die je met --journal"));
    sandbox.set("LC_ALL", "C");
    const auto english = sandbox.run({"member", "erase", "Bram", "--yes"});
    REQUIRE(english.exitCode == 0);
    CHECK(english.out.contains("Erased Bram from Zorgteam"));
    CHECK(english.out.contains("The session journals in " + sandbox.path("state/palet/sessions") + " held nothing of theirs."));
    CHECK(english.out.contains("Palet cannot reach copies it does not keep itself: journals kept elsewhere with --journal"));
    for (const auto& said : {dutch, english}) {
        CHECK_FALSE((said.out + said.err).contains("write-ahead", Qt::CaseInsensitive));
        CHECK_FALSE((said.out + said.err).contains("WAL"));
    }
    // Anna Jansen stays, with her whole name.
    CHECK(sandbox.run({"group", "show", "Zorgteam"}).out.contains("Anna Jansen"));
}

TEST_CASE("a meeting killed during a round resumes after that round's case owner was erased")
{
    RecordsSandbox sandbox;
    prepareMeeting(sandbox);
    runAndKill(sandbox);

    const auto erased = sandbox.run({"member", "erase", name, "--yes", "--json"});
    INFO(erased.err.toStdString());
    REQUIRE(erased.exitCode == 0);
    const QJsonObject detail = erased.json().object();
    CHECK(detail["journals"]["rewritten"].toArray().size() == 1);
    for (const QString& canary : {name, label, takeaway}) {
        INFO(canary.toStdString());
        CHECK(filesHolding(sandbox, canary).isEmpty());
    }

    // The session goes on as it was planned: the round of the erased case shows the placeholders.
    const auto resumed = sandbox.run({"resume", meeting, "--speed", "5000", "--auto", "--gap", "pause", "--events", "json"});
    INFO(resumed.err.toStdString());
    REQUIRE(resumed.exitCode == 0);
    CHECK(resumed.out.contains("case 2 'erased' (erased member)"));
    CHECK_FALSE(resumed.out.contains(name));

    const QJsonObject report = sandbox.run({"report", meeting, "--format", "json", "--with-texts"}).json().object();
    REQUIRE(report["status"].toString() == "held");
    int erasedRounds = 0;
    for (const QJsonValue& part : report["parts"].toArray()) {
        if (part["case_erased"].toBool()) {
            ++erasedRounds;
            CHECK(part["label"].toString().endsWith(": a case of an erased member"));
            CHECK(part["actual_seconds"].toInt() > 0);
        }
    }
    CHECK(erasedRounds == 1);
    const auto text = sandbox.run({"report", meeting, "--with-texts"});
    CHECK(text.out.contains("case 1 'Werkdruk' (Bram)"));
    CHECK(text.out.contains("opbrengst van Bram"));
    CHECK(text.out.contains("Present (4): Bram, Cor, Dirk, Eva"));
    CHECK(text.out.contains("a case of an erased member"));
    CHECK_FALSE(text.out.contains("(erased member)")); // the store knows no such member
    for (const QString& canary : {name, label, takeaway}) {
        INFO(canary.toStdString());
        CHECK(filesHolding(sandbox, canary).isEmpty());
    }
}

TEST_CASE("erasure waits for a running session, whose journal it could not rewrite, and changes nothing meanwhile")
{
    RecordsSandbox sandbox;
    sandbox.set("XDG_STATE_HOME", sandbox.path("state"));
    REQUIRE(sandbox.run({"group", "create", "Zorgteam"}).exitCode == 0);
    REQUIRE(sandbox.run({"group", "add-member", "Zorgteam", name, "Bram", "Cor", "Dirk"}).exitCode == 0);
    const auto running = sandbox.start({"run", "--method", "peer-consultation", "--members", name + ",Bram,Cor,Dirk", "--speed",
                                        "1", "--events", "json"});
    QByteArray seen;
    while (!seen.contains("\"event\":\"phase-started\"") && running->waitForReadyRead(20000)) seen += running->readAllStandardOutput();
    REQUIRE(seen.contains("\"event\":\"phase-started\""));
    const QStringList journals = QDir{sandbox.path("state/palet/sessions")}.entryList({"*.jsonl"}, QDir::Files);
    REQUIRE(journals.size() == 1);
    const QString journal = sandbox.path("state/palet/sessions/" + journals.first());

    const auto refused = sandbox.run({"member", "erase", name, "--yes"});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("a session is running (its journal is " + journal + "); erase when it has ended"));
    CHECK(sandbox.run({"group", "show", "Zorgteam"}).out.contains(name));
    // Nor does a second palet go on in the same journal.
    const auto twice = sandbox.run({"resume", journal, "--speed", "1000", "--auto"});
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.contains(journal + ": another palet is running this session"));

    running->kill();
    running->waitForFinished(5000);
    const auto erased = sandbox.run({"member", "erase", name, "--yes"});
    INFO(erased.err.toStdString());
    CHECK(erased.exitCode == 0);
    CHECK(erased.out.contains("In 1 session journal in " + sandbox.path("state/palet/sessions")));
    CHECK(filesHolding(sandbox, name).isEmpty());
    // The journal, its owner erased, still resumes.
    const auto resumed = sandbox.run({"resume", journal, "--speed", "5000", "--auto", "--gap", "pause"});
    INFO(resumed.err.toStdString());
    CHECK(resumed.exitCode == 0);
    CHECK(resumed.out.contains("erased member"));
}
