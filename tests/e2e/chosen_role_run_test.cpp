// A role chosen during the method (format 2's chosen_in) through the real binary: Balint's group
// chooses its leader and the incident method's group chooses whose incident it treats, by a
// script line, by default when nobody chooses, at the keyboard (plain lines and the full-screen
// view through tmux), and across a kill and a resume; checked event by event in the journal.

#include "run_session_support.hpp"
#include "tmux_session.hpp"

#include <QProcess>
#include <QThread>

using namespace palet::test;

namespace {

QList<QJsonObject> eventsOf(const QList<QByteArray>& lines, const QString& kind)
{
    QList<QJsonObject> found;
    for (const QByteArray& line : lines)
        if (const QJsonObject event = parsed(line); event["event"] == kind) found << event;
    return found;
}

qsizetype firstWith(const QList<QByteArray>& lines, const char* text)
{
    for (qsizetype index = 0; index < lines.size(); ++index)
        if (lines[index].contains(text)) return index;
    return -1;
}

qsizetype lastWith(const QList<QByteArray>& lines, const char* text)
{
    for (qsizetype index = lines.size() - 1; index >= 0; --index)
        if (lines[index].contains(text)) return index;
    return -1;
}

const QStringList balint{"run", "--method", "balint-method", "--members", "Ann,Bo,Cas,Dee,Eva,Fay", "--seed", "3"};
const QStringList incident{"run", "--method", "incident-method", "--members", "Ann,Bo,Cas,Dee,Eva", "--seed", "3"};

} // namespace

TEST_CASE("Balint: the group chooses its leader in the first step, by a script line; every event after names them")
{
    const PaletSandbox sandbox;
    const QString script = writeFile(sandbox, "choose.txt", "0:40 choose: facilitator Cas\n1:00 n\n");
    const auto run = sandbox.run(balint + QStringList{"--speed", "20000", "--events", "json", "--journal", "j.jsonl", "--script", script});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const auto lines = linesOf(run.out.toUtf8());
    CHECK(journalEvents(sandbox.path("j.jsonl")) == lines); // the journal holds what was shown

    const QJsonObject plan = parsed(lines[0])["plan"].toObject();
    QStringList planned;
    for (const auto& value : plan["roles"].toArray())
        planned << value.toObject()["id"].toString() + '=' + membersOf(value.toObject()["members"]).join('+');
    CHECK(planned == QStringList{"case-owner=Ann", "adviser=Bo+Cas+Dee+Eva+Fay"}); // nobody leads yet
    REQUIRE(plan["choices"].toArray().size() == 1);
    CHECK(plan["choices"][0]["role"] == "facilitator");
    CHECK(plan["choices"][0]["phase"]["id"] == "choose-leader");

    const auto starts = eventsOf(lines, "phase-started");
    const QStringList ids{"choose-leader", "present", "questions", "group-discussion", "return", "close"};
    REQUIRE(starts.size() == ids.size());
    CHECK(holdersIn(starts[0]).count("facilitator") == 0);
    CHECK(holdersIn(starts[0]).at("adviser") == QStringList{"Bo", "Cas", "Dee", "Eva", "Fay"});
    for (int index = 1; index < starts.size(); ++index) {
        INFO("phase " << index);
        CHECK(starts[index]["phase"]["id"] == ids[index]);
        const auto holders = holdersIn(starts[index]);
        CHECK(holders.at("facilitator") == QStringList{"Cas"});
        CHECK(holders.at("case-owner") == QStringList{"Ann"});
        if (holders.count("adviser")) CHECK(holders.at("adviser") == QStringList{"Bo", "Dee", "Eva", "Fay"}); // Cas left them
    }
    // The presenter listens with their back to the group while it discusses the case.
    const QJsonArray turned = starts[3]["presence"]["back_turned"].toArray();
    REQUIRE(turned.size() == 1);
    CHECK(turned[0]["role"] == "case-owner");
    CHECK(membersOf(turned[0]["members"]) == QStringList{"Ann"});

    const auto chosen = eventsOf(lines, "role-chosen");
    REQUIRE(chosen.size() == 1);
    CHECK(chosen[0]["role"] == "facilitator");
    CHECK(chosen[0]["role_name"] == "Group leader");
    CHECK(chosen[0]["member"] == "Cas");
    CHECK(chosen[0]["by"] == "group");
    CHECK(chosen[0]["line"] == 1);
    CHECK(chosen[0]["phase"]["id"] == "choose-leader");
    CHECK(chosen[0]["chosen_in"]["id"] == "choose-leader");
    CHECK(chosen[0]["held_from"]["id"] == "present");
    // The choice comes while the first step is on, before it ends.
    CHECK(transitions(lines).mid(0, 2) == QStringList{"phase-started 0", "phase-ended 0 next"});
    CHECK(firstWith(lines, "\"role-chosen\"") < firstWith(lines, "\"phase-ended\""));

    const QJsonObject finished = parsed(lines.back());
    CHECK(finished["event"] == "finished");
    REQUIRE(finished["chosen"].toArray().size() == 1);
    CHECK(finished["chosen"][0]["member"] == "Cas");
    CHECK(finished["chosen"][0]["by"] == "group");
}

TEST_CASE("the incident method: the group chooses whose incident; the chosen scribe hands on the pen")
{
    const PaletSandbox sandbox;
    // Ann facilitates, Bo writes, Cas, Dee and Eva advise; Bo's incident is chosen.
    const QString script = writeFile(sandbox, "choose.txt", "1:00 choose: case-owner Bo\n2:00 n\n");
    const auto run = sandbox.run(incident + QStringList{"--speed", "20000", "--events", "json", "--script", script});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const auto lines = linesOf(run.out.toUtf8());
    const auto starts = eventsOf(lines, "phase-started");
    REQUIRE(starts.size() == 10);
    CHECK(starts[0]["phase"]["id"] == "choose");
    CHECK(holdersIn(starts[0]).at("facilitator") == QStringList{"Ann"});
    CHECK(holdersIn(starts[0]).at("scribe") == QStringList{"Bo"});
    CHECK(holdersIn(starts[0]).at("adviser") == QStringList{"Cas", "Dee", "Eva"});
    CHECK(holdersIn(starts[0]).count("case-owner") == 0);
    for (int index = 1; index < starts.size(); ++index) {
        INFO("phase " << index);
        const auto holders = holdersIn(starts[index]);
        CHECK(holders.at("case-owner") == QStringList{"Bo"});
        CHECK(holders.at("facilitator") == QStringList{"Ann"});
        if (holders.count("scribe")) CHECK(holders.at("scribe") == QStringList{"Cas"});
        if (holders.count("adviser")) CHECK(holders.at("adviser") == QStringList{"Dee", "Eva"});
    }
    CHECK(starts[1]["phase"]["id"] == "sketch");
    const auto chosen = eventsOf(lines, "role-chosen");
    REQUIRE(chosen.size() == 1);
    CHECK(chosen[0]["member"] == "Bo");
    CHECK(chosen[0]["held_from"]["id"] == "sketch");
}

TEST_CASE("nobody chooses: leaving the step takes the first member free and says so")
{
    const PaletSandbox sandbox;
    const QString script = writeFile(sandbox, "next.txt", "0:30 n\n");
    const auto json = sandbox.run(balint + QStringList{"--speed", "20000", "--events", "json", "--script", script});
    REQUIRE(json.exitCode == 0);
    const auto chosen = eventsOf(linesOf(json.out.toUtf8()), "role-chosen");
    REQUIRE(chosen.size() == 1);
    CHECK(chosen[0]["member"] == "Bo");
    CHECK(chosen[0]["by"] == "default");
    CHECK(chosen[0]["line"] == 1);

    // Without a script or any input the step runs out by itself: the same default, never a wait.
    const auto plain = sandbox.run(balint + QStringList{"--speed", "20000"});
    REQUIRE(plain.exitCode == 0);
    CHECK(plain.out.contains("Nobody chose the Group leader, so Palet took Bo, the first member free; Bo holds the role from Tell the case"));
    CHECK(plain.out.contains("Group leader (Bo): Give the presenter the floor"));
    CHECK(plain.out.contains("Chosen during the session: Bo as Group leader (nobody chose; the first member free)"));
}

TEST_CASE("a case owner given beforehand is a choice made: no choosing step, nothing asked")
{
    const PaletSandbox sandbox;
    const auto run = sandbox.run(incident + QStringList{"--owner", "Dee", "--speed", "20000", "--events", "json"});
    REQUIRE(run.exitCode == 0);
    const auto lines = linesOf(run.out.toUtf8());
    const QJsonObject plan = parsed(lines[0])["plan"].toObject();
    CHECK(plan["choices"].toArray().isEmpty());
    CHECK(plan["phases"].toArray().size() == 9);
    CHECK(plan["phases"][0]["id"] == "sketch");
    CHECK(plan["roles"][0]["id"] == "case-owner");
    CHECK(membersOf(plan["roles"][0]["members"]) == QStringList{"Dee"});
    CHECK(eventsOf(lines, "role-chosen").isEmpty());

    // A script that would choose is told the session chooses nothing.
    const QString script = writeFile(sandbox, "choose.txt", "0:10 choose: case-owner Bo\n");
    const auto refused = sandbox.run(incident + QStringList{"--owner", "Dee", "--script", script});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(script + ":1:14: this session chooses no role; the plan names every holder"));
}

TEST_CASE("a script's choice the session cannot take is refused before it starts, naming the line")
{
    const PaletSandbox sandbox;
    const QString script = writeFile(sandbox, "bad.txt",
                                     "0:10 choose: facilitator Ann\n"
                                     "0:20 choose: timekeeper Bo\n"
                                     "0:30 choose: facilitator Zed\n"
                                     "0:40 choose: facilitator\n");
    const auto run = sandbox.run(balint + QStringList{"--script", script, "--journal", "never.jsonl"});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(script + ":4:6: a choice is 'choose: ROLE MEMBER', as in 'choose: facilitator Anna'"));
    CHECK_FALSE(QFile::exists(sandbox.path("never.jsonl")));
    const QString fixed = writeFile(sandbox, "bad.txt",
                                    "0:10 choose: facilitator Ann\n"
                                    "0:20 choose: timekeeper Bo\n"
                                    "0:30 choose: facilitator Zed\n");
    const auto refused = sandbox.run(balint + QStringList{"--script", fixed, "--journal", "never.jsonl"});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(fixed + ":1:14: Ann holds another role already; choose one of: Bo, Cas, Dee, Eva, Fay"));
    CHECK(refused.err.contains(fixed + ":2:14: the role 'timekeeper' is not chosen during this session; the roles chosen are: facilitator"));
    CHECK(refused.err.contains(fixed + ":3:14: 'Zed' is not one of the members; choose one of: Bo, Cas, Dee, Eva, Fay"));
    CHECK_FALSE(QFile::exists(sandbox.path("never.jsonl")));
}

TEST_CASE("killed after the choice and resumed: the chosen leader stays, from the journal")
{
    const PaletSandbox sandbox;
    const QString journal = sandbox.path("kill.jsonl");
    // A minute a second: the choice at 0:20, the second step at 0:40, killed in the second step.
    const QString script = writeFile(sandbox, "choose.txt", "0:20 choose: facilitator Dee\n0:40 n\n");
    auto first = sandbox.start(balint + QStringList{"--speed", "60", "--events", "json", "--journal", journal, "--script", script});
    QByteArray printed;
    QElapsedTimer waited;
    waited.start();
    while (printed.count("\"event\":\"phase-started\"") < 2 && waited.elapsed() < 15000) {
        first->waitForReadyRead(200);
        printed += first->readAllStandardOutput();
    }
    REQUIRE(printed.contains("\"event\":\"role-chosen\""));
    first->kill();
    first->waitForFinished(5000);

    const auto resumed = sandbox.run({"resume", journal, "--gap", "pause", "--speed", "20000", "--events", "json"});
    INFO(resumed.err.toStdString());
    REQUIRE(resumed.exitCode == 0);
    const auto lines = linesOf(resumed.out.toUtf8());
    REQUIRE(parsed(lines[0])["event"] == "reopened");
    CHECK(eventsOf(lines, "role-chosen").isEmpty()); // chosen once, before the kill
    const auto starts = eventsOf(lines, "phase-started");
    REQUIRE_FALSE(starts.isEmpty());
    for (const QJsonObject& start : starts) CHECK(holdersIn(start).at("facilitator") == QStringList{"Dee"});
    CHECK(parsed(lines.back())["chosen"][0]["member"] == "Dee");

    // The whole journal: one choice, then the leader in every step after the first.
    const auto all = journalEvents(journal);
    CHECK(eventsOf(all, "role-chosen").size() == 1);
    for (const QJsonObject& start : eventsOf(all, "phase-started"))
        if (start["phase"]["index"].toInt() > 0) CHECK(holdersIn(start).at("facilitator") == QStringList{"Dee"});
}

TEST_CASE("a journal whose choice does not fit the plan is refused on resume, naming the event")
{
    const PaletSandbox sandbox;
    const QString journal = sandbox.path("tampered.jsonl");
    auto first = sandbox.start(balint + QStringList{"--speed", "1", "--events", "json", "--journal", journal});
    QByteArray printed;
    QElapsedTimer waited;
    waited.start();
    while (!printed.contains("\"event\":\"phase-started\"") && waited.elapsed() < 10000) {
        first->waitForReadyRead(200);
        printed += first->readAllStandardOutput();
    }
    first->kill();
    first->waitForFinished(5000);
    const QList<QByteArray> written = linesOf(readAll(journal));
    const qsizetype lastEvent = lastWith(written, "\"seq\"");
    REQUIRE(lastEvent >= 0);
    const QJsonObject last = parsed(written[lastEvent]);
    const int seq = last["seq"].toInt() + 1;
    QFile file{journal};
    REQUIRE(file.open(QIODevice::Append));
    file.write(QString(R"({"seq":%1,"event":"role-chosen","t":1000,"wall":"2026-12-01T00:00:00.000Z","boot_ms":0,"role":"facilitator","member":"Ann","by":"group","phase":{"index":0}})")
                   .arg(seq)
                   .toUtf8()
               + '\n');
    file.close();
    const auto resumed = sandbox.run({"resume", journal, "--gap", "pause", "--speed", "20000"});
    CHECK(resumed.exitCode == 1);
    CHECK(resumed.err.contains(QString("event %1 chooses Ann for the role 'facilitator': Ann holds another role already").arg(seq)));
}

TEST_CASE("plain lines: the step asks who, and 'choose:' takes a number from the list")
{
    const PaletSandbox sandbox;
    QProcess process;
    process.setProcessEnvironment(sandbox.environment());
    process.start(PALET_BINARY, balint + QStringList{"--speed", "20000", "--lang", "en"});
    REQUIRE(process.waitForStarted());
    process.write("choose: 4\nn\n");
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(20000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    INFO(out.toStdString() << QString::fromUtf8(process.readAllStandardError()).toStdString());
    CHECK(process.exitCode() == 0);
    CHECK(out.contains("The group chooses in this phase. Who is the Group leader? 1 Bo · 2 Cas · 3 Dee · 4 Eva · 5 Fay"));
    CHECK(out.contains("The group chose Eva as Group leader, from Tell the case"));
    CHECK(out.contains("Group leader (Eva): Give the presenter the floor"));
    CHECK(out.contains("Chosen during the session: Eva as Group leader\n"));
}

TEST_CASE("the terminal view: n asks who leads before moving on, c chooses at any time in the step")
{
    const PaletSandbox sandbox;
    const Tmux tmux{sandbox};
    tmux.tmux({"new-session", "-d", "-x", "100", "-y", "30", "sh", "-c",
               paletCommand(sandbox.environment(), balint + QStringList{"--speed", "1", "--lang", "en"})});
    QString screen = tmux.waitFor("Phase 1 of 6: Choose the leader");
    CHECK(screen.contains("The group chooses in this phase. Who is the Group leader? 1 Bo · 2 Cas · 3 Dee · 4 Eva · 5 Fay"));
    CHECK(screen.contains("c choose"));

    // c, a number and Enter: chosen, and the step goes on.
    tmux.keys({"c"});
    tmux.waitFor("(number, Enter; Esc: later)");
    tmux.keys({"3", "Enter"});
    screen = tmux.waitFor("Chosen: Dee as Group leader, from the next phase");
    CHECK(screen.contains("Phase 1 of 6"));

    // Chosen again with c; then n moves on without asking.
    tmux.keys({"c"});
    tmux.waitFor("(number, Enter; Esc: later)");
    tmux.keys({"9", "Enter"});
    tmux.waitFor("Give the number of one of the members listed");
    tmux.keys({"2", "Enter"});
    tmux.waitFor("Chosen: Cas as Group leader, from the next phase");
    tmux.keys({"n"});
    screen = tmux.waitFor("Phase 2 of 6: Tell the case");
    CHECK(screen.contains("Group leader (Cas): Give the presenter the floor"));
    CHECK(screen.contains("Group leader: Cas"));
    tmux.keys({"q"});
    tmux.waitFor("Quit the session? y/n");
    tmux.keys({"y"});
    screen = tmux.waitFor("EXIT=0");
    CHECK(screen.contains("Chosen during the session: Cas as Group leader"));
}

TEST_CASE("the terminal view: n in the choosing step with nobody chosen asks first; Esc takes the first listed")
{
    const auto session = [](const PaletSandbox& sandbox, const Tmux& tmux) {
        tmux.tmux({"new-session", "-d", "-x", "100", "-y", "30", "sh", "-c",
                   paletCommand(sandbox.environment(), incident + QStringList{"--speed", "1", "--lang", "en"})});
        tmux.waitFor("Phase 1 of 10: Choose an incident");
        tmux.keys({"n"});
        const QString screen = tmux.waitFor("Who is the Case owner? 1 Bo · 2 Cas · 3 Dee · 4 Eva  (number, Enter; Esc: the first listed)");
        CHECK(screen.contains("Phase 1 of 10")); // still here until answered
    };
    const auto end = [](const Tmux& tmux) {
        tmux.keys({"q"});
        tmux.waitFor("Quit the session? y/n");
        tmux.keys({"y"});
        tmux.waitFor("EXIT=0");
    };
    {
        const PaletSandbox sandbox;
        const Tmux tmux{sandbox};
        session(sandbox, tmux);
        tmux.keys({"4", "Enter"});
        const QString screen = tmux.waitFor("Phase 2 of 10: Sketch the incident");
        CHECK(screen.contains("Case owner (Eva): Tell briefly"));
        end(tmux);
    }
    {
        const PaletSandbox sandbox;
        const Tmux tmux{sandbox};
        session(sandbox, tmux);
        tmux.keys({"Escape"});
        const QString screen = tmux.waitFor("Phase 2 of 10: Sketch the incident");
        CHECK(screen.contains("Case owner (Bo): Tell briefly"));
        end(tmux);
        CHECK(tmux.screen().contains("Chosen during the session: Bo as Case owner (nobody chose; the first member free)"));
    }
}

TEST_CASE("the handout and palet show --json say when the group chooses")
{
    const PaletSandbox sandbox;
    const auto json = sandbox.run({"show", "balint-method", "--json"});
    REQUIRE(json.exitCode == 0);
    QStringList chosenIn;
    for (const auto& role : json.json().object()["roles"].toArray())
        chosenIn << role.toObject()["id"].toString() + '=' + role.toObject()["chosen_in"].toString("null");
    CHECK(chosenIn == QStringList{"case-owner=null", "facilitator=choose-leader", "adviser=null"});

    const auto english = sandbox.run({"show", "incident-method", "--lang", "en"});
    REQUIRE(english.exitCode == 0);
    const QString flat = english.out.simplified();
    CHECK(flat.contains("The group chooses who holds this role in step 1, Choose an incident. Brings an incident"));
    CHECK(flat.contains("The group chooses who is Case owner, from the next step on"));
    const auto dutch = sandbox.run({"show", "balint-method", "--lang", "nl"});
    REQUIRE(dutch.exitCode == 0);
    CHECK(dutch.out.simplified().contains("De groep kiest wie deze rol heeft in stap 1, Begeleider kiezen."));
    CHECK(dutch.out.simplified().contains("Met de rug naar de groep: Inbrenger"));
}
