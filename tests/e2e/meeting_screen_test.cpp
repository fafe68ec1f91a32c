// The full-screen view of a stored meeting, in English and in Dutch, through tmux on each
// back-end: every part's roles with the guide in the chair, labelled numbers, the time of day, the
// look-back at last time's cases, and the owner's follow-up recorded with f. In Dutch with a
// locale this machine lacks (nl_NL.UTF-8): the screen still draws, the language stays Dutch.
// Who speaks and the materials of a phase; long step names wrapped in full at 120 columns and on a
// narrow terminal; a round whose plugin crashes, said plainly on the screen while the meeting goes
// on. Without a terminal: the script's follow-up line and the look-back in the events.

#include "records_sandbox.hpp"
#include "tmux_session.hpp"

#include "records/case_records.hpp"
#include "records/meeting_records.hpp"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QThread>

using namespace palet;
using namespace palet::test;

namespace {

const QString meeting = "Zorgteam@2025-03-12";

// A guided group of six; in January Eva's and Bram's cases were treated, with takeaways; the
// March meeting has two cases and a saved plan.
void prepare(const RecordsSandbox& sandbox)
{
    REQUIRE(sandbox.run({"group", "create", "Zorgteam", "--guide", "Marieke"}).exitCode == 0);
    REQUIRE(sandbox.run({"group", "add-member", "Zorgteam", "Anna", "Bram", "Carla", "Daan", "Eva", "Fleur"}).exitCode == 0);
    REQUIRE(sandbox.run({"meeting", "new", "Zorgteam", "--date", "2025-01-15", "--start", "13:00", "--end", "16:00", "--status", "held"})
                .exitCode == 0);
    REQUIRE(sandbox.run({"case", "add", "Zorgteam@2025-01-15", "--owner", "Eva", "--label", "Lastige ouder", "--status", "treated",
                         "--takeaway", "Eerst luisteren"})
                .exitCode == 0);
    REQUIRE(sandbox.run({"case", "add", "Zorgteam@2025-01-15", "--owner", "Bram", "--label", "Grenzen", "--status", "treated"}).exitCode == 0);
    REQUIRE(sandbox.run({"meeting", "new", "Zorgteam", "--date", "2025-03-12", "--start", "13:00", "--end", "16:00"}).exitCode == 0);
    for (const char* owner : {"Anna", "Carla"})
        REQUIRE(sandbox.run({"case", "add", meeting, "--owner", owner, "--label", QString("Vraag van %1").arg(owner)}).exitCode == 0);
    REQUIRE(sandbox.run({"plan", meeting, "--save"}).exitCode == 0);
}

struct Words {
    QString language;
    QString part;          // "Part 1 of "
    QString phase;         // "Phase 2 of 8"
    QString of;            // "of" in "5 of 180 min"
    QString chair;         // "Facilitator: Marieke"
    QString lookBack;      // "Last time, case 1 'Lastige ouder' (Eva) — takeaway: Eerst luisteren"
    QString followUpKey;   // "f follow-up"
    QString followUpAsk;   // "Follow-up of last time's case 1 (Eva):"
    QString followUpShown; // "follow-up: Belde" (the rest may wrap)
    QString quitAsk;       // the question q asks
    QString yes;           // the key that confirms quitting
};

void runOnScreen(RecordsSandbox& sandbox, const Words& words)
{
    prepare(sandbox);
    const Tmux tmux{sandbox};
    QProcessEnvironment environment = sandbox.environment();
    environment.insert("LANG", words.language == "nl" ? "nl_NL.UTF-8" : "en_GB.UTF-8");
    tmux.tmux({"new-session", "-d", "-x", "100", "-y", "40", "sh", "-c",
               paletCommand(environment, {"run", meeting, "--speed", "1", "--seed", "5"})});

    QString screen = tmux.waitFor(words.part);
    CHECK(screen.contains(words.chair));
    CHECK(screen.contains(QRegularExpression{" " + words.of + " \\d+ min"}));
    CHECK(screen.contains(QRegularExpression{"\\b\\d\\d:\\d\\d\\b"})); // the time of day
    CHECK(screen.contains(QString::fromUtf8("█")));                  // the big figures are drawn
    for (const char* member : {"Anna", "Bram", "Carla", "Daan", "Eva", "Fleur"}) CHECK(screen.contains(member));

    tmux.keys({"n"});
    screen = tmux.waitFor(words.lookBack);
    CHECK(screen.contains(words.phase));
    CHECK(screen.contains(words.followUpKey));
    tmux.keys({"f"});
    tmux.waitFor(words.followUpAsk);
    tmux.keys({"-l", "Belde de school"});
    tmux.keys({"Enter"});
    tmux.waitFor(words.followUpShown);
    tmux.keys({"q"});
    tmux.waitFor(words.quitAsk);
    tmux.keys({words.yes});
    tmux.waitFor("EXIT=0");

    // The answer is the case's follow-up, in the report and in the history of that case.
    const auto listed = sandbox.run({"case", "list", "Zorgteam@2025-01-15", "--text"});
    CHECK(listed.out.contains("Follow-up: Belde de school"));
    const auto report = sandbox.run({"report", "Zorgteam@2025-01-15", "--with-texts"});
    CHECK(report.out.contains("Follow-up: Belde de school"));
    const auto cases = sandbox.run({"case", "list", "Zorgteam@2025-01-15", "--json", "--text"}).json().array();
    CHECK(cases[0].toObject()["status"] == "looked-back");
    CHECK(cases[0].toObject()["follow_up"] == "Belde de school");
}

} // namespace

TEST_CASE("the meeting's full screen shows roles, labelled figures, the look-back and takes a follow-up")
{
    RecordsSandbox sandbox;
    runOnScreen(sandbox, {"en", "Part 1 of ", "Phase 2 of", "of", "Facilitator: Marieke",
                          QString::fromUtf8("Last time, case 1 'Lastige ouder' (Eva) — takeaway: Eerst luisteren"), "f follow-up",
                          "Follow-up of last time's case 1 (Eva):", "follow-up: Belde", "Quit the session? y/n", "y"});
}

TEST_CASE("in Dutch the meeting's full screen is Dutch throughout, drawn without the Dutch locale installed")
{
    RecordsSandbox sandbox;
    runOnScreen(sandbox, {"nl", "Deel 1 van ", "Fase 2 van", "van", "Procesbegeleider: Marieke",
                          QString::fromUtf8("Vorige keer, casus 1 'Lastige ouder' (Eva) — opbrengst: Eerst luisteren"), "f vervolg",
                          "Vervolg van casus 1 van de vorige keer (Eva):", "vervolg: Belde", "Sessie stoppen? j = ja, n = nee", "j"});
}

namespace {

// What the screen says, its lines joined with single spaces: text wrapped over lines reads as one.
QString joined(const QString& screen)
{
    QStringList words;
    for (const QString& line : screen.split('\n')) words << line.simplified();
    return words.join(' ').simplified();
}

// The screen once it has settled: two captures a moment apart that agree, so that a redraw caught
// halfway (a heading half written, the foot not yet drawn) is never taken for the screen.
QString settled(const Tmux& tmux)
{
    QString shown = tmux.screen();
    for (int attempt = 0; attempt < 50; ++attempt) {
        QThread::msleep(60);
        const QString again = tmux.screen();
        if (again == shown) return shown;
        shown = again;
    }
    return shown;
}

// Waits until the settled screen shows what `wanted` looks for.
QString settledWhen(const Tmux& tmux, const std::function<bool(const QString&)>& wanted, int timeoutMs = 5000)
{
    QElapsedTimer timer;
    timer.start();
    QString shown = settled(tmux);
    while (!wanted(shown) && timer.elapsed() < timeoutMs) shown = settled(tmux);
    return shown;
}

// The number of the phase on the screen ("Phase 9 of 14", "Fase 9 van 14"), or "" past the end.
QString phaseOnScreen(const QString& screen)
{
    static const QRegularExpression heading{R"((Phase|Fase) (\d+) (of|van) \d+)"};
    return heading.match(screen).captured(2);
}

// Presses n until the screen shows what `wanted` looks for, one phase at a time: each press waits
// until the next phase is on the screen, so that no press is lost or doubled on a busy machine.
QString nextUntil(const Tmux& tmux, const std::function<bool(const QString&)>& wanted, int presses = 25)
{
    QString shown = settled(tmux);
    for (int press = 0; press < presses && !wanted(joined(shown)); ++press) {
        const QString before = phaseOnScreen(shown);
        tmux.keys({"n"});
        shown = settledWhen(tmux, [&](const QString& screen) { return phaseOnScreen(screen) != before; });
    }
    INFO("the screen:\n" << shown.toStdString());
    REQUIRE(wanted(joined(shown)));
    return shown;
}

// 80 characters, the most a case's label may have: with the method's name the step's name is
// longer than any terminal's line.
const QString longLabel = "Hoe zeg ik nee tegen een collega die om hulp vraagt als ik het zelf te druk heb?";

struct PhaseWords {
    QString language;
    QString phaseOf;      // "Phase N of M: ", as a pattern
    QString heading;      // the brainstorm's step name, after "Phase N of M: "
    QString next;         // "Next: " and the step name after it
    QString speakers;     // the brainstorm's speakers, as a pattern
    QString owner;        // who speaks as the case owner introduces the case
    QString everyone;     // who speaks when the phase names no one
    QString materials;    // the brainstorm's materials
};

void showsPhaseInFull(RecordsSandbox& sandbox, const PhaseWords& words)
{
    REQUIRE(sandbox.run({"group", "create", "Zorgteam", "--guide", "Marieke"}).exitCode == 0);
    REQUIRE(sandbox.run({"group", "add-member", "Zorgteam", "Anna", "Bram", "Carla", "Daan", "Eva", "Fleur"}).exitCode == 0);
    REQUIRE(sandbox.run({"meeting", "new", "Zorgteam", "--date", "2025-03-12", "--start", "13:00", "--end", "16:00"}).exitCode == 0);
    REQUIRE(sandbox.run({"case", "add", meeting, "--owner", "Anna", "--label", longLabel}).exitCode == 0);
    REQUIRE(sandbox.run({"plan", meeting, "--method", "1=peer-consultation", "--save"}).exitCode == 0);
    REQUIRE(longLabel.size() == 80);

    const Tmux tmux{sandbox};
    QProcessEnvironment environment = sandbox.environment();
    environment.insert("LANG", words.language == "nl" ? "nl_NL.UTF-8" : "en_GB.UTF-8");
    tmux.tmux({"new-session", "-d", "-x", "120", "-y", "40", "sh", "-c",
               paletCommand(environment, {"run", meeting, "--speed", "1", "--seed", "5"})});
    tmux.waitFor(QString::fromUtf8("█"));

    // The round opens with the case owner speaking; the questions that follow name no speakers:
    // everyone speaks.
    const QRegularExpression round{words.phaseOf + QRegularExpression::escape(words.heading.section(QString::fromUtf8(" · "), 0, 0))};
    QString screen = nextUntil(tmux, [&](const QString& text) { return text.contains(round); });
    CHECK(joined(screen).contains(words.owner));
    CHECK_FALSE(joined(screen).contains(words.everyone));
    tmux.keys({"n"});
    screen = tmux.waitFor(words.everyone);

    // The brainstorm names who speaks and what it needs; its name, longer than the line, in full.
    const QRegularExpression heading{words.phaseOf + QRegularExpression::escape(words.heading)};
    screen = nextUntil(tmux, [&](const QString& text) { return text.contains(heading); });
    const QString text = joined(screen);
    CHECK(text.contains(QRegularExpression{words.speakers}));
    CHECK(text.contains(words.materials));
    CHECK(text.contains(words.next));
    CHECK_FALSE(screen.contains(QChar(0x2026))); // nothing cut short with an ellipsis
    for (const QString& line : screen.split('\n')) CHECK(line.size() <= 120);

    // On a narrow terminal the same, over more lines.
    tmux.tmux({"resize-window", "-x", "60", "-y", "40"});
    screen = settledWhen(tmux, [&](const QString& shown) { return shown.split('\n').first().size() <= 60 && joined(shown).contains(heading); });
    INFO("the narrow screen:\n" << screen.toStdString());
    CHECK(joined(screen).contains(heading));
    CHECK(joined(screen).contains(words.next));
    CHECK(joined(screen).contains(QRegularExpression{words.speakers}));
    CHECK(joined(screen).contains(words.materials));
    CHECK_FALSE(screen.contains(QChar(0x2026)));
    for (const QString& line : screen.split('\n')) CHECK(line.size() <= 60);
    tmux.keys({"q"});
    tmux.keys({words.language == "nl" ? "j" : "y"});
    tmux.waitFor("EXIT=0");
}

} // namespace

TEST_CASE("the meeting's full screen says who speaks and what the phase needs, and wraps long step names in full")
{
    RecordsSandbox sandbox;
    showsPhaseInFull(sandbox, {"en", R"(Phase \d+ of \d+: )", "Five-step peer consultation: case 1 '" + longLabel + QString::fromUtf8("' (Anna) · Brainstorm (10 min)"),
                               "Next: Five-step peer consultation: case 1 '" + longLabel + QString::fromUtf8("' (Anna) · Synthesis (2 min)"),
                               R"(Who speaks: Adviser \([A-Z][a-z]+(, [A-Z][a-z]+)*\), Facilitator \(Marieke\), Scribe \([A-Z][a-z]+\))",
                               "Who speaks: Case owner (Anna)", "Who speaks: everyone", "Materials: flip chart and markers"});
}

TEST_CASE("in Dutch the meeting's full screen says who speaks and what the phase needs, with long step names in full")
{
    RecordsSandbox sandbox;
    showsPhaseInFull(sandbox, {"nl", R"(Fase \d+ van \d+: )", "Collegiaal consult in vijf stappen: casus 1 '" + longLabel + QString::fromUtf8("' (Anna) · Brainstorm (10 min)"),
                               "Hierna: Collegiaal consult in vijf stappen: casus 1 '" + longLabel + QString::fromUtf8("' (Anna) · Synthese (2 min)"),
                               R"(Aan het woord: Adviseur \([A-Z][a-z]+(, [A-Z][a-z]+)*\), Procesbegeleider \(Marieke\), Notulist \([A-Z][a-z]+\))",
                               "Aan het woord: Inbrenger (Anna)", "Aan het woord: iedereen", "Materialen: flip-over en stiften"});
}

TEST_CASE("a plugin that crashes during a meeting on the full screen: the screen says so plainly, and the meeting goes on")
{
    RecordsSandbox sandbox;
    const QString plugins = QString{PALET_FIXTURE_PLUGINS} + "/fixture-segv-event";
    REQUIRE(sandbox.run({"group", "create", "Zorgteam", "--guide", "Marieke"}).exitCode == 0);
    REQUIRE(sandbox.run({"group", "add-member", "Zorgteam", "Anna", "Bram", "Carla", "Daan", "Eva", "Fleur"}).exitCode == 0);
    REQUIRE(sandbox.run({"meeting", "new", "Zorgteam", "--date", "2025-03-12", "--start", "13:00", "--end", "16:00"}).exitCode == 0);
    REQUIRE(sandbox.run({"case", "add", meeting, "--owner", "Bram", "--label", "Grenzen"}).exitCode == 0);
    REQUIRE(sandbox.run({"plan", meeting, "--methods", plugins, "--method", "1=fixture-segv-event", "--save"}).exitCode == 0);

    const Tmux tmux{sandbox};
    QProcessEnvironment environment = sandbox.environment();
    environment.insert("LANG", "en_GB.UTF-8");
    tmux.tmux({"new-session", "-d", "-x", "100", "-y", "40", "sh", "-c",
               paletCommand(environment, {"run", meeting, "--methods", plugins, "--speed", "1", "--seed", "5"})});
    tmux.waitFor(QString::fromUtf8("█"));

    // The round starts, its plugin crashes: one plain sentence, in full, for the rest of the round.
    const QString stopped = "The plugin of fixture-segv-event stopped, and the session goes on without its messages: " + plugins +
                            "/fixture-segv-event.so: the plugin crashed with SIGSEGV (Segmentation fault) while it heard that phase "
                            "'round' started";
    const QRegularExpression round{QString::fromUtf8(R"(Phase \d+ of \d+: [^·]*case 1 'Grenzen' \(Bram\) · Round)")};
    nextUntil(tmux, [&](const QString& text) { return text.contains(round); });
    const QString screen = settledWhen(tmux, [&](const QString& shown) { return joined(shown).contains(stopped); }, 10000);
    INFO("the screen:\n" << screen.toStdString());
    CHECK(joined(screen).contains(stopped));
    CHECK(joined(screen).contains("Next: Closing round"));
    tmux.keys({"+"}); // the meeting goes on: a minute more for the round
    tmux.waitFor("Round (12 min)");

    // The next part has no plugin: the sentence goes, the meeting runs to its end and is recorded.
    const QRegularExpression closingRound{QString::fromUtf8(R"(Phase \d+ of \d+: Closing round of recognitions · )")};
    const QString closing = nextUntil(tmux, [&](const QString& text) { return text.contains(closingRound); });
    CHECK_FALSE(joined(closing).contains("The plugin of fixture-segv-event stopped"));
    nextUntil(tmux, [](const QString& text) { return text.contains("EXIT=0"); });
    const QJsonObject report = sandbox.run({"report", meeting, "--format", "json"}).json().object();
    CHECK(report["status"] == "held");
}

TEST_CASE("a script's follow-up line records what an owner did with last time's case, and the events carry the look-back")
{
    RecordsSandbox sandbox;
    prepare(sandbox);
    const QString script = sandbox.path("meeting.script");
    QFile file{script};
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("# the welcome, then the look-back\n0:30 n\n1:00 follow-up: 1 Belde de school en sprak de moeder\n");
    file.close();
    const auto run = sandbox.run({"run", meeting, "--script", script, "--speed", "20000", "--events", "json"});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QStringList lines = run.out.split('\n', Qt::SkipEmptyParts);
    const QJsonObject started = QJsonDocument::fromJson(lines.first().toUtf8()).object();
    REQUIRE(started["event"] == "session-started");
    const QJsonArray lookBack = started["plan"]["look_back"].toArray();
    REQUIRE(lookBack.size() == 2);
    // The case's id in the store, which erasing another case does not change as it does the number.
    QJsonObject first = lookBack[0].toObject();
    CHECK(first.take("case_id").toInteger() > 0);
    CHECK(lookBack[1].toObject()["case_id"].toInteger() > 0);
    CHECK(lookBack[1].toObject()["case_id"] != lookBack[0].toObject()["case_id"]);
    CHECK(first == QJsonObject{{"meeting", "Zorgteam@2025-01-15"}, {"number", 1}, {"label", "Lastige ouder"},
                               {"owner", "Eva"}, {"takeaway", "Eerst luisteren"}});
    CHECK(lookBack[1].toObject()["owner"] == "Bram");
    CHECK(lookBack[1].toObject()["label"] == "Grenzen");

    QJsonObject followUp;
    for (const QString& line : lines)
        if (const QJsonObject event = QJsonDocument::fromJson(line.toUtf8()).object(); event["event"] == "follow-up") followUp = event;
    REQUIRE_FALSE(followUp.isEmpty());
    CHECK(followUp["case"] == 1);
    CHECK(followUp["text"] == "Belde de school en sprak de moeder");
    CHECK(followUp["phase"].toObject()["id"] == "look-back");
    CHECK(followUp["line"] == 3);

    // Recorded with last time's case, shown in its history and in that meeting's report.
    const QJsonArray cases = sandbox.run({"case", "list", "Zorgteam@2025-01-15", "--json", "--text"}).json().array();
    CHECK(cases[0].toObject()["status"] == "looked-back");
    CHECK(cases[0].toObject()["follow_up"] == "Belde de school en sprak de moeder");
    CHECK(cases[1].toObject()["status"] == "looked-back");
    CHECK(cases[1].toObject()["follow_up"].isNull());
    CHECK(sandbox.run({"report", "Zorgteam@2025-01-15", "--with-texts"}).out.contains("Follow-up: Belde de school en sprak de moeder"));
}

TEST_CASE("a script's follow-up for a case the meeting does not look back on is refused with its place")
{
    RecordsSandbox sandbox;
    prepare(sandbox);
    const QString script = sandbox.path("stray.script");
    QFile file{script};
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("0:30 n\n1:00 follow-up: 3 Belde de school\n");
    file.close();
    const auto run = sandbox.run({"run", meeting, "--script", script, "--speed", "20000"});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(script + ":2:17: case 3 of last time is not one this session looks back on (1, 2)"));
    CHECK(run.out.isEmpty());
    // Nothing started: the meeting is still planned and last time's cases as they were.
    CHECK(sandbox.run({"meeting", "list", "Zorgteam", "--json"}).out.contains("\"planned\""));
    const QJsonArray cases = sandbox.run({"case", "list", "Zorgteam@2025-01-15", "--json"}).json().array();
    CHECK(cases[0].toObject()["status"] == "treated");

    // A session without a look-back takes no follow-up at all.
    const auto single = sandbox.run({"run", "--method", "peer-consultation", "--members", "Ann,Bo,Cas,Dee", "--script", script,
                                     "--speed", "20000", "--journal", sandbox.path("single.jsonl")});
    CHECK(single.exitCode == 1);
    CHECK(single.err.contains(script + ":2:17: this session looks back on no cases of a previous meeting, so it takes no follow-up"));
}
