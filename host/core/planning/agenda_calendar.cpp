#include "planning/agenda_calendar.hpp"

#include "planning/agenda_formats.hpp"

#include "translate.hpp"

#include <libical/ical.h>

#include <cstdlib>
#include <memory>

namespace palet {
namespace {

// Floating local time: the meeting is at 09:30 wherever the calendar is.
icaltimetype localTime(QDate date, QTime time)
{
    icaltimetype when = icaltime_null_time();
    when.year = date.year();
    when.month = date.month();
    when.day = date.day();
    when.hour = time.hour();
    when.minute = time.minute();
    when.second = 0;
    when.is_date = 0;
    return when;
}

icalcomponent* event(const QString& uid, const QString& summary, QDate date, QTime start, QTime end, const QString& place,
                     const QString& description)
{
    icalcomponent* created = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    icalcomponent_add_property(created, icalproperty_new_uid(uid.toUtf8().constData()));
    icalcomponent_add_property(created, icalproperty_new_dtstamp(icaltime_current_time_with_zone(icaltimezone_get_utc_timezone())));
    icalcomponent_add_property(created, icalproperty_new_dtstart(localTime(date, start)));
    icalcomponent_add_property(created, icalproperty_new_dtend(localTime(date, end)));
    icalcomponent_add_property(created, icalproperty_new_summary(summary.toUtf8().constData()));
    if (!place.isEmpty()) icalcomponent_add_property(created, icalproperty_new_location(place.toUtf8().constData()));
    if (!description.isEmpty())
        icalcomponent_add_property(created, icalproperty_new_description(description.toUtf8().constData()));
    return created;
}

QString partSummary(const AgendaLine& line)
{
    if (!line.theCase) return line.title;
    return tr("Case %1 '%2' (%3): %4").arg(line.theCase->number).arg(line.theCase->label, line.theCase->ownerName, line.title);
}

// One line per part, without the columns of the terminal, which a calendar would not keep. A
// calendar leaves the group (shared, synced, shown on a phone's lock screen): without `withCases`
// it names no member and no case.
QString description(const GatheredPlan& gathered, bool withCases)
{
    QStringList lines;
    if (withCases)
        lines << tr("Present (%1): %2").arg(gathered.presentNames.size()).arg(gathered.presentNames.join(", ")) << QString{};
    for (const AgendaLine& line : gathered.plan.lines) {
        QString text = QString("%1–%2 %3").arg(line.start.toString("HH:mm"), line.end.toString("HH:mm"),
                                               withCases ? partSummary(line) : line.title);
        if (withCases && !line.chair.isEmpty() && !line.timekeeper.isEmpty())
            text += ' ' + tr("(chair: %1, timekeeper: %2)").arg(line.chair, line.timekeeper);
        lines << text;
    }
    // The look-back names last time's case owners and their takeaways: only on request.
    if (withCases && !gathered.lookBack.empty()) {
        lines << QString{} << lookBackHeading(gathered) + ':';
        for (const Case& theCase : gathered.lookBack) lines << "- " + lookBackText(theCase);
    }
    return lines.join('\n');
}

} // namespace

QByteArray agendaCalendar(const GatheredPlan& gathered, bool eventPerPart, bool withCases)
{
    const std::unique_ptr<icalcomponent, decltype(&icalcomponent_free)> calendar{icalcomponent_new(ICAL_VCALENDAR_COMPONENT),
                                                                                 &icalcomponent_free};
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Palet//Intervision agenda//EN"));
    const Meeting& meeting = gathered.meeting;
    const QString uidBase = QString("palet-meeting-%1-%2").arg(gathered.group.name.toLower().replace(' ', '-'),
                                                               meeting.date.toString(Qt::ISODate) + meeting.start.toString("HHmm"));
    icalcomponent_add_component(calendar.get(), event(uidBase + "@palet", tr("Intervision %1").arg(gathered.group.name),
                                                      meeting.date, meeting.start, meeting.end, meeting.place,
                                                      description(gathered, withCases)));
    if (eventPerPart) {
        int index = 0;
        for (const AgendaLine& line : gathered.plan.lines) {
            icalcomponent_add_component(calendar.get(), event(QString("%1-%2@palet").arg(uidBase).arg(++index),
                                                              withCases ? partSummary(line) : line.title,
                                                              meeting.date, line.start, line.end, meeting.place, QString{}));
        }
    }
    char* written = icalcomponent_as_ical_string_r(calendar.get());
    QByteArray text{written};
    std::free(written);
    return text;
}

} // namespace palet
