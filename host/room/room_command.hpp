#pragma once
// The messages the room's pages send, checked before anything acts on them: one JSON object of at
// most 16 KiB with a known "type" and exactly that type's fields, each of its kind and size
// (docs/room.md lists them). Whatever fails is answered with an error and changes nothing.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <variant>

namespace palet::room {

inline constexpr int protocolVersion = 1;
inline constexpr qsizetype largestMessage = 16 * 1024;

enum class View { console, screen, phone };

struct RoomCommand {
    enum class Kind { hello, start, key, code, join, takeaway, attend, close, bringIn, vote, choose, holder } kind = Kind::hello;
    View view = View::phone; // hello
    QString secret;          // hello: the console's token, the screen's key or a phone's device token
    QString language;        // hello: "nl", "en" or empty (the room's)
    char key = 0;            // key: one of " nb+qy"
    QString code;            // code, join: six digits
    QString name;            // join: the member; holder: the member the group chose
    QString role;            // holder: the role the group chose its holder for (format 2's chosen_in)
    QString text;            // takeaway; bringIn: the case's label
    int caseNumber = 0;      // vote
    bool vote = false;       // vote: true to vote, false to take the vote back
    QString meeting;         // choose: a stored meeting's reference; or
    QString method;          // choose: a method's id, with
    QStringList members;     // choose: the members present
};

struct CommandError {
    QString code;    // "bad-json", "unknown-type", "bad-field", "too-big"
    QString message; // for people, in English: names the field
};

std::variant<RoomCommand, CommandError> parseRoomCommand(const QByteArray& message);

} // namespace palet::room
