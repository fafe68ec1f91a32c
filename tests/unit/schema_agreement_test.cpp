// docs/schema/method.schema.json is what editors complete with; it must name exactly the keys,
// required keys and values the loader accepts.

#include "catalog/method_format.hpp"
#include "catalog/time_notation.hpp"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <set>

using namespace palet;

namespace {

QJsonObject loadSchema()
{
    QFile file{PALET_SOURCE_DIR "/docs/schema/method.schema.json"};
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonParseError error{};
    const auto document = QJsonDocument::fromJson(file.readAll(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(document.isObject());
    return document.object();
}

class Schema {
public:
    Schema() : root_(loadSchema()) {}

    const QJsonObject& root() const { return root_; }

    // Follows "$ref": "#/$defs/name" until an object with content is reached.
    QJsonObject resolve(QJsonObject node) const
    {
        for (int hops = 0; node.contains("$ref") && hops < 10; ++hops) {
            const QString ref = node["$ref"].toString();
            REQUIRE(ref.startsWith("#/$defs/"));
            node = root_["$defs"].toObject()[ref.mid(8)].toObject();
            REQUIRE_FALSE(node.isEmpty());
        }
        return node;
    }

    QJsonObject property(const QJsonObject& object, const char* name) const
    {
        const auto properties = resolve(object)["properties"].toObject();
        REQUIRE(properties.contains(name));
        return resolve(properties[name].toObject());
    }

    QJsonObject items(const QJsonObject& array) const { return resolve(array["items"].toObject()); }

    // The form of an entry of the method's phases: a round entry, or a phase.
    QJsonObject phaseEntry(const QJsonObject& method, bool round) const
    {
        for (const auto& choice : resolve(property(method, "phases")["items"].toObject())["oneOf"].toArray()) {
            const QJsonObject form = resolve(choice.toObject());
            if (form["properties"].toObject().contains("round") == round) return form;
        }
        FAIL("the schema's phases have no " << (round ? "round entry" : "phase"));
        return {};
    }

private:
    QJsonObject root_;
};

std::set<std::string> names(const std::vector<std::string_view>& words) { return {words.begin(), words.end()}; }

std::set<std::string> keysOf(const QJsonObject& object)
{
    std::set<std::string> keys;
    for (const auto& key : object["properties"].toObject().keys()) keys.insert(key.toStdString());
    return keys;
}

std::set<std::string> strings(const QJsonValue& array)
{
    std::set<std::string> values;
    for (const auto& value : array.toArray()) values.insert(value.toString().toStdString());
    return values;
}

void checkObject(const QJsonObject& schemaObject, const FormatObject& format)
{
    INFO("object: " << format.name);
    CHECK(keysOf(schemaObject) == names(format.keys));
    CHECK(strings(schemaObject["required"]) == names(format.required));
    CHECK(schemaObject["additionalProperties"] == QJsonValue{false});
}

} // namespace

TEST_CASE("the JSON schema names exactly the keys the loader accepts")
{
    const Schema schema;
    const QJsonObject& method = schema.root();
    checkObject(method, methodFormat::method);
    checkObject(schema.property(method, "group_size"), methodFormat::groupSize);
    checkObject(schema.property(method, "name"), methodFormat::localizedText);
    checkObject(schema.items(schema.property(method, "sources")), methodFormat::source);
    checkObject(schema.property(method, "plugin"), methodFormat::plugin);

    checkObject(schema.property(method, "subgroups"), methodFormat::subgroups);

    const QJsonObject role = schema.items(schema.property(method, "roles"));
    checkObject(role, methodFormat::role);
    // An entry of phases: a phase, or (format 2) a round of phases.
    const QJsonObject phase = schema.phaseEntry(method, false);
    checkObject(phase, methodFormat::phase);
    const QJsonObject entry = schema.phaseEntry(method, true);
    checkObject(entry, methodFormat::roundEntry);
    const QJsonObject round = schema.property(entry, "round");
    checkObject(round, methodFormat::round);
    checkObject(schema.items(schema.property(round, "phases")), methodFormat::phase);

    // minutes: a time, a range, or an amount per participant; every number in them is a time.
    const QJsonObject minutes = schema.property(phase, "minutes");
    std::set<std::string> forms;
    for (const auto& choice : minutes["oneOf"].toArray()) {
        const QJsonObject form = schema.resolve(choice.toObject());
        if (form.contains("anyOf")) {
            forms.insert("time");
            continue;
        }
        const bool perParticipant = keysOf(form).count("per_participant") > 0;
        checkObject(form, perParticipant ? methodFormat::minutesPerParticipant : methodFormat::minutesRange);
        forms.insert(perParticipant ? "per participant" : "range");
        for (const auto& key : form["properties"].toObject().keys())
            if (key != "counting") CHECK(form["properties"][key]["$ref"] == QJsonValue{"#/$defs/phaseTime"});
    }
    CHECK(forms == std::set<std::string>{"time", "range", "per participant"});
}

TEST_CASE("the JSON schema's times are the notations the loader reads")
{
    const Schema schema;
    std::set<std::string> types;
    QRegularExpression written;
    for (const auto& choice : schema.root()["$defs"]["phaseTime"]["anyOf"].toArray()) {
        const QJsonObject form = choice.toObject();
        types.insert(form["type"].toString().toStdString());
        if (form["type"] == "integer") {
            CHECK(form["minimum"].toInt() == 1);
            CHECK(form["maximum"].toInt() == 240);
        }
        if (form["type"] == "number") CHECK(form["maximum"].toInt() == 240);
        if (form["type"] == "string") written.setPattern(form["pattern"].toString());
    }
    CHECK(types == std::set<std::string>{"integer", "number", "string"});
    REQUIRE(written.isValid());
    for (const char* good : {"7:30", "0:45", "90s", "30 s", "240:00"}) {
        INFO(good);
        CHECK(written.match(good).hasMatch());
        CHECK(readWrittenTime(good).form == WrittenTime::Form::finer);
        CHECK(readWrittenTime(good).problem.isEmpty());
    }
    for (const char* bad : {"7:75", "7:5", "-5s", "7.5.3", "7 min", "s"}) {
        INFO(bad);
        CHECK_FALSE(written.match(bad).hasMatch());
        CHECK((readWrittenTime(bad).form == WrittenTime::Form::notATime || !readWrittenTime(bad).problem.isEmpty()));
    }
}

TEST_CASE("the JSON schema allows exactly the values the loader accepts")
{
    const Schema schema;
    const QJsonObject& method = schema.root();
    CHECK(strings(schema.items(schema.property(method, "styles"))["enum"]) == names(methodFormat::styleIds()));
    CHECK(strings(schema.property(method, "styles_basis")["enum"]) == names(methodFormat::styleBasisIds()));
    CHECK(strings(schema.property(method, "kind")["enum"]) == names(methodFormat::kindIds()));
    CHECK(strings(schema.items(schema.property(method, "conditions"))["enum"]) == names(methodFormat::conditionIds()));
    const QJsonObject role = schema.items(schema.property(method, "roles"));
    // holders: one of the words, or (format 2) a number of holders {min, max}.
    std::set<std::string> forms;
    for (const auto& choice : schema.property(role, "holders")["oneOf"].toArray()) {
        const QJsonObject form = schema.resolve(choice.toObject());
        if (form["type"] == "string") {
            CHECK(strings(form["enum"]) == names(methodFormat::roleHolderIds()));
            forms.insert("word");
        } else {
            checkObject(form, methodFormat::holderCount);
            forms.insert("count");
        }
    }
    CHECK(forms == std::set<std::string>{"word", "count"});
    const QJsonObject phase = schema.phaseEntry(method, false);
    CHECK(strings(schema.property(phase, "optional")["enum"]) == names(methodFormat::inclusionIds()));
}
