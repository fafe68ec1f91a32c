#pragma once
// Text from files and from the store reaches the terminal in messages and listings. A control
// character there can move the cursor or rewrite the screen, and a bidirectional override
// (U+202E) can make a message read other than it is: both are shown as escapes instead.

#include <QString>

namespace palet {

// `text` with every control character but newline and tab, and every bidirectional control,
// written as \xHH or \u{HHHH}.
QString withVisibleControls(const QString& text);

} // namespace palet
