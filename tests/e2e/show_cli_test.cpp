#include "palet_process.hpp"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>

using namespace palet::test;

TEST_CASE("palet show --json gives phases with minutes and what each role does")
{
    const PaletSandbox sandbox;
    const auto run = sandbox.run({"show", "peer-consultation", "--json"});
    REQUIRE(run.exitCode == 0);
    const QJsonObject method = run.json().object();
    CHECK(method["id"] == "peer-consultation");
    CHECK(method["minutes"].toObject() == QJsonObject{{"min", 30}, {"max", 30}});
    CHECK(method["origin"].toObject()["kind"] == "yaml");

    QStringList roleIds;
    for (const auto& role : method["roles"].toArray()) roleIds << role.toObject()["id"].toString();
    CHECK(roleIds == QStringList{"case-owner", "facilitator", "scribe", "adviser"});

    const QJsonArray phases = method["phases"].toArray();
    QList<int> minutes;
    for (const auto& phase : phases) minutes << phase.toObject()["minutes"].toObject()["min"].toInt();
    CHECK(minutes == QList<int>{3, 10, 10, 2, 5});
    const QJsonObject brainstorm = phases[2].toObject();
    CHECK(brainstorm["id"] == "brainstorm");
    CHECK(brainstorm["instructions"].toObject()["case-owner"].toString().contains("Do not respond"));
    CHECK_FALSE(brainstorm["speakers"].toArray().contains("case-owner"));
    CHECK(brainstorm["starts_at"].toObject()["min"] == 13);
}

TEST_CASE("palet show speaks Dutch or English")
{
    const PaletSandbox sandbox;
    const auto dutch = sandbox.run({"show", "peer-consultation", "--lang", "nl"});
    REQUIRE(dutch.exitCode == 0);
    CHECK(dutch.out.contains("Collegiaal consult in vijf stappen"));
    CHECK(dutch.out.contains("Reageer niet en verdedig je niet."));
    const auto english = sandbox.run({"show", "peer-consultation", "--lang", "en"});
    CHECK(english.out.contains("Five-step peer consultation"));
    CHECK(english.out.contains("Total: 30 minutes"));
    CHECK(english.out.contains("Move! Organizational Learning"));
}

TEST_CASE("palet show wraps its text to the terminal width")
{
    PaletSandbox sandbox;
    sandbox.set("COLUMNS", "60");
    const auto run = sandbox.run({"show", "peer-consultation"});
    REQUIRE(run.exitCode == 0);
    for (const QString& line : run.out.split('\n'))
        if (!line.startsWith("From ")) CHECK(line.size() <= 60);
}

TEST_CASE("palet show gives minutes for the group size asked")
{
    const PaletSandbox sandbox;
    const auto run = sandbox.run({"show", "peer-consultation", "--group-size", "4", "--json"});
    REQUIRE(run.exitCode == 0);
    CHECK(run.json().object()["minutes_for_group_size"] == 4);
    const auto outside = sandbox.run({"show", "peer-consultation", "--group-size", "9"});
    CHECK(outside.exitCode == 0);
    CHECK(outside.err.contains("meant for 4–6 members"));
}

TEST_CASE("palet show of an unknown id fails with status 1 and a suggestion")
{
    const PaletSandbox sandbox;
    const auto run = sandbox.run({"show", "peer-consultaton"});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains("no method with id 'peer-consultaton'; did you mean 'peer-consultation'?"));
    CHECK(sandbox.run({"show"}).exitCode == 2);
    CHECK(sandbox.run({"show", "a", "b"}).exitCode == 2);
}

TEST_CASE("palet show prints the handout as Markdown or HTML, in Dutch or English")
{
    const PaletSandbox sandbox;
    const auto markdown = sandbox.run({"show", "peer-consultation", "--format", "md", "--lang", "nl"});
    REQUIRE(markdown.exitCode == 0);
    CHECK(markdown.out.startsWith("# Collegiaal consult in vijf stappen"));
    CHECK(markdown.out.contains("## Fasen"));
    const auto html = sandbox.run({"show", "incident-method", "--format", "html", "--lang", "en"});
    REQUIRE(html.exitCode == 0);
    CHECK(html.out.startsWith("<!DOCTYPE html>"));
    CHECK(html.out.contains("<html lang=\"en\">"));
    const auto bad = sandbox.run({"show", "peer-consultation", "--format", "pdf"});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains("--format must be text, md or html"));
}
