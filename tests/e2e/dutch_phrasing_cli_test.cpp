// The phrasing a trial run in Dutch found wrong, through the real binary on each back-end, each
// beside its English: a count of one in the singular, a pause over time that says so (never
// "-0:06 left"), a round's takeaway by its case, the quit question's j, a method's and a block's
// Dutch, one word per role, and the length of an unusual meeting in hours and minutes.

#include "records_sandbox.hpp"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTime>

using namespace palet::test;

namespace {

void makeGroup(const RecordsSandbox& sandbox, const QStringList& extra = {})
{
    REQUIRE(sandbox.run(QStringList{"group", "create", "Zorgteam"} + extra).exitCode == 0);
    REQUIRE(sandbox.run({"group", "add-member", "Zorgteam", "Anna", "Bram", "Carla", "Daan", "Eva", "Fleur"}).exitCode == 0);
}

QString writeScript(const RecordsSandbox& sandbox, const QString& name, const QByteArray& text)
{
    QFile file{sandbox.path(name)};
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
    return file.fileName();
}

} // namespace

TEST_CASE("a count of one is singular in Dutch: the first meeting with a guide, one minute short")
{
    RecordsSandbox sandbox;
    sandbox.set("LANG", "nl_NL.UTF-8");
    const auto created = sandbox.run({"group", "create", "Zorgteam", "--guided-meetings", "1"});
    CHECK(created.out.contains("De eerste bijeenkomst met begeleiding, daarna zelfstandig."));
    CHECK_FALSE(created.out.contains("eerste 1"));
    REQUIRE(sandbox.run({"group", "add-member", "Zorgteam", "Anna", "Bram", "Carla", "Daan", "Eva", "Fleur"}).exitCode == 0);

    // The ten-step method needs at least 157 minutes with the blocks; the meeting has 156.
    REQUIRE(sandbox.run({"meeting", "new", "Zorgteam", "--date", "2025-10-01", "--start", "13:00", "--end", "15:36"}).exitCode == 0);
    REQUIRE(sandbox.run({"case", "add", "Zorgteam@2025-10-01", "--owner", "Anna", "--label", "Eerste"}).exitCode == 0);
    const auto dutch = sandbox.run({"plan", "Zorgteam@2025-10-01", "--method", "1=ten-step-method"});
    CHECK(dutch.out.contains("duurt 156 minuten (13:00–15:36): 1 minuut te kort"));
    sandbox.set("LANG", "en_GB.UTF-8");
    const auto english = sandbox.run({"plan", "Zorgteam@2025-10-01", "--method", "1=ten-step-method"});
    CHECK(english.out.contains("the meeting has 156 (13:00–15:36): 1 minute short"));
}

TEST_CASE("a pause over time says how far over, never a negative time left, in Dutch and English")
{
    RecordsSandbox sandbox;
    // The first phase has 3 minutes; the pause comes half a minute after them (or later on a busy
    // machine).
    const QString script = writeScript(sandbox, "pause.script", "3:30 space\n3:40 space\n");
    for (const QString& language : {QString{"nl"}, QString{"en"}}) {
        const auto run = sandbox.run({"run", "--method", "peer-consultation", "--members", "Ann,Bo,Cas,Dee", "--lang", language,
                                      "--script", script, "--speed", "600", "--journal", sandbox.path(language + ".jsonl")});
        INFO(run.out.toStdString());
        REQUIRE(run.exitCode == 0);
        if (language == "nl") {
            CHECK(run.out.contains(QRegularExpression{R"(Gepauzeerd, \d+:\d\d over tijd bij Probleem introduceren)"}));
            CHECK(run.out.contains(QRegularExpression{R"(Hervat na een pauze van 0:\d\d, \d+:\d\d over tijd bij Probleem introduceren)"}));
            CHECK_FALSE(run.out.contains("nog -"));
        } else {
            CHECK(run.out.contains(QRegularExpression{R"(Paused, \d+:\d\d over time in Introduce the issue)"}));
            CHECK(run.out.contains(QRegularExpression{R"(Resumed after a pause of 0:\d\d, \d+:\d\d over time in Introduce the issue)"}));
        }
        CHECK_FALSE(run.out.contains(QRegularExpression{R"(-\d+:\d\d (left|voor))"}));
        CHECK_FALSE(run.out.contains(QRegularExpression{R"(nog -\d)"}));
    }
}

TEST_CASE("the Dutch summary gives each round's takeaway by its case and owner")
{
    RecordsSandbox sandbox;
    makeGroup(sandbox);
    REQUIRE(sandbox.run({"meeting", "new", "Zorgteam", "--date", "2025-03-12", "--start", "13:00", "--end", "16:00"}).exitCode == 0);
    REQUIRE(sandbox.run({"case", "add", "Zorgteam@2025-03-12", "--owner", "Anna", "--label", "Grenzen"}).exitCode == 0);
    REQUIRE(sandbox.run({"plan", "Zorgteam@2025-03-12", "--method", "1=peer-consultation", "--save"}).exitCode == 0);
    // The takeaway is typed a minute into the round.
    const QJsonArray lines = sandbox.run({"plan", "Zorgteam@2025-03-12", "--json"}).json().object()["lines"].toArray();
    int roundStart = -1;
    for (const QJsonValue& line : lines)
        if (line["case"].isObject()) roundStart = QTime::fromString("13:00", "HH:mm").secsTo(QTime::fromString(line["start"].toString(), "HH:mm")) / 60;
    REQUIRE(roundStart > 0);
    const QString script = writeScript(sandbox, "takeaway.script",
                                       QString("%1:00 takeaway: Eerst het team vragen\n").arg(roundStart + 1).toUtf8());
    sandbox.set("LANG", "nl_NL.UTF-8");
    // Slow enough that a busy machine still plays the takeaway within its round (half an hour of
    // the meeting's clock is 0.6 s here).
    const auto run = sandbox.run({"run", "Zorgteam@2025-03-12", "--script", script, "--speed", "3000", "--auto"});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains("Opbrengst casus 1 (Anna): Eerst het team vragen"));
    CHECK_FALSE(run.out.contains("Opbrengst van "));

    // The report speaks Dutch too: statuses, and who held which role in each part.
    const QString report = sandbox.run({"report", "Zorgteam@2025-03-12"}).out;
    CHECK(report.startsWith("Verslag van Zorgteam@2025-03-12, 13:00–16:00 (gehouden)\n"));
    CHECK(report.contains("casus 1 'Grenzen' (Anna): behandeld, met peer-consultation"));
    CHECK(report.contains(QRegularExpression{R"(  Rollen\n)"}));
    CHECK(report.contains(QRegularExpression{R"(procesbegeleider: [^,]+, tijdbewaker: \w+)"}));
}

TEST_CASE("methods and blocks in Dutch: Actieleren, the choosing block's phrasing, one word per role")
{
    RecordsSandbox sandbox;
    sandbox.set("LANG", "nl_NL.UTF-8");
    const auto listed = sandbox.run({"list"});
    CHECK(listed.out.contains("Actieleren (action learning)"));
    CHECK_FALSE(listed.out.contains("Actieleerset"));
    CHECK(sandbox.run({"show", "block-choosing"}).out.contains("Wie zijn vraag niet gekozen ziet, hoort waar die wel terecht kan."));

    // The facilitator is the procesbegeleider and the scribe the notulist in every method, but where a
    // method's own tradition names the role (a Balint group's leader, an action learning set's).
    QStringList ids;
    for (const QJsonValue& method : sandbox.run({"list", "--json"}).json().array()) ids << method["id"].toString();
    REQUIRE(ids.contains("kollegiale-beratung"));
    REQUIRE(ids.contains("troika-consulting"));
    for (const QString& id : ids) {
        const QString shown = sandbox.run({"show", id}).out;
        INFO(id.toStdString());
        // A role's name heads its lines and names who may speak.
        const QRegularExpression otherWord{QString::fromUtf8(R"((^|\n|: |, )\s*(Gespreksleider|Moderator|Secretaris|Cliënt|Consultant|Deelnemer)\b)")};
        CHECK_FALSE(shown.contains(otherWord));
    }
    CHECK(sandbox.run({"show", "kollegiale-beratung"}).out.contains("Procesbegeleider"));
    CHECK(sandbox.run({"show", "troika-consulting"}).out.contains("Inbrenger"));
}

TEST_CASE("an unusual meeting's length is said in hours and minutes")
{
    RecordsSandbox sandbox;
    makeGroup(sandbox);
    const auto hour = sandbox.run({"meeting", "new", "Zorgteam", "--date", "2025-03-12", "--start", "13:00", "--end", "14:00"});
    CHECK(hour.err.contains("the meeting lasts 1 h; intervision meetings usually take 2.5 to 3 hours"));
    const auto long_ = sandbox.run({"meeting", "new", "Zorgteam", "--date", "2025-03-13", "--start", "08:00", "--end", "16:30"});
    CHECK(long_.exitCode == 1);
    CHECK(long_.err.contains("a meeting of 8 h 30 min is longer than a working day (8 h)"));
    sandbox.set("LANG", "nl_NL.UTF-8");
    const auto dutch = sandbox.run({"meeting", "new", "Zorgteam", "--date", "2025-03-14", "--start", "13:00", "--end", "14:30"});
    CHECK(dutch.err.contains("de bijeenkomst duurt 1 u 30 min; een intervisiebijeenkomst duurt meestal 2,5 tot 3 uur"));
    // A meeting's status in Dutch, as the help says.
    CHECK(sandbox.run({"meeting", "new", "Zorgteam", "--date", "2025-01-15", "--start", "13:00", "--end", "16:00", "--status", "gehouden"})
              .exitCode == 0);
    const auto wrong = sandbox.run({"meeting", "new", "Zorgteam", "--date", "2025-01-16", "--start", "13:00", "--end", "16:00", "--status", "gehoudn"});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains("'gehouden'"));
    // Listed in Dutch, not by their ids.
    for (const QStringList& listing : {QStringList{"meeting", "list", "Zorgteam"}, QStringList{"group", "show", "Zorgteam"}}) {
        const QString shown = sandbox.run(listing).out;
        CHECK(shown.contains("  gepland  "));
        CHECK(shown.contains("  gehouden  "));
        CHECK_FALSE(shown.contains(QRegularExpression{R"(\b(planned|held)\b)"}));
    }
}
