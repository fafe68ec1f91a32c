#pragma once
// Short human forms of a method's figures, shared by the commands that print methods.

#include <palet/method_spec.hpp>

#include <QString>

namespace palet::cli {

QString minutesText(const MinuteRange& minutes);  // "30" or "35–45"
QString groupSizeText(const GroupSize& size);     // "4–6"
QString stylesText(const MethodSpec& spec, Language language);
QString holdersText(RoleHolders holders);
QString clockText(int minutes);                   // "0:05"

} // namespace palet::cli
