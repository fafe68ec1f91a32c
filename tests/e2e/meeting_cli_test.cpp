// palet meeting, through the real binary, on each back-end.

#include "records_sandbox.hpp"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>

using namespace palet::test;

namespace {

void makeGroup(const RecordsSandbox& sandbox)
{
    REQUIRE(sandbox.run({"group", "create", "Zorgteam", "--guided-meetings", "4"}).exitCode == 0);
}

PaletRun plan(const RecordsSandbox& sandbox, const QString& date, const QString& start, const QString& end,
              const QStringList& more = {})
{
    return sandbox.run(QStringList{"meeting", "new", "Zorgteam", "--date", date, "--start", start, "--end", end} + more);
}

} // namespace

TEST_CASE("palet meeting new plans a meeting and says how to name it")
{
    const RecordsSandbox sandbox;
    makeGroup(sandbox);
    const auto planned = plan(sandbox, "2025-03-12", "09:30", "12:30", {"--place", "Buurthuis De Kern", "--facilitator", "Els"});
    REQUIRE(planned.exitCode == 0);
    CHECK(planned.out == "Planned Zorgteam@2025-03-12, 09:30–12:30 at Buurthuis De Kern, guided by Els.\n"
                         "It is guided meeting 1 of 4.\n"
                         "Bring in cases with: palet case add \"Zorgteam@2025-03-12\" --owner NAME --label TEXT\n");
    const QJsonObject json = plan(sandbox, "2025-06-11", "13:00", "16:00", {"--json"}).json().object();
    CHECK(json == QJsonObject{{"reference", "Zorgteam@2025-06-11"},
                              {"group", "Zorgteam"},
                              {"date", "2025-06-11"},
                              {"start", "13:00"},
                              {"end", "16:00"},
                              {"place", ""},
                              {"facilitator", ""},
                              {"guide", QJsonValue{}},
                              {"status", "planned"}});
}

TEST_CASE("palet meeting new refuses dates and times in the wrong form with status 2")
{
    const RecordsSandbox sandbox;
    makeGroup(sandbox);
    const auto date = plan(sandbox, "12-03-2025", "09:30", "12:30");
    CHECK(date.exitCode == 2);
    CHECK(date.err.startsWith("palet meeting new: --date must be a date as YYYY-MM-DD, e.g. 2025-03-12, not '12-03-2025'"));
    const auto time = plan(sandbox, "2025-03-12", "9.30", "12:30");
    CHECK(time.exitCode == 2);
    CHECK(time.err.contains("--start must be a time as HH:MM (24 hours), e.g. 09:30, not '9.30'"));
    CHECK(plan(sandbox, "2025-02-30", "09:30", "12:30").exitCode == 2);
    CHECK(plan(sandbox, "2025-03-12", "09:30", "24:00").exitCode == 2);
    const auto backwards = plan(sandbox, "2025-03-12", "12:30", "09:30");
    CHECK(backwards.exitCode == 2);
    CHECK(backwards.err.contains("the meeting must end after it starts"));
    CHECK(sandbox.run({"meeting", "new", "Zorgteam", "--date", "2025-03-12"}).exitCode == 2);
    CHECK(plan(sandbox, "2025-03-12", "09:30", "12:30", {"--status", "done"}).exitCode == 2);
    CHECK(sandbox.run({"meeting", "list", "Zorgteam", "--json"}).json().array().isEmpty());
}

TEST_CASE("palet meeting new refuses a meeting that overlaps another of the group")
{
    const RecordsSandbox sandbox;
    makeGroup(sandbox);
    REQUIRE(sandbox.run({"group", "create", "Coaches"}).exitCode == 0);
    REQUIRE(plan(sandbox, "2025-03-12", "09:30", "12:30").exitCode == 0);
    const auto overlap = plan(sandbox, "2025-03-12", "12:00", "14:00");
    CHECK(overlap.exitCode == 1);
    CHECK(overlap.err == "palet meeting new: Zorgteam already meets on 2025-03-12 from 09:30 to 12:30; "
                         "meetings of one group cannot overlap\n");
    CHECK(plan(sandbox, "2025-03-12", "12:30", "14:00").exitCode == 0);
    CHECK(sandbox.run({"meeting", "new", "Coaches", "--date", "2025-03-12", "--start", "09:30", "--end", "12:30"}).exitCode == 0);
    const auto unknown = sandbox.run({"meeting", "new", "Zorgteem", "--date", "2025-03-12", "--start", "09:30", "--end", "12:30"});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains("did you mean 'Zorgteam'?"));
}

TEST_CASE("palet meeting list names each meeting, with its start when the group meets twice that day")
{
    const RecordsSandbox sandbox;
    makeGroup(sandbox);
    CHECK(sandbox.run({"meeting", "list", "Zorgteam"}).out.startsWith("Zorgteam has no meetings yet."));
    REQUIRE(plan(sandbox, "2025-06-11", "09:30", "12:30", {"--facilitator", "Els", "--place", "De Kern"}).exitCode == 0);
    REQUIRE(plan(sandbox, "2025-03-12", "09:30", "12:00", {"--status", "held"}).exitCode == 0);
    REQUIRE(plan(sandbox, "2025-03-12", "13:00", "15:00", {"--status", "cancelled"}).exitCode == 0);
    const auto listed = sandbox.run({"meeting", "list", "Zorgteam"});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out == "MEETING                    TIME         STATUS     CASES  PLACE (GUIDE)\n"
                        "Zorgteam@2025-03-12@09:30  09:30–12:00  held       0\n"
                        "Zorgteam@2025-03-12@13:00  13:00–15:00  cancelled  0\n"
                        "Zorgteam@2025-06-11        09:30–12:30  planned    0      De Kern (Els)\n");
    const QJsonArray json = sandbox.run({"meeting", "list", "Zorgteam", "--json"}).json().array();
    REQUIRE(json.size() == 3);
    CHECK(json[0].toObject()["reference"] == "Zorgteam@2025-03-12@09:30");
    CHECK(json[0].toObject()["status"] == "held");
    CHECK(json[2].toObject()["cases"] == 0);
}
