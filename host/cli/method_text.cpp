#include "method_text.hpp"

#include "translate.hpp"

#include <QStringList>

namespace palet::cli {

QString minutesText(const MinuteRange& minutes)
{
    return minutes.isFixed() ? QString::number(minutes.min) : QString("%1–%2").arg(minutes.min).arg(minutes.max);
}

QString groupSizeText(const GroupSize& size) { return QString("%1–%2").arg(size.min).arg(size.max); }

QString stylesText(const MethodSpec& spec, Language language)
{
    QStringList names;
    for (LearningStyle style : spec.styles) {
        const auto name = language == Language::nl ? learningStyleId(style) : learningStyleEnglish(style);
        names << QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
    }
    return names.join(", ");
}

QString holdersText(RoleHolders holders)
{
    switch (holders) {
    case RoleHolders::one: return tr("exactly one");
    case RoleHolders::optional: return tr("optional");
    case RoleHolders::everyoneElse: return tr("everyone else");
    }
    return {};
}

QString clockText(int minutes) { return QString("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QChar('0')); }

} // namespace palet::cli
