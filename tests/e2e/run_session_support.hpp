#pragma once
// What the live-runner tests share: a script that uses every key, and reading event streams.

#include "palet_process.hpp"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <map>

namespace palet::test {

// Peer consultation (3, 10, 10, 2 and 5 minutes) with every key: after the script the last phase
// runs out by itself.
inline const char* everyKeyScript = "# every key once or more\n"
                                    "0:30 n\n"
                                    "1:00 space\n"
                                    "2:00 space\n"
                                    "2:30 +\n"
                                    "3:00 b\n"
                                    "3:10 n\n"
                                    "5:00 q\n"
                                    "5:05 n\n"
                                    "6:00 n\n"
                                    "9:00 n\n"
                                    "10:00 takeaway: Ask the team first\n"
                                    "11:00 n\n"
                                    "12:00 space\n"
                                    "12:30 space\n";

inline QString writeFile(const PaletSandbox& sandbox, const QString& name, const QByteArray& content)
{
    QFile file{sandbox.path(name)};
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return file.fileName();
}

inline QList<QByteArray> linesOf(const QByteArray& text)
{
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.back().isEmpty()) lines.pop_back();
    return lines;
}

inline QJsonObject parsed(const QByteArray& line)
{
    QJsonParseError error{};
    const auto document = QJsonDocument::fromJson(line, &error);
    INFO(line.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

inline QByteArray readAll(const QString& path)
{
    QFile file{path};
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray{};
}

// The journal's events without its alive lines.
inline QList<QByteArray> journalEvents(const QString& path)
{
    QList<QByteArray> events;
    for (const QByteArray& line : linesOf(readAll(path)))
        if (!line.contains("\"event\":\"alive\"")) events << line;
    return events;
}

// The changes that keys and the plan cause, in order, without the time: warnings and reopenings
// depend on when things happen, these do not.
inline QStringList transitions(const QList<QByteArray>& lines)
{
    QStringList list;
    for (const QByteArray& line : lines) {
        const QJsonObject event = parsed(line);
        const QString kind = event["event"].toString();
        const QString phase = QString::number(event["phase"]["index"].toInt(-1));
        if (kind == "phase-started" || kind == "paused" || kind == "resumed" || kind == "extended" || kind == "skipped")
            list << kind + ' ' + phase;
        else if (kind == "phase-ended")
            list << kind + ' ' + phase + ' ' + event["reason"].toString();
        else if (kind == "takeaway")
            list << kind + ' ' + event["text"].toString();
        else if (kind == "finished")
            list << kind + ' ' + event["reason"].toString() + ' ' + event["takeaway"].toString();
    }
    return list;
}

// The names in a JSON array of members.
inline QStringList membersOf(const QJsonValue& array)
{
    QStringList names;
    for (const QJsonValue name : array.toArray()) names << name.toString();
    return names;
}

// role id -> members, as one phase-started event names them in its instructions.
inline std::map<QString, QStringList> holdersIn(const QJsonObject& event)
{
    std::map<QString, QStringList> holders;
    for (const QJsonValue value : event["instructions"].toArray())
        holders[value["role"].toString()] = membersOf(value["members"]);
    return holders;
}

// The phase-started events among these lines, in order.
inline QList<QJsonObject> phaseStarts(const QList<QByteArray>& lines)
{
    QList<QJsonObject> starts;
    for (const QByteArray& line : lines)
        if (const QJsonObject event = parsed(line); event["event"] == "phase-started") starts << event;
    return starts;
}

} // namespace palet::test
