// host/translations/palet_nl.ts must translate every text the code shows through tr(), and only
// those: lupdate extracts them from the sources afresh, as a developer would, and the two are
// compared. A translation keeps the placeholders of its English text.

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

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

} // namespace

TEST_CASE("the Dutch translation covers exactly the texts of the code, placeholders kept")
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

    const auto fromCode = readCatalogue(extracted);
    const auto dutch = readCatalogue(PALET_SOURCE_DIR "/host/translations/palet_nl.ts");
    REQUIRE(fromCode.size() > 500);

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
        const bool plural = source.contains("%n");
        const bool complete = message.finished && message.translations.size() == (plural ? 2 : 1);
        bool kept = complete;
        for (const QString& translation : message.translations) kept = kept && placeholders(translation) == placeholders(source);
        if (!kept) wrong.insert(source);
    }
    INFO("in palet_nl.ts but not used:" << listed(unused));
    CHECK(unused.empty());
    INFO("unfinished, or placeholders changed:" << listed(wrong));
    CHECK(wrong.empty());
}
