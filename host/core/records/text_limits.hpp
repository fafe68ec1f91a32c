#pragma once
// Every free text Palet keeps has a bound, so that a file given by mistake (or on purpose) does
// not fill the store, the journal and every export with megabytes.

#include <QString>

namespace palet {

inline constexpr int maximumTextBytes = 64 * 1024;  // a case's text, a takeaway (UTF-8 bytes)
inline constexpr int maximumShortTextLength = 200;  // a profession, a place, a facilitator, a PE register

// Why `text` is too long to be `what` ("a case's text"), or empty when it is not.
QString longTextProblem(const QString& what, const QString& text);
QString shortTextProblem(const QString& what, const QString& text);

} // namespace palet
