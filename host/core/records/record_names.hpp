#pragma once
// Names of groups and members as people type them: spaces tidied, compared without regard to
// case, and a suggestion when one is misspelt.

#include <QString>
#include <QStringList>

#include <optional>

namespace palet {

inline constexpr int maximumNameLength = 80;

// The name as it is kept: surrounding spaces removed, inner runs of spaces made one.
QString tidyName(const QString& name);

// The key two names are compared by: "Anna de Vries" and "anna  de vries" are the same.
QString nameKey(const QString& name);

// Why `name` cannot be a group's or a member's name, or empty when it can. A group name may not
// contain '@', which separates it from the date in a meeting reference.
QString groupNameProblem(const QString& name);
QString memberNameProblem(const QString& name);

// The candidate closest to `word`, if one is close enough to be a misspelling of it.
std::optional<QString> closestName(const QString& word, const QStringList& candidates);

// "; did you mean 'Zorgteam'?" for the candidate closest to `word`, or empty.
QString didYouMeanText(const QString& word, const QStringList& candidates);

} // namespace palet
