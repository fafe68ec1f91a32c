#include "big_digits.hpp"

#include <array>

namespace palet::cli {
namespace {

using Glyph = std::array<const char*, bigDigitRows>;

constexpr std::array<Glyph, 10> digits{{
    {"###", "# #", "# #", "# #", "###"},
    {"  #", "  #", "  #", "  #", "  #"},
    {"###", "  #", "###", "#  ", "###"},
    {"###", "  #", "###", "  #", "###"},
    {"# #", "# #", "###", "  #", "  #"},
    {"###", "#  ", "###", "  #", "###"},
    {"###", "#  ", "###", "# #", "###"},
    {"###", "  #", "  #", "  #", "  #"},
    {"###", "# #", "###", "# #", "###"},
    {"###", "# #", "###", "  #", "###"},
}};
constexpr Glyph colon{" ", "#", " ", "#", " "};
constexpr Glyph minus{"   ", "   ", "###", "   ", "   "};
constexpr Glyph blank{"   ", "   ", "   ", "   ", "   "};

const Glyph& glyphFor(QChar character)
{
    if (character.isDigit()) return digits[static_cast<size_t>(character.digitValue())];
    if (character == ':') return colon;
    if (character == '-') return minus;
    return blank;
}

} // namespace

QStringList bigDigits(const QString& text, int scale)
{
    QStringList rows(bigDigitRows);
    for (qsizetype index = 0; index < text.size(); ++index) {
        const Glyph& glyph = glyphFor(text[index]);
        for (int row = 0; row < bigDigitRows; ++row) {
            if (index > 0) rows[row] += QString(scale, ' ');
            for (const char* dot = glyph[static_cast<size_t>(row)]; *dot; ++dot) rows[row] += QString(scale, QChar(*dot));
        }
    }
    return rows;
}

} // namespace palet::cli
