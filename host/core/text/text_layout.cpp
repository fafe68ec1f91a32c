#include "text/text_layout.hpp"

#include <algorithm>

namespace palet {

QStringList wrap(const QString& text, int width)
{
    // Most texts are one short line already: nothing to break, squeeze or trim.
    if (text.size() <= width && !text.contains(u'\n') && !text.contains(u"  ") && !text.startsWith(u' ') &&
        !text.endsWith(u' '))
        return {text};
    QStringList lines;
    for (const QStringView paragraph : QStringView{text}.split(u'\n')) {
        QString line;
        for (const QStringView word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
                lines << line;
                line.clear();
            }
            if (!line.isEmpty()) line += u' ';
            line += word;
        }
        lines << line;
    }
    return lines;
}

QString hangingIndent(const QString& text, int indent, int width)
{
    const QStringList lines = wrap(text, std::max(20, width - indent));
    return lines.join('\n' + QString(indent, ' '));
}

QString columns(const std::vector<QStringList>& rows, int width, int gap)
{
    // Too little room left for the last cell: it goes on lines of its own, indented.
    constexpr int minimumRoom = 24;
    constexpr int ownLineIndent = 6;

    std::vector<int> widths;
    for (const auto& row : rows)
        for (int i = 0; i + 1 < row.size(); ++i) {
            if (static_cast<int>(widths.size()) <= i) widths.push_back(0);
            widths[i] = std::max(widths[i], static_cast<int>(row[i].size()));
        }
    QString out;
    for (const auto& row : rows) {
        if (row.isEmpty()) continue;
        QString line;
        int used = 0;
        for (int i = 0; i + 1 < row.size(); ++i) {
            line += row[i].leftJustified(widths[i] + gap);
            used += widths[i] + gap;
        }
        if (width - used >= minimumRoom) {
            line += hangingIndent(row.back(), used, width);
        } else {
            const QString own = QString(ownLineIndent, ' ') + hangingIndent(row.back(), ownLineIndent, width);
            while (line.endsWith(' ')) line.chop(1);
            line = line.isEmpty() ? own : line + '\n' + own;
        }
        out += line + '\n';
    }
    return out;
}

} // namespace palet
