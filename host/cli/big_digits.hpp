#pragma once
// A clock reading ("12:05", "-0:42") in large block figures, five rows high, for the terminal
// view: each row is a string of '#' (ink) and ' '.

#include <QString>
#include <QStringList>

namespace palet::cli {

inline constexpr int bigDigitRows = 5;

// The rows of `text` (digits, ':' and '-'; other characters are left blank), each figure
// `scale` columns per dot wide, figures one dot apart.
QStringList bigDigits(const QString& text, int scale = 1);

} // namespace palet::cli
