#pragma once
// A meeting's plan as iCalendar (RFC 5545), written by libical so that it opens in a calendar
// program: one event for the meeting, with the agenda in its description, and optionally one
// event for each part of the agenda.

#include "planning/plan_gathering.hpp"

#include <QByteArray>

namespace palet {

// Without `withCases` the calendar names no member and no case: the group, the place, the times
// and the parts by their methods.
QByteArray agendaCalendar(const GatheredPlan& gathered, bool eventPerPart, bool withCases = false);

} // namespace palet
