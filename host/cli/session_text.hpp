#pragma once
// The words and figures of a live session as people read them, shared by the plain lines and
// the terminal view: times, who does what now, and the summary at the end.

#include "session/run_event.hpp"
#include "session/session_plan.hpp"
#include "session/session_state.hpp"

#include <QString>
#include <QStringList>

namespace palet::cli {

// The meeting's clock in hours and minutes: "0:03".
QString stampText(SessionTime time);
// A span in minutes and seconds, "7:42" or "-1:05" when over time; hours when long: "1:02:03".
QString spanText(SessionTime span);

QString phaseName(const SessionPlan& plan, int phase);
QString roleName(const SessionPlan& plan, const std::string& roleId);

// "Adviser (Cas, Dee)": a role with the members who hold it.
QString roleWithHolders(const SessionPlan& plan, const SessionState& state, const std::string& roleId, int phase = -1);

// Per held role what it does in `phase`: "Case owner (Ann): Answer the questions."
QStringList instructionLines(const SessionPlan& plan, const SessionState& state, int phase);

// "Message for Cas: Your cards: …", one per message.
QStringList messageLines(const SessionPlan& plan, const SessionState& state, const std::vector<RoleMessage>& messages, int phase = -1);

// In the look-back phase, each of last time's cases with its owner, takeaway and (with the
// session's state) the follow-up told so far; empty in any other phase.
QStringList lookBackLines(const SessionPlan& plan, int phase, const SessionState* state = nullptr);
// "Follow-up of last time's case 2 (Bram): …".
QString followUpLine(const SessionPlan& plan, int caseNumber, const std::string& text);
// Who holds which role in the phase's part, who speaks, and the materials.
// A silent phase, and the roles out of the room or with their back turned, with their holders.
QStringList presenceLines(const SessionPlan& plan, const SessionState& state, int phase);
QStringList roleLines(const SessionPlan& plan, const SessionState& state, int phase);

// In a phase in which the group chooses a role's holder: the role and who may be chosen, numbered
// ("Choose the Group leader now (c): 1 Bart · 2 Carla"), or who was chosen.
QStringList choiceLines(const SessionPlan& plan, const SessionState& state, int phase);
// The question the picker asks for `roleId`: "Who is the Group leader? 1 Bart · 2 Carla".
QString choiceQuestion(const SessionPlan& plan, const SessionState& state, const std::string& roleId);
// Per subgroup of the phase, its members and who holds which role there now: "Subgroup 2 (Dee,
// Eva, Fay, Gus): Client: Eva · Consultant: Dee, Fay, Gus"; empty when the group stays whole.
QStringList subgroupLines(const SessionPlan& plan, int phase);

// "The plugin of carousel stopped, and the session goes on without its messages: …" (`how` it
// broke down, when known).
QString pluginStoppedLine(const SessionPlan& plan, int phase, const std::string& how);

// The one plain line for an event, as printed when standard output is not a terminal.
QString plainEventLine(const SessionPlan& plan, const SessionState& state, const RunEvent& event);

// The summary at the end: planned and actual minutes per phase, and the takeaway.
QString summaryText(const SessionPlan& plan, const SessionState& state);

} // namespace palet::cli
