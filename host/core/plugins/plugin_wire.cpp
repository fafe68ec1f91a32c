#include "plugins/plugin_wire.hpp"

#include "catalog/spec_serialization.hpp"

#include <QCborArray>
#include <QCborValue>
#include <QDataStream>
#include <QIODevice>

namespace palet::wire {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }
std::string text(const QCborValue& value) { return value.toString().toStdString(); }

// The failures by the names they travel under.
constexpr std::pair<Failure, const char*> failureNames[] = {
    {Failure::protocol, "protocol"},     {Failure::cannotLoad, "cannot-load"}, {Failure::descriptorDiffers, "descriptor-differs"},
    {Failure::noApi, "no-api"},          {Failure::apiImport, "api-import"},   {Failure::apiTooSmall, "api-too-small"},
    {Failure::factory, "factory"},       {Failure::spec, "spec"},              {Failure::event, "event"},
};

QCborArray namesToCbor(const std::vector<std::string>& names)
{
    QCborArray array;
    for (const auto& name : names) array.append(qs(name));
    return array;
}

std::vector<std::string> namesFromCbor(const QCborValue& value)
{
    std::vector<std::string> names;
    for (const QCborValue& name : value.toArray()) names.push_back(text(name));
    return names;
}

} // namespace

QByteArray frame(const QCborMap& message)
{
    const QByteArray body = message.toCborValue().toCbor();
    const auto size = static_cast<std::uint32_t>(body.size());
    QByteArray framed;
    framed.reserve(body.size() + 4);
    for (int shift = 24; shift >= 0; shift -= 8) framed.append(static_cast<char>((size >> shift) & 0xFFu));
    framed.append(body);
    return framed;
}

std::uint32_t frameLength(const char* header)
{
    std::uint32_t size = 0;
    for (int i = 0; i < 4; ++i) size = (size << 8) | static_cast<unsigned char>(header[i]);
    return size;
}

std::optional<QCborMap> message(const QByteArray& body)
{
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(body, &error);
    if (error.error != QCborError::NoError || !value.isMap()) return std::nullopt;
    // One map and nothing after it.
    if (value.toCbor().size() != body.size()) return std::nullopt;
    return value.toMap();
}

QCborMap failureAnswer(Failure failure, const std::string& detail)
{
    QCborMap answer;
    answer[QStringLiteral("ok")] = false;
    for (const auto& [known, name] : failureNames)
        if (known == failure) answer[QStringLiteral("failure")] = QString::fromLatin1(name);
    answer[QStringLiteral("detail")] = qs(detail);
    return answer;
}

Failure failureOf(const QCborMap& answer)
{
    if (answer.value(QStringLiteral("ok")).toBool(false)) return Failure::none;
    const QString name = answer.value(QStringLiteral("failure")).toString();
    for (const auto& [known, knownName] : failureNames)
        if (name == QLatin1String(knownName)) return known;
    return Failure::protocol;
}

std::string detailOf(const QCborMap& answer)
{
    // A plugin's own words, bounded: an exception's what() may be anything.
    return answer.value(QStringLiteral("detail")).toString().left(2000).toStdString();
}

QCborMap contextToCbor(const MethodContext& context)
{
    QCborMap map;
    map[QStringLiteral("group-size")] = context.groupSize;
    map[QStringLiteral("minutes")] = context.minutesAvailable;
    map[QStringLiteral("language")] = QString::fromLatin1(languageCode(context.language).data());
    map[QStringLiteral("seed")] = static_cast<qint64>(context.seed);
    return map;
}

MethodContext contextFromCbor(const QCborMap& map)
{
    MethodContext context;
    context.groupSize = static_cast<int>(map.value(QStringLiteral("group-size")).toInteger());
    context.minutesAvailable = static_cast<int>(map.value(QStringLiteral("minutes")).toInteger());
    context.language = languageFromCode(text(map.value(QStringLiteral("language")))).value_or(Language::en);
    context.seed = static_cast<std::uint64_t>(map.value(QStringLiteral("seed")).toInteger());
    return context;
}

QCborMap eventToCbor(const SessionEvent& event)
{
    QCborMap map;
    map[QStringLiteral("kind")] = event.kind == SessionEvent::Kind::phaseStarted ? QStringLiteral("phase-started")
                                                                                 : QStringLiteral("phase-ended");
    map[QStringLiteral("phase-id")] = qs(event.phaseId);
    map[QStringLiteral("phase-index")] = event.phaseIndex;
    map[QStringLiteral("planned-minutes")] = event.plannedMinutes;
    map[QStringLiteral("planned-seconds")] = event.plannedSeconds;
    map[QStringLiteral("seed")] = static_cast<qint64>(event.seed);
    QCborArray holders; // pairs, in the map's order
    for (const auto& [role, members] : event.roleHolders) holders.append(QCborArray{qs(role), namesToCbor(members)});
    map[QStringLiteral("role-holders")] = holders;
    QCborArray members; // pairs of a member and their roles, in the members' order
    for (const auto& member : event.members) members.append(QCborArray{qs(member.member), namesToCbor(member.roleIds)});
    map[QStringLiteral("members")] = members;
    map[QStringLiteral("round-id")] = qs(event.roundId);
    map[QStringLiteral("round")] = event.round;
    map[QStringLiteral("rounds")] = event.rounds;
    map[QStringLiteral("round-member")] = qs(event.roundMember);
    QCborArray subgroups;
    for (const SubgroupHolders& subgroup : event.subgroups) {
        QCborArray roles;
        for (const auto& [role, names] : subgroup.roleHolders) roles.append(QCborArray{qs(role), namesToCbor(names)});
        subgroups.append(QCborArray{namesToCbor(subgroup.members), roles, qs(subgroup.roundMember), subgroup.finished});
    }
    map[QStringLiteral("subgroups")] = subgroups;
    return map;
}

SessionEvent eventFromCbor(const QCborMap& map)
{
    SessionEvent event;
    event.kind = map.value(QStringLiteral("kind")).toString() == QLatin1String("phase-ended") ? SessionEvent::Kind::phaseEnded
                                                                                             : SessionEvent::Kind::phaseStarted;
    event.phaseId = text(map.value(QStringLiteral("phase-id")));
    event.phaseIndex = static_cast<int>(map.value(QStringLiteral("phase-index")).toInteger());
    event.plannedMinutes = static_cast<int>(map.value(QStringLiteral("planned-minutes")).toInteger());
    event.plannedSeconds = static_cast<int>(map.value(QStringLiteral("planned-seconds")).toInteger());
    event.seed = static_cast<std::uint64_t>(map.value(QStringLiteral("seed")).toInteger());
    for (const QCborValue& pair : map.value(QStringLiteral("role-holders")).toArray())
        event.roleHolders[text(pair.toArray().at(0))] = namesFromCbor(pair.toArray().at(1));
    for (const QCborValue& pair : map.value(QStringLiteral("members")).toArray())
        event.members.push_back({text(pair.toArray().at(0)), namesFromCbor(pair.toArray().at(1))});
    event.roundId = text(map.value(QStringLiteral("round-id")));
    event.round = static_cast<int>(map.value(QStringLiteral("round")).toInteger());
    event.rounds = static_cast<int>(map.value(QStringLiteral("rounds")).toInteger());
    event.roundMember = text(map.value(QStringLiteral("round-member")));
    for (const QCborValue& value : map.value(QStringLiteral("subgroups")).toArray()) {
        const QCborArray fields = value.toArray();
        SubgroupHolders subgroup{namesFromCbor(fields.at(0)), {}, text(fields.at(2)), fields.at(3).toBool()};
        for (const QCborValue& pair : fields.at(1).toArray())
            subgroup.roleHolders[text(pair.toArray().at(0))] = namesFromCbor(pair.toArray().at(1));
        event.subgroups.push_back(std::move(subgroup));
    }
    return event;
}

QByteArray specToBytes(const MethodSpec& spec)
{
    QByteArray bytes;
    QDataStream out{&bytes, QIODevice::WriteOnly};
    out << spec;
    return bytes;
}

std::optional<MethodSpec> specFromBytes(const QByteArray& bytes)
{
    QDataStream in{bytes};
    MethodSpec spec;
    in >> spec;
    if (in.status() != QDataStream::Ok || !in.atEnd()) return std::nullopt;
    return spec;
}

QCborValue messagesToCbor(const std::vector<RoleMessage>& messages)
{
    QCborArray array;
    for (const RoleMessage& message : messages) {
        QCborMap map;
        map[QStringLiteral("role")] = qs(message.roleId);
        map[QStringLiteral("member")] = qs(message.member);
        map[QStringLiteral("nl")] = qs(message.text.nl);
        map[QStringLiteral("en")] = qs(message.text.en);
        array.append(map);
    }
    return array;
}

std::optional<std::vector<RoleMessage>> messagesFromCbor(const QCborValue& value)
{
    if (!value.isArray()) return std::nullopt;
    std::vector<RoleMessage> messages;
    for (const QCborValue& item : value.toArray()) {
        if (!item.isMap()) return std::nullopt;
        const QCborMap map = item.toMap();
        messages.push_back({text(map.value(QStringLiteral("role"))), text(map.value(QStringLiteral("member"))),
                            {text(map.value(QStringLiteral("nl"))), text(map.value(QStringLiteral("en")))}});
    }
    return messages;
}

} // namespace palet::wire
