#pragma once
// A meeting's plan written out: plain text for the terminal, Markdown, HTML (well-formed XHTML as
// well, so any XML reader takes it) and JSON (docs/planning.md); iCalendar is agenda_calendar.

#include "planning/plan_gathering.hpp"

#include <QJsonObject>
#include <QString>

namespace palet {

QString agendaText(const GatheredPlan& gathered);
QString agendaMarkdown(const GatheredPlan& gathered);
QString agendaHtml(const GatheredPlan& gathered);
QJsonObject agendaJson(const GatheredPlan& gathered);

// One case of the look-back for people: "case 2 'Grenzen' (Bram) — takeaway: …".
QString lookBackText(const Case& theCase);
// The heading of the look-back: "Look back at Zorgteam@2025-01-15".
QString lookBackHeading(const GatheredPlan& gathered);

} // namespace palet
