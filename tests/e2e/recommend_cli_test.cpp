#include "palet_process.hpp"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>

using namespace palet::test;

TEST_CASE("palet recommend ranks the built-in palette with reasons and says what it left out")
{
    const PaletSandbox sandbox;
    const QStringList arguments{"recommend", "--group-size", "5", "--minutes", "30", "--styles", "doener=2,beslisser=2",
                                "--problem", "work-problem", "--json"};
    const auto run = sandbox.run(arguments);
    REQUIRE(run.exitCode == 0);
    const QJsonObject result = run.json().object();
    const QJsonArray ranked = result["ranked"].toArray();
    REQUIRE_FALSE(ranked.isEmpty());
    // The seed's 30-minute consultation is made for exactly this.
    CHECK(ranked[0].toObject()["id"] == "peer-consultation");
    CHECK(ranked[0].toObject()["rank"] == 1);
    CHECK(ranked[0].toObject()["reasons"].toArray().contains("30 of your 30 minutes"));
    for (const auto& value : ranked) CHECK(value.toObject()["minutes"].toObject()["min"].toInt() <= 30);
    bool incidentLeftOut = false;
    for (const auto& value : result["left_out"].toArray()) {
        const QJsonObject left = value.toObject();
        CHECK_FALSE(left["reasons"].toArray().isEmpty());
        if (left["id"] == "incident-method") incidentLeftOut = true;
    }
    CHECK(incidentLeftOut);
    CHECK(result["group"].toObject()["styles"].toObject()["doener"] == 2);
    CHECK(sandbox.run(arguments).out == run.out); // deterministic
}

TEST_CASE("palet recommend prints a readable ranking")
{
    const PaletSandbox sandbox;
    const auto run = sandbox.run({"recommend", "--group-size", "6", "--minutes", "60", "--top", "3"});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.startsWith("For 6 people and 60 minutes; a new group, no trained facilitator:"));
    CHECK(run.out.contains("\n1. "));
    CHECK(run.out.contains("\n3. "));
    CHECK_FALSE(run.out.contains("\n4. "));
    CHECK(run.out.contains("Left out:"));
    CHECK(run.out.contains("gossip-method: needs an experienced group — yours is new"));
}

TEST_CASE("palet recommend refuses a wrong command line")
{
    const PaletSandbox sandbox;
    for (const QStringList& arguments : {QStringList{"recommend"}, QStringList{"recommend", "--group-size", "6"},
                                         QStringList{"recommend", "--group-size", "6", "--minutes", "x"},
                                         QStringList{"recommend", "--group-size", "6", "--minutes", "60", "--styles", "droomer=2"},
                                         QStringList{"recommend", "--group-size", "6", "--minutes", "60", "--experience", "old"}}) {
        const auto run = sandbox.run(arguments);
        INFO(arguments.join(' ').toStdString());
        CHECK(run.exitCode == 2);
        CHECK_FALSE(run.err.isEmpty());
    }
}
