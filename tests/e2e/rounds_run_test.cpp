// Rounds and subgroups through the real binary: the built-in troika consulting for seven members
// (a trio and a four side by side, each member client exactly once) checked event by event in the
// event stream and the journal, resumed from a journal cut short, on the plain lines and in the
// handout.

#include "run_session_support.hpp"

#include <QDir>

#include <map>
#include <set>

using namespace palet::test;

namespace {

// role id -> members, as one subgroup of a phase-started event names them.
std::map<QString, QStringList> rolesOf(const QJsonObject& subgroup)
{
    std::map<QString, QStringList> roles;
    for (const QJsonValue value : subgroup["roles"].toArray()) roles[value["role"].toString()] = membersOf(value["members"]);
    return roles;
}

const QStringList seven{"Ann", "Bo", "Cas", "Dee", "Eva", "Fay", "Gus"};
const QStringList roundPhases{"ask", "clarify", "confer", "respond"};

// Checks one phase-started event of troika consulting for seven members, the `index`th of the run
// without going back: prepare, then four rounds of four phases. Returns who is client in each
// subgroup (empty when that subgroup has finished).
QStringList checkTroikaStart(const QJsonObject& start, int index)
{
    INFO("phase-started " << index << ": " << QJsonDocument{start}.toJson(QJsonDocument::Compact).toStdString());
    const QJsonArray subgroups = start["subgroups"].toArray();
    REQUIRE(subgroups.size() == 2);
    CHECK(membersOf(subgroups[0]["members"]) == QStringList{"Ann", "Bo", "Cas"});
    CHECK(membersOf(subgroups[1]["members"]) == QStringList{"Dee", "Eva", "Fay", "Gus"});
    if (index == 0) {
        CHECK(start["phase"]["id"] == "prepare");
        CHECK(start["round"].isNull());
        CHECK(rolesOf(subgroups[0].toObject())["case-owner"] == QStringList{"Ann"});
        CHECK(rolesOf(subgroups[1].toObject())["case-owner"] == QStringList{"Dee"});
        return {};
    }
    const int round = (index - 1) / 4 + 1;
    CHECK(start["phase"]["id"] == roundPhases[(index - 1) % 4]);
    CHECK(start["phase"]["round"] == round);
    CHECK(start["round"]["id"] == "consultation");
    CHECK(start["round"]["number"] == round);
    CHECK(start["round"]["of"] == 4);
    QStringList clients;
    for (const QJsonValue value : subgroups) {
        const QJsonObject subgroup = value.toObject();
        const auto roles = rolesOf(subgroup);
        const int size = static_cast<int>(subgroup["members"].toArray().size());
        if (round > size) { // the trio's three rounds are over: it waits while the four has a fourth
            CHECK(subgroup["finished"] == true);
            CHECK(roles.empty());
            continue;
        }
        CHECK(subgroup["finished"] == false);
        REQUIRE(roles.count("case-owner"));
        CHECK(roles.at("case-owner") == QStringList{subgroup["round_member"].toString()});
        CHECK(roles.at("adviser").size() == size - 1);
        CHECK_FALSE(roles.at("adviser").contains(roles.at("case-owner").front()));
        clients << roles.at("case-owner");
    }
    // The event's instructions and presence name everyone's holders, across the subgroups.
    for (const QJsonValue value : start["instructions"].toArray())
        if (value["role"] == "case-owner") CHECK(membersOf(value["members"]) == clients);
    if (start["phase"]["id"] == "confer") {
        const QJsonArray turned = start["presence"]["back_turned"].toArray();
        REQUIRE(turned.size() == 1);
        CHECK(membersOf(turned[0]["members"]) == clients); // the clients turn their backs while the others confer
    }
    return clients;
}

} // namespace

TEST_CASE("troika consulting for seven: a trio and a four side by side, each member client exactly once, event by event")
{
    const PaletSandbox sandbox;
    // Keys as a facilitator presses them: on early, back once, on again; the rest runs out by itself.
    const QString script = writeFile(sandbox, "troika.script", "0:30 n\n0:50 b\n1:10 n\n4:00 n\n");
    const auto run = sandbox.run({"run", "--method", "troika-consulting", "--members", seven.join(','), "--seed", "3", "--speed",
                                  "20000", "--events", "json", "--journal", sandbox.path("troika.jsonl"), "--script", script});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QList<QByteArray> lines = linesOf(run.out.toUtf8());
    CHECK(journalEvents(sandbox.path("troika.jsonl")) == lines); // the journal says what the stream says

    const QJsonObject plan = parsed(lines[0])["plan"].toObject();
    CHECK(plan["subgroup_size"] == 3);
    const QJsonArray phases = plan["phases"].toArray();
    REQUIRE(phases.size() == 1 + 4 * 4);
    // No minutes given: the middle of the method's minutes, shared in proportion; every round gets
    // the same minutes, a step's extra minute taking turns over the rounds.
    int planned = 0;
    for (const QJsonValue phase : phases) planned += phase["minutes"].toInt();
    CHECK(plan["planned_minutes"] == planned);
    CHECK(planned >= 1 + 4 * (1 + 1 + 4 + 1));
    for (int round = 0; round < 4; ++round) {
        int minutes = 0;
        for (int step = 1; step <= 4; ++step) {
            const int here = phases[round * 4 + step]["minutes"].toInt();
            CHECK(std::abs(here - phases[step]["minutes"].toInt()) <= 1);
            minutes += here;
        }
        CHECK(minutes == 9); // 37 minutes: 1 to prepare, 9 to each round
    }

    const QList<QJsonObject> starts = phaseStarts(lines);
    // prepare, ask, back to prepare, ask again: two more starts than phases.
    REQUIRE(starts.size() == phases.size() + 2);
    CHECK(starts[0]["phase"]["id"] == "prepare");
    CHECK(starts[1]["phase"]["id"] == "ask");
    CHECK(starts[2]["phase"]["id"] == "prepare");
    // Without the detour (the first ask and the prepare gone back to), one start per phase in order.
    QList<QJsonObject> inOrder = starts;
    inOrder.removeAt(1);
    inOrder.removeAt(1);
    std::map<QString, int> clientRounds;
    for (int index = 0; index < inOrder.size(); ++index) {
        const QStringList clients = checkTroikaStart(inOrder[index], index);
        if (index > 0 && (index - 1) % 4 == 0)
            for (const QString& client : clients) ++clientRounds[client];
    }
    // The phases gone through twice named the same round and holders both times.
    checkTroikaStart(starts[1], 1);
    checkTroikaStart(starts[2], 0);
    for (const QString& member : seven) {
        INFO(member.toStdString());
        CHECK(clientRounds[member] == 1);
    }
    CHECK(parsed(lines.back())["event"] == "finished");
}

TEST_CASE("a troika resumed from a journal cut short goes on with the same rounds and clients")
{
    const PaletSandbox sandbox;
    const auto whole = sandbox.run({"run", "--method", "troika-consulting", "--members", seven.join(','), "--seed", "3", "--speed",
                                    "20000", "--events", "json", "--journal", sandbox.path("whole.jsonl")});
    REQUIRE(whole.exitCode == 0);
    const QList<QByteArray> events = journalEvents(sandbox.path("whole.jsonl"));

    // The journal as a crash in round 2 leaves it: up to the start of round 2's confer.
    QByteArray cut;
    int started = 0;
    for (const QByteArray& line : events) {
        cut += line + '\n';
        if (parsed(line)["event"] == "phase-started" && ++started == 1 + 4 + 3) break;
    }
    writeFile(sandbox, "cut.jsonl", cut);
    const auto resumed = sandbox.run({"resume", sandbox.path("cut.jsonl"), "--gap", "pause", "--events", "json"});
    INFO(resumed.err.toStdString());
    REQUIRE(resumed.exitCode == 0);
    const QList<QJsonObject> after = phaseStarts(linesOf(resumed.out.toUtf8()));
    REQUIRE(after.size() == 17 - 8);
    for (int index = 0; index < after.size(); ++index) checkTroikaStart(after[index], 8 + index);
    // The same events as the session without the break, phase for phase.
    const QList<QJsonObject> original = phaseStarts(events);
    for (int index = 0; index < after.size(); ++index) {
        CHECK(after[index]["subgroups"] == original[8 + index]["subgroups"]);
        CHECK(after[index]["round"] == original[8 + index]["round"]);
    }
}

TEST_CASE("the plain lines and the handout show the rounds and the subgroups")
{
    PaletSandbox sandbox;
    const auto plain = sandbox.run({"run", "--method", "troika-consulting", "--members", seven.join(','), "--speed", "20000", "--lang", "en"});
    INFO(plain.err.toStdString());
    REQUIRE(plain.exitCode == 0);
    CHECK(plain.out.contains("Phase 2/17: Ask for help (Consultation round 1 of 4)"));
    CHECK(plain.out.contains("Subgroup 1 (Ann, Bo, Cas): Client: Bo · Consultant: Ann, Cas"));
    CHECK(plain.out.contains("Subgroup 2 (Dee, Eva, Fay, Gus): Client: Gus · Consultant: Dee, Eva, Fay"));
    CHECK(plain.out.contains("Subgroup 1 (Ann, Bo, Cas): its rounds are over; it waits for the others"));
    CHECK(plain.out.contains("Back turned to the group: Client (Ann, Dee)"));

    sandbox.set("LANG", "nl_NL.UTF-8");
    const auto dutch = sandbox.run({"run", "--method", "troika-consulting", "--members", seven.join(','), "--speed", "20000"});
    REQUIRE(dutch.exitCode == 0);
    CHECK(dutch.out.contains("Hulpvraag (Consultatieronde 2 van 4)"));
    CHECK(dutch.out.contains("Subgroep 2 (Dee, Eva, Fay, Gus): Inbrenger: Eva · Adviseur: Dee, Fay, Gus"));
    CHECK(dutch.out.contains("Subgroep 1 (Ann, Bo, Cas): klaar met de rondes, wacht op de anderen"));

    // The handout describes the round once, with how often it runs, rather than sixteen steps.
    const auto handout = sandbox.run({"show", "troika-consulting", "--group-size", "7", "--lang", "en"});
    REQUIRE(handout.exitCode == 0);
    const QString text = handout.out.simplified();
    CHECK(text.contains("Subgroups of 3, working side by side; with 7 members: 3 + 4"));
    CHECK(text.contains("Consultation round: 4 rounds, one for each member of the subgroup. The role Client passes to the next "
                        "member every round."));
    CHECK(text.contains("End of the round; the next round starts again at step 2."));
    CHECK(text.contains("5. What was valuable?"));
    CHECK_FALSE(text.contains("6. "));
    const auto dutchHandout = sandbox.run({"show", "troika-consulting", "--group-size", "6", "--lang", "nl"});
    CHECK(dutchHandout.out.simplified().contains("Consultatieronde: 3 rondes, één voor elk lid van de subgroep. De rol Inbrenger "
                                                 "gaat elke ronde naar het volgende lid."));

    const QJsonObject method = sandbox.run({"show", "troika-consulting", "--json", "--group-size", "7"}).json().object();
    CHECK(method["subgroup_size"] == 3);
    REQUIRE(method["rounds"].toArray().size() == 1);
    CHECK(method["rounds"][0]["rounds"] == 4);
    CHECK(method["rounds"][0]["for_each"] == "member");
    CHECK(method["rounds"][0]["rotates"] == "case-owner");
    CHECK(method["phases"][1]["round"] == "consultation");
    CHECK(method["phases"][0]["round"].isNull());
}
