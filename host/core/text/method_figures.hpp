#pragma once
// Short forms of a method's figures, the same in every language.

#include <palet/method_spec.hpp>

#include <QString>

namespace palet {

QString minutesText(const MinuteRange& minutes); // "30" or "35–45"
QString minutesText(const SecondRange& seconds); // in minutes: "7½" or "5–7½"
// Seconds as a number of minutes to put before "min": 420 "7", 450 "7½", 440 "7:20", 30 "½".
QString secondsAsMinutes(int seconds);
QString groupSizeText(const GroupSize& size);    // "4–6", or "5+" for a group with only a minimum
QString clockText(int minutes);                  // "0:05"
QString clockTextOfSeconds(int seconds);         // "0:05", or "0:07:30" within a minute

} // namespace palet
