#pragma once
// What a guided meeting costs (seed 003): the guide's hourly rate for guiding and preparation,
// travel time at the same rate, travel costs, the location and any facilities — all excluding
// VAT, in whole cents — and how that total is split equally over the participants.

#include <QString>

#include <optional>
#include <vector>

namespace palet {

struct MeetingCosts {
    int rateCents = 0;     // per hour, excluding VAT
    int guidingMinutes = 0; // the meeting's scheduled length
    int prepMinutes = 0;
    int travelMinutes = 0;
    qint64 travelCents = 0;
    qint64 locationCents = 0;
    qint64 facilitiesCents = 0;
};

enum class CostKind { guiding, preparation, travelTime, travelCosts, location, facilities };

QString costKindId(CostKind kind); // "guiding", "preparation", "travel-time", …
QString costKindLabel(CostKind kind); // for people, translated

struct CostLine {
    CostKind kind = CostKind::guiding;
    int minutes = 0; // for the kinds paid by the hour
    qint64 cents = 0;
};

// The lines that are not zero, in the order above. Time is charged to the cent, rounded half up.
std::vector<CostLine> costLines(const MeetingCosts& costs);
qint64 totalCents(const std::vector<CostLine>& lines);

// Each participant's share of each line, so that every line adds up exactly and each
// participant's total differs from another's by at most one cent, the extra cents going to the
// first participants. shares[participant][line].
std::vector<std::vector<qint64>> splitEqually(const std::vector<CostLine>& lines, int participants);

// VAT on each line of one invoice: the invoice's VAT is its net total × the rate, rounded half
// up (as EN 16931 requires), handed out over the lines by the largest remainder so that the
// lines add up to it.
std::vector<qint64> vatPerLine(const std::vector<qint64>& netCents, int vatPercent);

// € 1,234.56 in English, € 1.234,56 in Dutch; negative amounts with a minus sign.
QString euroText(qint64 cents);
// 1234.56, as UBL and JSON-minded programs read it.
QString decimalText(qint64 cents);

// Parses "125", "125.5", "125.50" or "125,50" into cents; nothing for anything else (negative
// amounts, more than two decimals, text).
std::optional<qint64> centsFromText(const QString& text);
// Parses hours as "1", "1.5", "0.25" or "1,5" into whole minutes; nothing unless whole minutes.
std::optional<int> minutesFromHoursText(const QString& text);

} // namespace palet
