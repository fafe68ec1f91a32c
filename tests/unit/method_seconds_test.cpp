// Times finer than a minute (format 2): 7.5, "7:30" and 90s in fixed times, ranges and per
// participant; their refusal in format 1; clear messages for malformed times; sharing, planning
// and writing them back.

#include "catalog/method_script_writer.hpp"
#include "catalog/yaml_method_reader.hpp"
#include "method_yaml_support.hpp"
#include "planning/minute_sharing.hpp"
#include "plugins/plugin_wire.hpp"
#include "session/run_event_json.hpp"
#include "session/session_plan.hpp"
#include "text/method_figures.hpp"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>

#include <string>
#include <vector>

using namespace palet;

namespace {

// Line 14 holds the first phase's minutes at column 14 ("    minutes: " is 13 characters).
const std::string timedMethod = R"(format: 2
id: timed
version: 1.0.0
name: {en: Timed}
group_size: {min: 3, max: 8}
roles:
  - id: case-owner
    name: {en: Case owner}
    holders: one
  - id: adviser
    name: {en: Adviser}
    holders: everyone-else
phases:
  - id: diagnosis
    name: {en: Diagnosis}
    minutes: 7.5
    instructions:
      adviser: {en: Diagnose.}
  - id: solutions
    name: {en: Solutions}
    minutes: "7:30"
    instructions:
      adviser: {en: Propose.}
  - id: check-in
    name: {en: Check-in}
    minutes: 90s
    instructions:
      adviser: {en: Say how you are.}
  - id: sharing
    name: {en: Sharing}
    minutes: {min: 2.5, max: "5:00"}
    instructions:
      adviser: {en: Share.}
  - id: round
    name: {en: Round}
    minutes: {per_participant: 30s, counting: adviser, min: 2, max: 5}
    instructions:
      adviser: {en: One sentence each.}
)";

std::string withMinutes(const std::string& minutes) { return replaced(timedMethod, "minutes: 7.5", "minutes: " + minutes); }

std::string firstError(const std::string& yaml)
{
    const auto errors = errorsOf(yaml);
    return errors.empty() ? std::string{"(no error)"} : errors.front();
}

} // namespace

TEST_CASE("format 2 reads 7.5, \"7:30\" and 90s in fixed times, ranges and per participant")
{
    const auto read = readMethodYaml(timedMethod, "m.yaml");
    for (const auto& error : read.errors) UNSCOPED_INFO(error.toString());
    REQUIRE(read.method);
    const auto& phases = read.method->phases;
    CHECK(phases[0].minutes == PhaseDuration::fixedSeconds(450));
    CHECK(phases[1].minutes == PhaseDuration::fixedSeconds(450));
    CHECK(phases[2].minutes == PhaseDuration::fixedSeconds(90));
    CHECK(phases[3].minutes == PhaseDuration::rangeSeconds(150, 300));
    CHECK(phases[4].minutes.kind == PhaseDuration::Kind::perParticipant);
    CHECK(phases[4].minutes.perParticipantSeconds == 30);
    CHECK(phases[4].minutes.minSeconds == 120);
    CHECK(phases[4].minutes.maxSeconds == 300);
    // Six members: five advisers at 30 seconds make 2½ minutes, within 2 to 5.
    CHECK(phases[4].minutes.secondsFor(6) == SecondRange{150, 150});
    CHECK(phases[4].minutes.secondsFor(3) == SecondRange{120, 120}); // two advisers: raised to 2 minutes
    // 450 + 450 + 90 + 150..300 + 150 seconds: 21½ to 24 minutes, rounded up to whole ones.
    CHECK(read.method->phaseSecondsFor(6) == SecondRange{1290, 1440});
    CHECK(read.method->minutesFor(6) == MinuteRange{22, 24});
}

TEST_CASE("the notations of a time: fractions, minutes and seconds, seconds")
{
    const auto seconds = [](const std::string& minutes) {
        const auto read = readMethodYaml(withMinutes(minutes), "m.yaml");
        return read.method ? read.method->phases[0].minutes.minSeconds : -1;
    };
    CHECK(seconds("7") == 420);
    CHECK(seconds("7.25") == 435);
    CHECK(seconds("0.5") == 30);
    CHECK(seconds("7:05") == 425);
    CHECK(seconds("7:30") == 450); // unquoted as well as quoted
    CHECK(seconds("\"90s\"") == 90);
    CHECK(seconds("90 s") == 90);
    CHECK(seconds("240:00") == 240 * 60);
    CHECK(seconds("1s") == 1);
}

TEST_CASE("a malformed time gets a message that names the place and the way to write it")
{
    CHECK(firstError(withMinutes("7:75")) ==
          "m.yaml:16:14: minutes: in '7:75' the seconds after the colon must be two digits from 00 to 59, as in \"7:30\"");
    CHECK(firstError(withMinutes("7:5")) ==
          "m.yaml:16:14: minutes: in '7:5' the seconds after the colon must be two digits from 00 to 59, as in \"7:30\"");
    CHECK(firstError(withMinutes("-5s")) == "m.yaml:16:14: minutes: a time cannot be negative: '-5s'");
    CHECK(firstError(withMinutes("0s")) == "m.yaml:16:14: minutes must be from 1 second to 240 minutes, found '0s'");
    CHECK(firstError(withMinutes("0:00")) == "m.yaml:16:14: minutes must be from 1 second to 240 minutes, found '0:00'");
    CHECK(firstError(withMinutes("240.5")) == "m.yaml:16:14: minutes must be from 1 second to 240 minutes, found '240.5'");
    CHECK(firstError(withMinutes("100000s")) == "m.yaml:16:14: minutes must be from 1 second to 240 minutes, found '100000s'");
    CHECK(firstError(withMinutes("99999999s")) ==
          "m.yaml:16:14: minutes: '99999999s' is longer than any phase can be (at most 240 minutes)");
    CHECK(firstError(withMinutes("1.25.3")) ==
          "m.yaml:16:14: minutes must be minutes (7 or 7.5), minutes and seconds (\"7:30\") or seconds (90s), found '1.25.3'");
    CHECK(firstError(withMinutes("7 min")) ==
          "m.yaml:16:14: minutes must be minutes (7 or 7.5), minutes and seconds (\"7:30\") or seconds (90s), found '7 min'");
    CHECK(firstError(withMinutes("7.33")) ==
          "m.yaml:16:14: minutes: '7.33' minutes is not a whole number of seconds: write minutes and seconds such as \"7:20\", or seconds such as 440s");
    CHECK(firstError(withMinutes("300")) == "m.yaml:16:14: minutes must be from 1 second to 240 minutes, found '300'");
    CHECK(firstError(withMinutes("\"5\"")) == "m.yaml:16:14: minutes must be a whole number from 1 to 240, found '5'"); // a quoted number is text
    CHECK(firstError(withMinutes("[7, 30]")) ==
          "m.yaml:16:14: minutes must be a time (7, 7.5, \"7:30\" or 90s), a range {min, max} or {per_participant, min, max}");
    CHECK(firstError(replaced(timedMethod, "{min: 2.5, max: \"5:00\"}", "{min: \"5:30\", max: 5}")) ==
          "m.yaml:31:14: minutes min (5½) is larger than max (5)");
    CHECK(firstError(replaced(timedMethod, "per_participant: 30s", "per_participant: 0s")) ==
          "m.yaml:36:32: per_participant must be from 1 second to 240 minutes, found '0s'");
    CHECK(firstError(replaced(timedMethod, "min: 2, max: 5}", "min: 2, max: -5s}")) ==
          "m.yaml:36:69: minutes: a time cannot be negative: '-5s'");
}

TEST_CASE("format 1 keeps whole minutes and its messages, and points a finer time to format 2")
{
    const std::string format1 = replaced(timedMethod, "format: 2", "format: 1");
    CHECK(errorsOf(format1) == std::vector<std::string>{
              "m.yaml:16:14: a time finer than a minute ('7.5') is part of format 2: put 'format: 2' at the top of the file",
              "m.yaml:21:14: a time finer than a minute ('7:30') is part of format 2: put 'format: 2' at the top of the file",
              "m.yaml:26:14: a time finer than a minute ('90s') is part of format 2: put 'format: 2' at the top of the file",
              "m.yaml:31:20: a time finer than a minute ('2.5') is part of format 2: put 'format: 2' at the top of the file",
              "m.yaml:31:30: a time finer than a minute ('5:00') is part of format 2: put 'format: 2' at the top of the file",
              "m.yaml:36:32: a time finer than a minute ('30s') is part of format 2: put 'format: 2' at the top of the file",
              "m.yaml:36:47: 'counting' is part of format 2: put 'format: 2' at the top of the file",
          });
    // What format 1 never read stays refused as it was.
    CHECK(firstError(replaced(format1, "minutes: 7.5", "minutes: 7:75")) ==
          "m.yaml:16:14: minutes must be a whole number from 1 to 240, found '7:75'");
    CHECK(firstError(replaced(format1, "minutes: 7.5", "minutes: 1.25.3")) ==
          "m.yaml:16:14: minutes must be a whole number from 1 to 240, found '1.25.3'");
}

TEST_CASE("spare time is shared in whole minutes where the phases allow, else in half minutes or seconds")
{
    // Whole-minute phases grow in whole minutes, exactly as before.
    CHECK(shareSeconds({{300, 600}, {300, 900}}, 20 * 60) == std::vector<int>{480, 720});
    CHECK(shareMinutes({{5, 10}, {5, 15}}, 20) == std::vector<int>{8, 12});
    // Two fixed 7½-minute steps beside a range: the range takes the whole minutes left.
    CHECK(shareSeconds({{450, 450}, {450, 450}, {600, 1200}}, 30 * 60) == std::vector<int>{450, 450, 900});
    // A range of 5 to 7½ minutes grows in half minutes.
    CHECK(shareSeconds({{300, 450}, {300, 600}}, 13 * 60) == std::vector<int>{360, 420});
    CHECK(shareSeconds({{300, 450}, {300, 600}}, 60 * 60) == std::vector<int>{450, 600}); // never past the most
    // Odd seconds: shared to the second.
    CHECK(shareSeconds({{61, 200}, {60, 60}}, 200) == std::vector<int>{140, 60});
}

TEST_CASE("a session plan gives phases their seconds, and its whole minutes are them rounded up")
{
    const auto read = readMethodYaml(timedMethod, "m.yaml");
    REQUIRE(read.method);
    const MethodSpec& spec = *read.method;
    // Five advisers: 450 + 450 + 90 + 150..300 + 150 seconds. 24 minutes give the range its most.
    CHECK(fitPhaseSeconds(spec, 6, 24 * 60) == std::vector<int>{450, 450, 90, 300, 150});
    // 22 minutes: 1320 seconds, 30 past the least; the range grows by half a minute.
    CHECK(fitPhaseSeconds(spec, 6, 22 * 60) == std::vector<int>{450, 450, 90, 180, 150});
    // Not given: the middle of 1290..1440 seconds, 1365, taken down to the half minute.
    CHECK(typicalSeconds(spec, 6) == 1350);
}

TEST_CASE("seconds read as minutes the way people say them")
{
    CHECK(secondsAsMinutes(420) == "7");
    CHECK(secondsAsMinutes(450) == "7½");
    CHECK(secondsAsMinutes(30) == "½");
    CHECK(secondsAsMinutes(440) == "7:20");
    CHECK(secondsAsMinutes(45) == "0:45");
    CHECK(minutesText(SecondRange{300, 450}) == "5–7½");
    CHECK(clockTextOfSeconds(450) == "0:07:30");
    CHECK(clockTextOfSeconds(3600) == "1:00");
}

TEST_CASE("a method with times finer than a minute is written as format 2 and reads back the same")
{
    const auto read = readMethodYaml(timedMethod, "m.yaml");
    REQUIRE(read.method);
    const std::string script = methodScriptYaml(*read.method, {}, "round trip");
    INFO(script);
    CHECK(script.find("format: 2") != std::string::npos);
    CHECK(script.find("minutes: 7.5") != std::string::npos);
    CHECK(script.find("minutes: 1.5") != std::string::npos); // 90s reads back as the same 90 seconds
    CHECK(script.find("per_participant: 30s") != std::string::npos);
    const auto again = readMethodYaml(script, "written.yaml");
    for (const auto& error : again.errors) UNSCOPED_INFO(error.toString());
    REQUIRE(again.method);
    CHECK(*again.method == *read.method);

    MethodSpec odd = *read.method;
    odd.phases[0].minutes = PhaseDuration::fixedSeconds(440); // 7:20 is written with quotes
    const std::string oddScript = methodScriptYaml(odd, {}, "round trip");
    CHECK(oddScript.find("minutes: \"7:20\"") != std::string::npos);
    const auto oddAgain = readMethodYaml(oddScript, "written.yaml");
    REQUIRE(oddAgain.method);
    CHECK(*oddAgain.method == odd);
}

TEST_CASE("a plugin hears a phase's seconds, and its method's times cross the plugin host's wire whole")
{
    SessionEvent event;
    event.phaseId = "diagnosis";
    event.plannedMinutes = 8;
    event.plannedSeconds = 450;
    const SessionEvent heard = wire::eventFromCbor(wire::eventToCbor(event));
    CHECK(heard.plannedMinutes == 8);
    CHECK(heard.plannedSeconds == 450);

    const auto read = readMethodYaml(timedMethod, "m.yaml");
    REQUIRE(read.method);
    const auto back = wire::specFromBytes(wire::specToBytes(*read.method));
    REQUIRE(back);
    CHECK(*back == *read.method);
}

TEST_CASE("a journal before times finer than a minute resumes: its phases' whole minutes are read as seconds")
{
    const auto phases = [](const QJsonArray& list) {
        const QJsonObject started{{"plan", QJsonObject{{"method", QJsonObject{{"id", "timed"}, {"version", "1.0.0"}}},
                                                       {"members", QJsonArray{"Ann", "Bo", "Cas"}},
                                                       {"language", "en"},
                                                       {"phases", list}}}};
        const auto recorded = recordedPlanFromJson(started);
        REQUIRE(recorded.value);
        return recorded.value->phases;
    };
    // An old journal: whole minutes only.
    CHECK(phases(QJsonArray{QJsonObject{{"id", "a"}, {"minutes", 5}}, QJsonObject{{"id", "b"}, {"minutes", 10}}}) ==
          std::vector<std::pair<std::string, int>>{{"a", 300}, {"b", 600}});
    // A new one: the seconds count, the minutes beside them are for reading.
    CHECK(phases(QJsonArray{QJsonObject{{"id", "a"}, {"minutes", 7.5}, {"seconds", 450}}}) ==
          std::vector<std::pair<std::string, int>>{{"a", 450}});
    // An impossible time is refused, not run.
    const QJsonObject tampered{{"plan", QJsonObject{{"method", QJsonObject{{"id", "timed"}, {"version", "1.0.0"}}},
                                                    {"phases", QJsonArray{QJsonObject{{"id", "a"}, {"seconds", -450}}}}}}};
    const auto refused = recordedPlanFromJson(tampered);
    CHECK_FALSE(refused.value);
    CHECK(refused.error == "session-started gives phase 'a' an impossible -450 seconds");
}
