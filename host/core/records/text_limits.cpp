#include "records/text_limits.hpp"

#include "translate.hpp"

namespace palet {

QString longTextProblem(const QString& what, const QString& text)
{
    const qsizetype bytes = text.toUtf8().size();
    if (bytes <= maximumTextBytes) return {};
    return tr("%1 can have at most %2 KB (64 pages or so), this one has %3 KB")
        .arg(what)
        .arg(maximumTextBytes / 1024)
        .arg((bytes + 1023) / 1024);
}

QString shortTextProblem(const QString& what, const QString& text)
{
    if (text.size() <= maximumShortTextLength) return {};
    return tr("%1 can have at most %2 characters, this one has %3").arg(what).arg(maximumShortTextLength).arg(text.size());
}

} // namespace palet
