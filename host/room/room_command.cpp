#include "room_command.hpp"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <map>
#include <set>

namespace palet::room {
namespace {

using Kind = RoomCommand::Kind;

const std::map<QString, Kind>& kinds()
{
    static const std::map<QString, Kind> table{
        {"hello", Kind::hello}, {"start", Kind::start},       {"key", Kind::key},       {"code", Kind::code},
        {"join", Kind::join},   {"takeaway", Kind::takeaway}, {"attend", Kind::attend}, {"close", Kind::close},
        {"case", Kind::bringIn}, {"vote", Kind::vote},
        {"choose", Kind::choose}, {"holder", Kind::holder},
    };
    return table;
}

// The fields each type allows besides "type"; those marked required must be there.
struct Field {
    QString name;
    bool required;
};

std::vector<Field> fieldsOf(Kind kind)
{
    switch (kind) {
    case Kind::hello: return {{"protocol", true}, {"view", true}, {"secret", false}, {"lang", false}};
    case Kind::key: return {{"key", true}};
    case Kind::code: return {{"code", true}};
    case Kind::join: return {{"code", true}, {"name", true}};
    case Kind::takeaway: return {{"text", true}};
    case Kind::holder: return {{"role", true}, {"member", true}};
    case Kind::bringIn: return {{"label", true}};
    case Kind::vote: return {{"case", true}, {"vote", true}};
    case Kind::choose: return {{"meeting", false}, {"method", false}, {"members", false}};
    case Kind::start:
    case Kind::attend:
    case Kind::close: return {};
    }
    return {};
}

CommandError badField(const QString& field, const QString& what)
{
    return {"bad-field", QStringLiteral("'%1' %2").arg(field, what)};
}

std::optional<CommandError> readString(const QJsonObject& object, const QString& field, qsizetype longest, QString& into)
{
    if (!object.contains(field)) return std::nullopt;
    const QJsonValue value = object.value(field);
    if (!value.isString()) return badField(field, "must be a string");
    into = value.toString();
    if (into.size() > longest) return badField(field, QStringLiteral("is longer than %1 characters").arg(longest));
    for (const QChar c : into)
        if (c.category() == QChar::Other_Control && c != '\n') return badField(field, "holds a control character");
    return std::nullopt;
}

} // namespace

std::variant<RoomCommand, CommandError> parseRoomCommand(const QByteArray& message)
{
    if (message.size() > largestMessage) return CommandError{"too-big", "the message is larger than 16 KiB"};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(message, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return CommandError{"bad-json", "the message is not one JSON object"};
    const QJsonObject object = document.object();
    const QJsonValue type = object.value("type");
    if (!type.isString()) return badField("type", "must be a string");
    const auto found = kinds().find(type.toString());
    if (found == kinds().end()) return CommandError{"unknown-type", QStringLiteral("no message type '%1'").arg(type.toString().left(40))};

    RoomCommand command;
    command.kind = found->second;
    const auto fields = fieldsOf(command.kind);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == "type") continue;
        if (std::none_of(fields.begin(), fields.end(), [&](const Field& field) { return field.name == it.key(); }))
            return badField(it.key().left(40), QStringLiteral("is not a field of '%1'").arg(type.toString()));
    }
    for (const Field& field : fields)
        if (field.required && !object.contains(field.name)) return badField(field.name, "is missing");

    static const QRegularExpression sixDigits{"^[0-9]{6}$"};
    switch (command.kind) {
    case Kind::hello: {
        if (object.value("protocol").toInt(-1) != protocolVersion)
            return CommandError{"bad-protocol", QStringLiteral("this room speaks protocol %1").arg(protocolVersion)};
        QString view;
        if (auto error = readString(object, "view", 10, view)) return *error;
        if (view == "console") command.view = View::console;
        else if (view == "screen") command.view = View::screen;
        else if (view == "phone") command.view = View::phone;
        else return badField("view", "must be console, screen or phone");
        if (auto error = readString(object, "secret", 600, command.secret)) return *error;
        if (auto error = readString(object, "lang", 2, command.language)) return *error;
        if (!command.language.isEmpty() && command.language != "nl" && command.language != "en")
            return badField("lang", "must be nl or en");
        break;
    }
    case Kind::key: {
        QString key;
        if (auto error = readString(object, "key", 1, key)) return *error;
        if (key.size() != 1 || !QStringLiteral(" nb+qy").contains(key)) return badField("key", "must be one of space, n, b, +, q, y");
        command.key = key.at(0).toLatin1();
        break;
    }
    case Kind::code:
    case Kind::join:
        if (auto error = readString(object, "code", 6, command.code)) return *error;
        if (!sixDigits.match(command.code).hasMatch()) return badField("code", "must be six digits");
        if (command.kind == Kind::join) {
            if (auto error = readString(object, "name", 100, command.name)) return *error;
            if (command.name.trimmed().isEmpty()) return badField("name", "is empty");
        }
        break;
    case Kind::holder:
        // Whether the session chooses that role and may take that member is the core's to say.
        if (auto error = readString(object, "role", 64, command.role)) return *error;
        if (auto error = readString(object, "member", 100, command.name)) return *error;
        if (command.role.isEmpty()) return badField("role", "is empty");
        if (command.name.trimmed().isEmpty()) return badField("member", "is empty");
        break;
    case Kind::takeaway:
        if (auto error = readString(object, "text", 2000, command.text)) return *error;
        if (command.text.trimmed().isEmpty()) return badField("text", "is empty");
        command.text = command.text.trimmed();
        break;
    case Kind::bringIn:
        // The label's own rules (one line, how long) are the core's; this only bounds the size.
        if (auto error = readString(object, "label", 200, command.text)) return *error;
        if (command.text.trimmed().isEmpty()) return badField("label", "is empty");
        break;
    case Kind::vote: {
        const QJsonValue number = object.value("case");
        if (!number.isDouble() || number.toDouble() != std::floor(number.toDouble()) || number.toDouble() < 1 ||
            number.toDouble() > 1000)
            return badField("case", "must be a whole number from 1 to 1000");
        command.caseNumber = number.toInt();
        if (!object.value("vote").isBool()) return badField("vote", "must be true or false");
        command.vote = object.value("vote").toBool();
        break;
    }
    case Kind::choose: {
        if (auto error = readString(object, "meeting", 200, command.meeting)) return *error;
        if (auto error = readString(object, "method", 200, command.method)) return *error;
        if (command.meeting.isEmpty() == command.method.isEmpty())
            return badField(command.meeting.isEmpty() ? "meeting" : "method", "choose a meeting or a method, one of them");
        if (command.method.isEmpty() != !object.contains("members"))
            return badField("members", command.method.isEmpty() ? "go with a method only" : "is missing");
        if (command.method.isEmpty()) break;
        const QJsonValue members = object.value("members");
        if (!members.isArray() || members.toArray().isEmpty() || members.toArray().size() > 50)
            return badField("members", "must be a list of 1 to 50 names");
        for (const QJsonValue name : members.toArray()) {
            if (!name.isString() || name.toString().trimmed().isEmpty() || name.toString().size() > 100)
                return badField("members", "must hold names of 1 to 100 characters");
            command.members << name.toString().trimmed();
        }
        break;
    }
    case Kind::start:
    case Kind::attend:
    case Kind::close: break;
    }
    return command;
}

} // namespace palet::room
