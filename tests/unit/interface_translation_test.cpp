// host/translations/palet_nl.ts must translate every text the code shows through tr(), and only
// those; palet_en.ts gives the English plural forms of every text with a count. lupdate extracts
// the texts from the sources afresh, as a developer would, and they are compared. A translation
// keeps the placeholders of its English text.

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <algorithm>
#include <iterator>
#include <map>
#include <set>

namespace {

struct Message {
    QString context;
    QStringList translations; // one, or one per plural form
    bool finished = true;
};

// Messages by source text; each context is the translator's context, as the code looks it up.
std::multimap<QString, Message> readCatalogue(const QString& file)
{
    QFile input{file};
    REQUIRE(input.open(QIODevice::ReadOnly));
    QXmlStreamReader xml{&input};
    std::multimap<QString, Message> messages;
    QString context;
    QString source;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message")) messages.emplace(source, message);
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            message = {context, {}, true};
            source.clear();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            message.finished = xml.attributes().value("type").isEmpty();
            if (xml.readNext() == QXmlStreamReader::Characters && !xml.text().trimmed().isEmpty())
                message.translations << xml.text().toString();
        } else if (xml.name() == QLatin1String("numerusform")) {
            message.translations << xml.readElementText();
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

std::multiset<QString> placeholders(const QString& text)
{
    std::multiset<QString> found;
    for (const auto& match : QRegularExpression{"%(L?\\d+|n)"}.globalMatch(text)) found.insert(match.captured());
    return found;
}

// The texts Qt's command-line parser shows with every command's help and errors; palet_nl.ts
// carries them too, so that Dutch help is Dutch throughout.
const std::set<QString>& qtTexts()
{
    static const std::set<QString> texts{"Usage: %1", "Options:", "Arguments:", "[options]",
                                         "Unknown option '%1'.", "Unknown options: %1.",
                                         "Missing value after '%1'.", "Unexpected value after '%1'."};
    return texts;
}

std::string listed(const std::set<QString>& texts)
{
    QString lines;
    for (const QString& text : texts) lines += "\n  " + text;
    return lines.toStdString();
}

// A translation is finished, has one form or, for a text with a count, two, and keeps the placeholders
// (a plural form may leave out the count).
bool keepsTo(const QString& source, const Message& message)
{
    const bool plural = source.contains("%n");
    bool kept = message.finished && message.translations.size() == (plural ? 2 : 1);
    // A plural form may say the count in words instead ("de eerste bijeenkomst", not "de eerste 1").
    auto withoutCount = placeholders(source);
    withoutCount.erase("%n");
    for (const QString& translation : message.translations)
        kept = kept && (placeholders(translation) == placeholders(source) || (plural && placeholders(translation) == withoutCount));
    return kept;
}

// The texts of the code, as lupdate finds them.
std::multimap<QString, Message> textsOfTheCode()
{
    const QTemporaryDir scratch;
    REQUIRE(scratch.isValid());
    const QString extracted = scratch.filePath("extracted.ts");
    QProcess lupdate;
    lupdate.start(PALET_LUPDATE, {"-silent", "-locations", "none", "-extensions", "cpp,hpp",
                                  PALET_SOURCE_DIR "/host", "-ts", extracted});
    REQUIRE(lupdate.waitForFinished(120000));
    INFO(lupdate.readAllStandardError().toStdString());
    REQUIRE(lupdate.exitCode() == 0);
    auto texts = readCatalogue(extracted);
    REQUIRE(texts.size() > 500);
    return texts;
}

} // namespace

TEST_CASE("the Dutch translation covers exactly the texts of the code, placeholders kept")
{
    const auto fromCode = textsOfTheCode();
    const auto dutch = readCatalogue(PALET_SOURCE_DIR "/host/translations/palet_nl.ts");

    std::set<QString> missing;
    for (const auto& [source, message] : fromCode)
        if (!dutch.count(source)) missing.insert(source);
    INFO("not in palet_nl.ts:" << listed(missing));
    CHECK(missing.empty());

    std::set<QString> unused;
    std::set<QString> wrong;
    for (const auto& [source, message] : dutch) {
        // palet::tr and QT_TRANSLATE_NOOP look texts up in the one context "palet".
        const bool qt = message.context == "QCommandLineParser";
        if (!(qt ? qtTexts().count(source) : message.context == "palet" && fromCode.count(source)))
            unused.insert(message.context + ": " + source);
        if (!keepsTo(source, message)) wrong.insert(source);
    }
    INFO("in palet_nl.ts but not used:" << listed(unused));
    CHECK(unused.empty());
    INFO("unfinished, or placeholders changed:" << listed(wrong));
    CHECK(wrong.empty());
}

TEST_CASE("the English translation gives both plural forms of every text with a count, and only those")
{
    const auto fromCode = textsOfTheCode();
    const auto english = readCatalogue(PALET_SOURCE_DIR "/host/translations/palet_en.ts");
    std::set<QString> counted;
    for (const auto& [source, message] : fromCode)
        if (source.contains("%n")) counted.insert(source);
    REQUIRE_FALSE(counted.empty());
    std::set<QString> covered;
    std::set<QString> wrong;
    for (const auto& [source, message] : english) {
        covered.insert(source);
        if (message.context != "palet" || !counted.count(source) || !keepsTo(source, message)) wrong.insert(source);
    }
    std::set<QString> missing;
    std::set_difference(counted.begin(), counted.end(), covered.begin(), covered.end(), std::inserter(missing, missing.end()));
    INFO("counted texts not in palet_en.ts:" << listed(missing));
    CHECK(missing.empty());
    INFO("in palet_en.ts but not a counted text of the code, or incomplete:" << listed(wrong));
    CHECK(wrong.empty());
}
