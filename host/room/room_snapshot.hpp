#pragma once
// What each of the room's views shows, as the JSON "room" message (docs/room.md): the session's
// state read from the plan and the state the engine keeps, in the language each view asked for.
// It decides nothing: who holds a role, whether a role may speak and what is due come from core.

#include "room_command.hpp"

#include "session/case_inventory.hpp"
#include "session/session_plan.hpp"
#include "session/session_state.hpp"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <map>

namespace palet::room {

// What the room knows besides the session: who joined, who confirmed attendance, the join code.
struct RoomFacts {
    QString title;
    std::vector<std::string> members; // present, as the plan has them
    std::map<QString, int> online;    // member: devices connected now
    std::map<QString, QDateTime> joined;
    std::map<QString, QDateTime> attended;
    QString joinCode;
    QString joinUrl;
    int codeRenewsIn = 0; // seconds
    bool confirmingQuit = false;
    QString recorded;     // after the end: what was recorded in the store, or why not
    bool attendanceOpen = false;
    CaseInventory* inventory = nullptr; // before the start: the cases brought in and their votes
    QJsonObject choices;                // before a session is picked: what the console may pick
    bool caseLabelsOnProjector = false; // the group allows the projector to show case labels
};

struct SnapshotInput {
    const SessionPlan& plan;
    const SessionState& state;
    SessionTime now;
    double speed = 1.0;
    const RoomFacts& facts;
};

QJsonObject roomSnapshot(const SnapshotInput& input, View view, Language language, const QString& member = {});

// Before the console has picked what the room runs: status "choosing", and for the console the
// choices.
QJsonObject choosingSnapshot(const RoomFacts& facts, View view);

} // namespace palet::room
