#pragma once
// Short forms of a method's figures, the same in every language.

#include <palet/method_spec.hpp>

#include <QString>

namespace palet {

QString minutesText(const MinuteRange& minutes); // "30" or "35–45"
QString groupSizeText(const GroupSize& size);    // "4–6", or "5+" for a group with only a minimum
QString clockText(int minutes);                  // "0:05"

} // namespace palet
