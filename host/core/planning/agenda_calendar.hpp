#pragma once
// A meeting's plan as iCalendar (RFC 5545), written by libical so that it opens in a calendar
// program: one event for the meeting, with the agenda in its description, and optionally one
// event for each part of the agenda.

#include "planning/plan_gathering.hpp"

#include <QByteArray>

namespace palet {

QByteArray agendaCalendar(const GatheredPlan& gathered, bool eventPerPart);

} // namespace palet
