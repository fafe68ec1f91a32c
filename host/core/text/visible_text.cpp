#include "text/visible_text.hpp"

#include <QList>

namespace palet {
namespace {

bool isBidiControl(char32_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool mustEscape(char32_t c)
{
    if (c == '\n' || c == '\t') return false;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c);
}

} // namespace

QString withVisibleControls(const QString& text)
{
    // Most text is clean: check that on its UTF-16 units, without decoding it. Every character
    // to escape lies in the Basic Multilingual Plane, so no surrogate is ever one of them.
    bool plain = true;
    for (qsizetype at = 0; at < text.size() && plain; ++at) {
        const char16_t unit = text[at].unicode();
        plain = unit == '\r' ? at + 1 < text.size() && text[at + 1] == '\n' : !mustEscape(unit);
    }
    if (plain) return text;
    const QList<uint> characters = text.toUcs4();
    // A carriage return that ends a line is kept: iCalendar's lines end in CR LF.
    const auto escaped = [&](qsizetype at) {
        const char32_t c = characters[at];
        if (c == '\r') return at + 1 >= characters.size() || characters[at + 1] != '\n';
        return mustEscape(c);
    };
    bool clean = true;
    for (qsizetype at = 0; at < characters.size(); ++at)
        if (escaped(at)) clean = false;
    if (clean) return text;
    QString shown;
    shown.reserve(text.size() + 16);
    for (qsizetype at = 0; at < characters.size(); ++at) {
        const char32_t c = characters[at];
        if (!escaped(at))
            shown += QString::fromUcs4(&c, 1);
        else if (c < 0x100)
            shown += QString("\\x%1").arg(static_cast<uint>(c), 2, 16, QChar('0')).toUpper().replace("\\X", "\\x");
        else
            shown += QString("\\u{%1}").arg(static_cast<uint>(c), 4, 16, QChar('0')).toUpper().replace("\\U{", "\\u{");
    }
    return shown;
}

} // namespace palet
