#include "text/json_writer.hpp"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace palet;

namespace {

QJsonDocument parsed(const std::string& text)
{
    QJsonParseError error;
    const auto document = QJsonDocument::fromJson(QByteArray::fromStdString(text), &error);
    INFO(text);
    REQUIRE(error.error == QJsonParseError::NoError);
    return document;
}

void writeSample(JsonWriter& out)
{
    out.beginArray();
    out.beginObject();
    out.key("text");
    out.value("quote \" backslash \\ tab \t line\nbell \x07 é ✓");
    out.key("number");
    out.value(-42);
    out.key("flag");
    out.value(true);
    out.key("empty");
    out.beginArray();
    out.endArray();
    out.key("nested");
    out.beginObject();
    out.key("list");
    out.beginArray();
    out.value(1);
    out.value("two");
    out.endArray();
    out.endObject();
    out.endObject();
    out.beginObject();
    out.endObject();
    out.endArray();
}

} // namespace

TEST_CASE("JSON written in either layout reads back as the same values")
{
    const QJsonArray expected{
        QJsonObject{{"text", QString::fromUtf8("quote \" backslash \\ tab \t line\nbell \x07 é ✓")},
                    {"number", -42},
                    {"flag", true},
                    {"empty", QJsonArray{}},
                    {"nested", QJsonObject{{"list", QJsonArray{1, "two"}}}}},
        QJsonObject{}};
    for (const auto layout : {JsonWriter::Layout::compact, JsonWriter::Layout::indented}) {
        JsonWriter out{layout};
        writeSample(out);
        CHECK(parsed(out.text()).array() == expected);
        CHECK(out.text().back() == '\n');
        CHECK((out.text().find("\n ") != std::string::npos) == (layout == JsonWriter::Layout::indented));
    }
}

TEST_CASE("JSON handed over in parts adds up to the whole")
{
    JsonWriter whole{JsonWriter::Layout::compact};
    writeSample(whole);

    JsonWriter parts{JsonWriter::Layout::compact};
    std::string joined;
    parts.beginArray();
    for (int i = 0; i < 3; ++i) {
        parts.value(i);
        joined += parts.take();
        CHECK(parts.text().empty());
    }
    parts.endArray();
    joined += parts.take();
    CHECK(joined == "[0,1,2]\n");
    CHECK(parsed(whole.text()).isArray());
}
