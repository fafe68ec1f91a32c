#include "records/calendar_text.hpp"

#include <QRegularExpression>

namespace palet {

std::optional<QDate> dateFromText(const QString& text)
{
    static const QRegularExpression form{"^\\d{4}-\\d{2}-\\d{2}$"};
    if (!form.match(text).hasMatch()) return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) return std::nullopt;
    return date;
}

std::optional<QTime> clockTimeFromText(const QString& text)
{
    static const QRegularExpression form{"^\\d{2}:\\d{2}$"};
    if (!form.match(text).hasMatch()) return std::nullopt;
    const QTime time = QTime::fromString(text, "HH:mm");
    if (!time.isValid()) return std::nullopt;
    return time;
}

QString dateText(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString clockTimeText(QTime time)
{
    return time.toString("HH:mm");
}

} // namespace palet
