#pragma once
// PE points (permanente educatie) for intervision, by the rules of each register, read from
// YAML files: the one Palet ships (data/pe-registers.yaml) and any a firm adds
// (docs/papers.md). A later file's register replaces an earlier one with the same id.
//
// Points are kept in hundredths, never floating point: 250 is 2.5 points.

#include "diagnostic.hpp"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace palet {

enum class PointsRounding { down, nearest, none };

struct PeSource {
    QString title;
    QString url;
    QString checked; // when the rule was last compared with the source, YYYY-MM
};

struct PeRegisterRule {
    QString id;   // e.g. mfn
    QString name; // e.g. MfN-register (mediators)
    QStringList prefixes; // how a member's PE register begins, e.g. "MfN" for "MfN 12345"
    int pointsPerHour = 100; // in hundredths
    int step = 100; // rounding to multiples of this many hundredths (100 whole points, 50 halves)
    PointsRounding rounding = PointsRounding::down;
    int minimumMinutes = 0; // a meeting shorter than this earns nothing
    std::optional<int> maximumPoints; // per meeting, in hundredths
    bool breaksCount = false; // whether breaks count as intervision time
    QString category; // where the register books it, e.g. "reflectie"
    QString note;
    std::vector<PeSource> sources;
    QString file; // where the rule was read
};

struct PeRules {
    std::vector<PeRegisterRule> registers;
};

// Reads the files in order; every problem of every file is reported, as file:line:column.
struct PeRulesReading {
    PeRules rules;
    Diagnostics errors;
};
PeRulesReading readPeRules(const QStringList& files);

// The shipped file beside the binary, then palet/pe-registers.yaml in $XDG_DATA_DIRS (lowest
// first) and $XDG_DATA_HOME; those that exist.
QStringList peRuleFiles();

// The register a member's PE register text names, and the number after it: "MfN 12345" gives
// the rule for MfN and "12345". The longest matching prefix wins; case does not matter.
struct RegisterMatch {
    const PeRegisterRule* rule = nullptr; // none when no register matches
    QString number;
};
RegisterMatch matchRegister(const PeRules& rules, const QString& peRegister);

// The minutes that count and the points they earn.
struct PeCredit {
    int countedMinutes = 0;
    int points = 0; // hundredths
};
PeCredit creditFor(const PeRegisterRule& rule, int heldMinutes, int breakMinutes);

// "3", "2.5", "2.75".
QString pointsText(int hundredths);

} // namespace palet
