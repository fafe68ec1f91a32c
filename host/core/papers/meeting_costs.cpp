#include "papers/meeting_costs.hpp"

#include "translate.hpp"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace palet {

QString costKindId(CostKind kind)
{
    switch (kind) {
    case CostKind::guiding: return QStringLiteral("guiding");
    case CostKind::preparation: return QStringLiteral("preparation");
    case CostKind::travelTime: return QStringLiteral("travel-time");
    case CostKind::travelCosts: return QStringLiteral("travel-costs");
    case CostKind::location: return QStringLiteral("location");
    case CostKind::facilities: return QStringLiteral("facilities");
    }
    return {};
}

QString costKindLabel(CostKind kind)
{
    switch (kind) {
    case CostKind::guiding: return tr("Guiding the meeting");
    case CostKind::preparation: return tr("Preparation");
    case CostKind::travelTime: return tr("Travel time");
    case CostKind::travelCosts: return tr("Travel costs");
    case CostKind::location: return tr("Location");
    case CostKind::facilities: return tr("Facilities");
    }
    return {};
}

std::vector<CostLine> costLines(const MeetingCosts& costs)
{
    const auto byTime = [&](int minutes) { return (qint64(minutes) * costs.rateCents * 2 + 60) / 120; };
    const std::vector<CostLine> all{
        {CostKind::guiding, costs.guidingMinutes, byTime(costs.guidingMinutes)},
        {CostKind::preparation, costs.prepMinutes, byTime(costs.prepMinutes)},
        {CostKind::travelTime, costs.travelMinutes, byTime(costs.travelMinutes)},
        {CostKind::travelCosts, 0, costs.travelCents},
        {CostKind::location, 0, costs.locationCents},
        {CostKind::facilities, 0, costs.facilitiesCents},
    };
    std::vector<CostLine> lines;
    std::copy_if(all.begin(), all.end(), std::back_inserter(lines), [](const CostLine& line) { return line.cents != 0; });
    return lines;
}

qint64 totalCents(const std::vector<CostLine>& lines)
{
    return std::accumulate(lines.begin(), lines.end(), qint64{0}, [](qint64 sum, const CostLine& line) { return sum + line.cents; });
}

std::vector<std::vector<qint64>> splitEqually(const std::vector<CostLine>& lines, int participants)
{
    std::vector<std::vector<qint64>> shares(std::size_t(std::max(participants, 0)), std::vector<qint64>(lines.size(), 0));
    if (participants <= 0) return shares;
    // The cents left over from each line go round the participants in turn, starting where the
    // previous line's left off: so the first participants get the extra cents of the whole.
    int next = 0;
    for (std::size_t line = 0; line < lines.size(); ++line) {
        const qint64 each = lines[line].cents / participants;
        qint64 left = lines[line].cents % participants;
        for (auto& share : shares) share[line] = each;
        for (; left > 0; --left) {
            ++shares[std::size_t(next)][line];
            next = (next + 1) % participants;
        }
    }
    return shares;
}

std::vector<qint64> vatPerLine(const std::vector<qint64>& netCents, int vatPercent)
{
    const qint64 net = std::accumulate(netCents.begin(), netCents.end(), qint64{0});
    const auto roundedPercent = [&](qint64 cents) {
        // Half up, away from zero, for credit invoices too.
        const qint64 scaled = std::abs(cents) * vatPercent;
        const qint64 rounded = (scaled + 50) / 100;
        return cents < 0 ? -rounded : rounded;
    };
    const qint64 total = roundedPercent(net);
    std::vector<qint64> vat(netCents.size(), 0);
    std::vector<std::pair<qint64, std::size_t>> remainders;
    qint64 given = 0;
    for (std::size_t i = 0; i < netCents.size(); ++i) {
        const qint64 scaled = netCents[i] * vatPercent;
        vat[i] = scaled / 100; // towards zero
        given += vat[i];
        remainders.emplace_back(std::abs(scaled % 100), i);
    }
    std::stable_sort(remainders.begin(), remainders.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    const qint64 step = total >= given ? 1 : -1;
    for (std::size_t k = 0; given != total && !remainders.empty(); k = (k + 1) % remainders.size()) {
        vat[remainders[k].second] += step;
        given += step;
    }
    return vat;
}

QString euroText(qint64 cents)
{
    const bool dutch = tr("en") == "nl";
    const qint64 whole = std::abs(cents) / 100;
    QString digits = QString::number(whole);
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3) digits.insert(at, dutch ? '.' : ',');
    return QString("%1€ %2%3%4")
        .arg(cents < 0 ? "-" : "", digits, dutch ? "," : ".", QString::number(std::abs(cents) % 100).rightJustified(2, '0'));
}

QString decimalText(qint64 cents)
{
    return QString("%1%2.%3").arg(cents < 0 ? "-" : "").arg(std::abs(cents) / 100).arg(std::abs(cents) % 100, 2, 10, QChar('0'));
}

std::optional<qint64> centsFromText(const QString& text)
{
    static const QRegularExpression amount{"^\\s*(?:€\\s*)?([0-9]{1,9})(?:[.,]([0-9]{1,2}))?\\s*$"};
    const auto found = amount.match(text);
    if (!found.hasMatch()) return std::nullopt;
    qint64 cents = found.captured(1).toLongLong() * 100;
    if (found.hasCaptured(2)) cents += found.captured(2).leftJustified(2, '0').toLongLong();
    return cents;
}

std::optional<int> minutesFromHoursText(const QString& text)
{
    static const QRegularExpression hours{"^\\s*([0-9]{1,3})(?:[.,]([0-9]{1,4}))?\\s*$"};
    const auto found = hours.match(text);
    if (!found.hasMatch()) return std::nullopt;
    const qint64 scale = found.hasCaptured(2) ? qint64(std::pow(10, found.captured(2).size())) : 1;
    const qint64 fraction = found.hasCaptured(2) ? found.captured(2).toLongLong() : 0;
    const qint64 scaledMinutes = (found.captured(1).toLongLong() * scale + fraction) * 60;
    if (scaledMinutes % scale != 0) return std::nullopt;
    return int(scaledMinutes / scale);
}

} // namespace palet
