#pragma once
// User-facing text of the core goes through Qt's translation, so Dutch can sit beside English.

#include <QCoreApplication>
#include <QString>

namespace palet {

inline QString tr(const char* text)
{
    return QCoreApplication::translate("palet", text);
}

// For texts with a count: "%n file(s)".
inline QString tr(const char* text, int count)
{
    return QCoreApplication::translate("palet", text, nullptr, count);
}

} // namespace palet
