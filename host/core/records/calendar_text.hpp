#pragma once
// Dates and clock times as they are typed and stored: strictly YYYY-MM-DD and HH:MM (24 hours),
// so that 03-04-2025 can never be read as the wrong month.

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

namespace palet {

std::optional<QDate> dateFromText(const QString& text);
std::optional<QTime> clockTimeFromText(const QString& text);

QString dateText(QDate date);      // 2025-03-12
QString clockTimeText(QTime time); // 09:30

} // namespace palet
