#include "records_context.hpp"

#include "cli_context.hpp"

#include "files/private_files.hpp"
#include "records/calendar_text.hpp"
#include "records/record_names.hpp"
#include "records/store_location.hpp"
#include "records/text_limits.hpp"
#include "text/text_layout.hpp"
#include "translate.hpp"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

#include <cstdio>

namespace palet::cli {

void addStoreOption(QCommandLineParser& parser)
{
    parser.addOption({"db",
                      tr("The store: a file path or postgresql://USER@HOST/DATABASE (default: $PALET_DB, else "
                         "$XDG_DATA_HOME/palet/palet.db)."),
                      "URL"});
}

void addJsonOption(QCommandLineParser& parser)
{
    parser.addOption({"json", tr("Print JSON (see docs/records.md).")});
}

OpenedStore openChosenStore(const QCommandLineParser& parser, const QString& command)
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    StoreLocation location = defaultStoreLocation(environment);
    QString given;
    QString source;
    if (parser.isSet("db")) {
        given = parser.value("db");
        source = "--db";
    } else if (!environment.value("PALET_DB").isEmpty()) {
        given = environment.value("PALET_DB");
        source = "PALET_DB";
    }
    if (!source.isEmpty()) {
        const auto parsed = parseStoreLocation(given);
        if (!parsed) {
            printError(tr("%1: %2: %3\n").arg(command, source, parsed.error));
            return {std::nullopt, badUsage};
        }
        location = *parsed;
    }
    auto opened = Store::open(location);
    if (!opened) {
        printError(tr("%1: %2\n").arg(command, opened.error));
        return {std::nullopt, badInput};
    }
    if (location.driver == StoreDriver::sqlite && othersMayRead(location.path))
        printError(tr("%1: warning: other users may read the store %2, which holds a group's confidential data; make "
                      "it yours only with: chmod 600 %2\n")
                       .arg(command, location.path));
    return {std::move(*opened), success};
}

int refuse(const QString& command, const QString& error)
{
    printError(tr("%1: %2\n").arg(command, error));
    return badInput;
}

int misuse(const QString& command, const QString& error)
{
    printError(tr("%1: %2\nSee '%1 --help'.\n").arg(command, error));
    return badUsage;
}

bool hasPositionals(const QCommandLineParser& parser, const QString& command, int count, const QString& names,
                    bool orMore)
{
    const auto given = parser.positionalArguments().size();
    if (given == count || (orMore && given > count)) return true;
    misuse(command, given < count ? tr("give %1").arg(names)
                                  : tr("unexpected argument '%1'").arg(parser.positionalArguments().at(count)));
    return false;
}

std::optional<QDate> dateOption(const QCommandLineParser& parser, const QString& name, const QString& command)
{
    const auto date = dateFromText(parser.value(name));
    if (!date)
        misuse(command, tr("--%1 must be a date as YYYY-MM-DD, e.g. 2025-03-12, not '%2'").arg(name, parser.value(name)));
    return date;
}

std::optional<QTime> clockTimeOption(const QCommandLineParser& parser, const QString& name, const QString& command)
{
    const auto time = clockTimeFromText(parser.value(name));
    if (!time)
        misuse(command,
               tr("--%1 must be a time as HH:MM (24 hours), e.g. 09:30, not '%2'").arg(name, parser.value(name)));
    return time;
}

std::optional<LearningStyle> learningStyleOption(const QCommandLineParser& parser, const QString& command)
{
    const QString given = parser.value("style");
    const auto style = learningStyleFromId(utf8(given));
    if (!style) {
        QStringList known;
        for (LearningStyle each : allLearningStyles) known << qs(learningStyleId(each));
        misuse(command, tr("unknown learning style '%1'%2 (one of: doener, dromer, denker, beslisser)")
                            .arg(given, didYouMeanText(given, known)));
    }
    return style;
}

std::optional<MeetingReference> meetingArgument(const QString& text, const QString& command)
{
    const auto reference = parseMeetingReference(text);
    if (!reference)
        misuse(command, tr("'%1' does not name a meeting; write GROUP@YYYY-MM-DD, e.g. Zorgteam@2025-03-12 "
                           "(and @HH:MM after it when the group meets twice that day)")
                            .arg(text));
    return reference;
}

QString textOption(const QCommandLineParser& parser, const QString& name)
{
    const QString value = parser.value(name);
    if (value != "-") return value;
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) return {};
    // One byte past the limit is enough for the store to refuse it with the limit. A pipe hands
    // its bytes over in pieces (64 KB at most at a time): read until the end or past the limit,
    // or a long text would be cut short without a word.
    QByteArray bytes;
    while (bytes.size() <= maximumTextBytes) {
        const QByteArray piece = input.read(maximumTextBytes + 1 - bytes.size());
        if (piece.isEmpty()) break; // the end of the input
        bytes += piece;
    }
    return QString::fromUtf8(bytes);
}

void printJson(const QJsonValue& value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument{value.toArray()} : QJsonDocument{value.toObject()};
    printOut(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

QString table(const std::vector<QStringList>& rows, int width)
{
    QStringList lines = columns(rows, width).split('\n');
    for (QString& line : lines)
        while (line.endsWith(' ')) line.chop(1);
    return lines.join('\n');
}

QString caseCountText(int count)
{
    return tr("%n case(s)", count);
}

} // namespace palet::cli
