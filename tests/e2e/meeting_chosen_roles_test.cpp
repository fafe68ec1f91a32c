// A meeting's agenda names every holder, so methods that choose a role during the method (format
// 2's chosen_in) run in a meeting without their choosing phase and without a choice: the incident
// method treats the case chosen at the inventory, with its owner; Balint is led by the part's chair.

#include "records_sandbox.hpp"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace palet::test;

namespace {

const QString meeting = "Balintgroep@2025-05-14";

QJsonObject parsedLine(const QString& line) { return QJsonDocument::fromJson(line.toUtf8()).object(); }

} // namespace

TEST_CASE("in a meeting the agenda names the chosen roles' holders: no choosing phase, no choice")
{
    const RecordsSandbox sandbox;
    REQUIRE(sandbox.run({"group", "create", "Balintgroep", "--guided-meetings", "0"}).exitCode == 0);
    REQUIRE(sandbox.run({"group", "add-member", "Balintgroep", "Anna", "Bram", "Cor", "Dirk", "Eva", "Fenna"}).exitCode == 0);
    REQUIRE(sandbox.run({"meeting", "new", "Balintgroep", "--date", "2025-05-14", "--start", "09:00", "--end", "12:00"}).exitCode == 0);
    REQUIRE(sandbox.run({"case", "add", meeting, "--owner", "Cor", "--label", "Een lastig gesprek"}).exitCode == 0);
    REQUIRE(sandbox.run({"case", "add", meeting, "--owner", "Eva", "--label", "Een patiënt die blijft hangen"}).exitCode == 0);
    const auto planned = sandbox.run({"plan", meeting, "--cases", "2", "--method", "1=incident-method", "--method", "2=balint-method", "--save"});
    INFO(planned.out.toStdString() << planned.err.toStdString());
    REQUIRE(planned.exitCode == 0);

    const auto run = sandbox.run({"run", meeting, "--speed", "20000", "--auto", "--events", "json", "--seed", "5"});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QStringList lines = run.out.split('\n', Qt::SkipEmptyParts);
    CHECK_FALSE(run.out.contains("\"event\":\"role-chosen\""));
    const QJsonObject plan = parsedLine(lines.first())["plan"].toObject();
    CHECK(plan["choices"].toArray().isEmpty());

    int rounds = 0;
    for (const QJsonValue& value : plan["parts"].toArray()) {
        const QJsonObject part = value.toObject();
        if (part["case"].isNull()) continue;
        ++rounds;
        QString owner;
        QString chair;
        for (const QJsonValue& role : part["roles"].toArray()) {
            if (role.toObject()["id"] == "case-owner") owner = role.toObject()["members"].toArray().at(0).toString();
            if (role.toObject()["id"] == "facilitator") chair = role.toObject()["members"].toArray().at(0).toString();
        }
        const int first = part["first_phase"].toInt();
        QStringList phaseIds; // the round's, without the phase in which the method would choose
        for (int index = first; index < first + part["phase_count"].toInt(); ++index)
            phaseIds << plan["phases"].toArray().at(index).toObject()["id"].toString();
        CHECK_FALSE(phaseIds.contains("choose"));
        CHECK_FALSE(phaseIds.contains("choose-leader"));
        // The round's first phase names the holders the agenda gave, from the start.
        for (const QString& line : lines) {
            const QJsonObject event = parsedLine(line);
            if (event["event"] != "phase-started" || event["phase"].toObject()["index"].toInt() != first) continue;
            for (const QJsonValue& instruction : event["instructions"].toArray()) {
                const QJsonObject one = instruction.toObject();
                if (one["role"] == "case-owner") CHECK(one["members"].toArray() == QJsonArray{owner});
                if (one["role"] == "facilitator") CHECK(one["members"].toArray() == QJsonArray{chair});
            }
        }
        if (part["method"] == "incident-method") {
            CHECK(owner == "Cor");
            CHECK(plan["phases"].toArray().at(first).toObject()["id"] == "sketch");
        } else {
            CHECK(part["method"] == "balint-method");
            CHECK(owner == "Eva");
            CHECK_FALSE(chair.isEmpty());
            CHECK(chair != "Eva");
            CHECK(plan["phases"].toArray().at(first).toObject()["id"] == "present");
        }
    }
    CHECK(rounds == 2);
}
