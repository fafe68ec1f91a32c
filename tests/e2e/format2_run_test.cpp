// Format 2 through the real binary: Kollegiale Beratung's three or four advisers checked event by
// event for six and nine members, silence and absence in the event stream and on the terminal,
// and a method with a counted role in the handout and the JSON.

#include "run_session_support.hpp"

#include <QDir>

using namespace palet::test;

namespace {

QList<QByteArray> runEvents(const PaletSandbox& sandbox, const QStringList& arguments)
{
    const auto run = sandbox.run(arguments + QStringList{"--seed", "3", "--speed", "20000", "--events", "json"});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return linesOf(run.out.toUtf8());
}

const char* silentMethod = R"(format: 2
id: quiet-round
version: 1.0.0
name: {nl: Stille ronde, en: Quiet round}
summary: {nl: "Schrijven in stilte, dan bespreken zonder de inbrenger.", en: "Writing in silence, then discussing without the case owner."}
group_size: {min: 4}
roles:
  - id: case-owner
    name: {nl: Inbrenger, en: Case owner}
    holders: one
  - id: adviser
    name: {nl: Adviseur, en: Adviser}
    holders: everyone-else
phases:
  - id: tell
    name: {nl: Vertellen, en: Tell}
    minutes: 5
    instructions:
      case-owner: {nl: Vertel je casus., en: Tell your case.}
  - id: write
    name: {nl: Schrijven, en: Write}
    minutes: 5
    speakers: []
    instructions:
      adviser: {nl: Schrijf je advies op., en: Write your advice down.}
      case-owner: {nl: Schrijf op wat je hoopt te horen., en: Write down what you hope to hear.}
  - id: discuss
    name: {nl: Bespreken, en: Discuss}
    minutes: 10
    back_turned: [case-owner]
    instructions:
      adviser: {nl: Bespreek de adviezen., en: Discuss the advice.}
      case-owner: {nl: Luister met je rug naar de groep., en: Listen with your back to the group.}
    speakers: [adviser]
  - id: conclude
    name: {nl: Afronden, en: Conclude}
    minutes: 5
    absent: [adviser]
    instructions:
      case-owner: {nl: Schrijf je opbrengst op., en: Write down your takeaway.}
      adviser: {nl: Neem pauze buiten de ruimte., en: Take a break outside the room.}
)";

} // namespace

TEST_CASE("Kollegiale Beratung gives three or four advisers: six and nine members, event by event")
{
    const PaletSandbox sandbox;
    const QStringList phaseIds{"casting", "account", "key-question", "module-choice", "consultation", "closing"};

    SECTION("six members: case owner, moderator, three advisers and a secretary; nobody left to observe")
    {
        const auto lines = runEvents(sandbox, {"run", "--method", "kollegiale-beratung", "--members", "Ann,Bo,Cas,Dee,Eva,Fay"});
        const auto plan = parsed(lines[0])["plan"].toObject();
        QStringList planned;
        for (const auto& value : plan["roles"].toArray()) {
            const QJsonObject role = value.toObject();
            planned << role["id"].toString() + '=' + membersOf(role["members"]).join('+');
        }
        CHECK(planned == QStringList{"case-owner=Ann", "facilitator=Bo", "scribe=Fay", "adviser=Cas+Dee+Eva"});

        const auto starts = phaseStarts(lines);
        REQUIRE(starts.size() == phaseIds.size());
        for (int index = 0; index < starts.size(); ++index) {
            INFO("phase " << index);
            CHECK(starts[index]["phase"]["id"] == phaseIds[index]);
            const auto holders = holdersIn(starts[index]);
            CHECK(holders.at("case-owner") == QStringList{"Ann"});
            CHECK(holders.at("facilitator") == QStringList{"Bo"});
            CHECK(holders.at("adviser") == QStringList{"Cas", "Dee", "Eva"});
            if (holders.count("scribe")) CHECK(holders.at("scribe") == QStringList{"Fay"});
            if (holders.count("observer")) CHECK(holders.at("observer").isEmpty());
        }
        CHECK(holdersIn(starts[4]).count("scribe") == 1); // the secretary writes during the consultation
    }

    SECTION("nine members: a fourth adviser, and two process observers")
    {
        const auto lines =
            runEvents(sandbox, {"run", "--method", "kollegiale-beratung", "--members", "Ann,Bo,Cas,Dee,Eva,Fay,Gus,Hal,Ida"});
        const auto starts = phaseStarts(lines);
        REQUIRE(starts.size() == phaseIds.size());
        for (int index = 0; index < starts.size(); ++index) {
            INFO("phase " << index);
            CHECK(starts[index]["phase"]["id"] == phaseIds[index]);
            const auto holders = holdersIn(starts[index]);
            CHECK(holders.at("adviser") == QStringList{"Cas", "Dee", "Eva", "Gus"});
            CHECK(holders.at("case-owner") == QStringList{"Ann"});
            if (holders.count("observer")) CHECK(holders.at("observer") == QStringList{"Hal", "Ida"});
        }
        CHECK(holdersIn(starts[5]).at("observer") == QStringList{"Hal", "Ida"}); // they speak at the close
        CHECK(holdersIn(starts[4]).at("scribe") == QStringList{"Fay"});
    }
}

TEST_CASE("a silent phase and roles away from the circle reach the event stream and the terminal")
{
    const PaletSandbox sandbox;
    QDir{}.mkpath(sandbox.userMethods());
    writeFile(sandbox, "data/palet/methods/quiet-round.yaml", silentMethod);

    const auto starts = phaseStarts(runEvents(sandbox, {"run", "--method", "quiet-round", "--members", "Ann,Bo,Cas,Dee,Eva"}));
    REQUIRE(starts.size() == 4);

    CHECK(starts[0]["presence"]["silent"] == false);
    CHECK(starts[0]["presence"]["absent"].toArray().isEmpty());

    const QJsonObject write = starts[1];
    CHECK(write["presence"]["silent"] == true);
    for (const auto& instruction : write["instructions"].toArray()) CHECK(instruction.toObject()["speaks"] == false);

    const QJsonObject discuss = starts[2];
    const QJsonArray turned = discuss["presence"]["back_turned"].toArray();
    REQUIRE(turned.size() == 1);
    CHECK(turned[0]["role"] == "case-owner");
    CHECK(membersOf(turned[0]["members"]) == QStringList{"Ann"});
    for (const auto& value : discuss["instructions"].toArray()) {
        const QJsonObject instruction = value.toObject();
        CHECK(instruction["presence"] == (instruction["role"] == "case-owner" ? "back-turned" : "in-circle"));
    }

    const QJsonObject conclude = starts[3];
    const QJsonArray away = conclude["presence"]["absent"].toArray();
    REQUIRE(away.size() == 1);
    CHECK(membersOf(away[0]["members"]) == QStringList{"Bo", "Cas", "Dee", "Eva"});
    for (const auto& value : conclude["instructions"].toArray())
        if (const QJsonObject instruction = value.toObject(); instruction["role"] == "adviser") {
            CHECK(instruction["presence"] == "absent");
            CHECK(instruction["speaks"] == false);
        }

    // The plain lines of the terminal say the same.
    const auto plain = sandbox.run({"run", "--method", "quiet-round", "--members", "Ann,Bo,Cas,Dee,Eva", "--speed", "20000"});
    REQUIRE(plain.exitCode == 0);
    CHECK(plain.out.contains("Who speaks: nobody, this phase is silent"));
    CHECK(plain.out.contains("Back turned to the group: Case owner (Ann)"));
    CHECK(plain.out.contains("Out of the room: Adviser (Bo, Cas, Dee, Eva)"));
}

TEST_CASE("the handout and the JSON of a format 2 method show counted roles, silence, absence and an open group")
{
    const PaletSandbox sandbox;
    QDir{}.mkpath(sandbox.userMethods());
    writeFile(sandbox, "data/palet/methods/quiet-round.yaml", silentMethod);

    const auto handout = sandbox.run({"show", "quiet-round", "--lang", "en"});
    INFO(handout.err.toStdString());
    REQUIRE(handout.exitCode == 0);
    CHECK(handout.out.contains("Silence: nobody speaks"));
    CHECK(handout.out.contains("Back turned to the group: Case owner"));
    CHECK(handout.out.contains("Out of the room: Adviser"));
    CHECK(handout.out.contains("group of 4+"));

    const auto dutch = sandbox.run({"show", "kollegiale-beratung", "--lang", "nl"});
    REQUIRE(dutch.exitCode == 0);
    CHECK(dutch.out.contains("(adviser, 3 tot 4)"));

    const auto json = sandbox.run({"show", "kollegiale-beratung", "--json"});
    REQUIRE(json.exitCode == 0);
    const QJsonObject method = json.json().object();
    bool sawAdviser = false;
    for (const auto& value : method["roles"].toArray())
        if (const QJsonObject role = value.toObject(); role["id"] == "adviser") {
            sawAdviser = true;
            CHECK(role["holders"] == "counted");
            CHECK(role["holders_min"] == 3);
            CHECK(role["holders_max"] == 4);
        }
    CHECK(sawAdviser);

    const auto quiet = sandbox.run({"show", "quiet-round", "--json"}).json().object();
    CHECK(quiet["group_size"]["open"] == true);
    CHECK(quiet["phases"][1]["silent"] == true);
    CHECK(quiet["phases"][2]["back_turned"].toArray() == QJsonArray{"case-owner"});
    CHECK(quiet["phases"][3]["absent"].toArray() == QJsonArray{"adviser"});

    const auto listed = sandbox.run({"list", "--group-size", "25"});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.contains("quiet-round"));
    CHECK(listed.out.contains("4+"));
}

TEST_CASE("optional phases: left out or taken in on the command line, and marked in the handout")
{
    const PaletSandbox sandbox;
    QDir{}.mkpath(sandbox.userMethods());
    QString yaml = silentMethod;
    yaml.replace("    back_turned: [case-owner]\n", "    back_turned: [case-owner]\n    optional: included\n");
    yaml.replace("    absent: [adviser]\n", "    absent: [adviser]\n    optional: left-out\n");
    writeFile(sandbox, "data/palet/methods/quiet-round.yaml", yaml.toUtf8());
    const QStringList run{"run", "--method", "quiet-round", "--members", "Ann,Bo,Cas,Dee"};
    const auto idsOf = [](const QList<QJsonObject>& starts) {
        QStringList ids;
        for (const QJsonObject& start : starts) ids << start["phase"]["id"].toString();
        return ids;
    };

    CHECK(idsOf(phaseStarts(runEvents(sandbox, run))) == QStringList{"tell", "write", "discuss"});
    CHECK(idsOf(phaseStarts(runEvents(sandbox, run + QStringList{"--leave-out", "discuss", "--take-in", "conclude"})))
          == QStringList{"tell", "write", "conclude"});

    const auto wrong = sandbox.run(run + QStringList{"--leave-out", "write"});
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains("phase 'write' of quiet-round always runs; its optional phases are discuss, conclude"));

    const auto handout = sandbox.run({"show", "quiet-round", "--lang", "en"});
    REQUIRE(handout.exitCode == 0);
    CHECK(handout.out.contains("Optional: runs unless the facilitator leaves it out"));
    CHECK(handout.out.contains("Optional: only when the facilitator chooses it"));
    CHECK(handout.out.contains("Total: 20 minutes"));
}

TEST_CASE("a method's texts in the locale's language: Kollegiale Beratung's German names, the interface in English")
{
    PaletSandbox sandbox;
    sandbox.set("LANG", "de_DE.UTF-8");

    const auto handout = sandbox.run({"show", "kollegiale-beratung"});
    INFO(handout.err.toStdString());
    REQUIRE(handout.exitCode == 0);
    CHECK(handout.out.contains("Fallerzähler"));
    CHECK(handout.out.contains("Spontanerzählung"));
    CHECK(handout.out.contains("Roles"));             // Palet's own words stay English
    CHECK(handout.out.contains("Without preparation")); // a text without German falls back to English

    const auto starts = phaseStarts(runEvents(sandbox, {"run", "--method", "kollegiale-beratung", "--members", "Ann,Bo,Cas,Dee,Eva"}));
    REQUIRE(starts.size() == 6);
    CHECK(starts[1]["phase"]["name"] == "Spontanerzählung");
    CHECK(starts[1]["instructions"][0]["role_name"] == "Fallerzähler");

    const auto english = sandbox.run({"show", "kollegiale-beratung", "--lang", "en"});
    REQUIRE(english.exitCode == 0);
    CHECK(english.out.contains("Spontaneous account"));
    CHECK(english.out.contains("Case owner (case-owner"));
    CHECK_FALSE(english.out.contains("Fallerzähler (case-owner"));
}
