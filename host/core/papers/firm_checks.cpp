#include "papers/firm_checks.hpp"

#include "translate.hpp"

#include <QRegularExpression>

namespace palet {

QString compactIban(const QString& iban)
{
    QString compact = iban.toUpper();
    compact.remove(' ');
    return compact;
}

QString groupedIban(const QString& iban)
{
    const QString compact = compactIban(iban);
    QStringList groups;
    for (qsizetype at = 0; at < compact.size(); at += 4) groups << compact.mid(at, 4);
    return groups.join(' ');
}

std::optional<QString> ibanProblem(const QString& iban)
{
    const QString compact = compactIban(iban);
    static const QRegularExpression form{"^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$"};
    if (!form.match(compact).hasMatch())
        return tr("'%1' is not an IBAN (two letters for the country, two check digits, then the account)").arg(iban);
    if (compact.startsWith("NL") && compact.size() != 18)
        return tr("'%1' is not a Dutch IBAN: it has %2 characters instead of 18").arg(iban).arg(compact.size());
    // The country and check digits move to the end, letters become 10…35, and the number must
    // leave 1 when divided by 97; done piecewise to stay within an int.
    const QString moved = compact.mid(4) + compact.left(4);
    int remainder = 0;
    for (const QChar character : moved) {
        const int value = character.isDigit() ? character.digitValue() : character.unicode() - 'A' + 10;
        remainder = (value >= 10 ? remainder * 100 : remainder * 10) + value;
        remainder %= 97;
    }
    if (remainder != 1) return tr("'%1' is not a valid IBAN: its check digits do not match (a typing error?)").arg(iban);
    return std::nullopt;
}

std::optional<PostalAddress> dutchPostalAddress(const QString& address)
{
    static const QRegularExpression postcodeLine{"^([1-9][0-9]{3}) ?([A-Za-z]{2})\\s+(.+)$"};
    QStringList lines;
    for (const QString& line : QString{address}.replace(',', '\n').split('\n'))
        if (!line.simplified().isEmpty()) lines << line.simplified();
    for (qsizetype at = 1; at < lines.size(); ++at)
        if (const auto found = postcodeLine.match(lines[at]); found.hasMatch())
            return PostalAddress{lines.mid(0, at).join(", "), found.captured(1) + ' ' + found.captured(2).toUpper(),
                                 found.captured(3)};
    return std::nullopt;
}

std::optional<QString> addressProblem(const QString& address)
{
    if (!dutchPostalAddress(address))
        return tr("the address '%1' needs a street and a line with postcode and city, such as "
                  "\"Stationsweg 1, 3511 AB Utrecht\"; an e-invoice cannot do without them")
            .arg(QString{address}.replace('\n', ", "));
    return std::nullopt;
}

std::optional<QString> kvkProblem(const QString& number)
{
    static const QRegularExpression form{"^[0-9]{8}$"};
    if (!form.match(number.trimmed()).hasMatch())
        return tr("'%1' is not a Chamber of Commerce (KvK) number: it has eight digits").arg(number);
    return std::nullopt;
}

std::optional<QString> vatNumberProblem(const QString& number)
{
    const QString compact = compactIban(number);
    static const QRegularExpression dutch{"^NL[0-9]{9}B[0-9]{2}$"};
    static const QRegularExpression european{"^(AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|PL|PT|RO|SE|SI|SK|XI)[0-9A-Z]{2,12}$"};
    if (compact.startsWith("NL") ? dutch.match(compact).hasMatch() : european.match(compact).hasMatch()) return std::nullopt;
    return tr("'%1' is not a VAT identification number (a Dutch one is written NL123456789B01)").arg(number);
}

std::optional<QString> invoiceNumberFormatProblem(const QString& format)
{
    static const QRegularExpression number{"\\{number(:[1-9])?\\}"};
    static const QRegularExpression placeholder{"\\{[^}]*\\}"};
    if (!number.match(format).hasMatch())
        return tr("the invoice number format '%1' has no {number} (or {number:4} for at least four digits)").arg(format);
    QString rest = format;
    rest.remove(number);
    rest.remove("{year}");
    if (const auto other = placeholder.match(rest); other.hasMatch())
        return tr("the invoice number format '%1' has %2; it knows only {year} and {number}").arg(format, other.captured());
    static const QRegularExpression allowed{"^[A-Za-z0-9{}:/._-]{1,40}$"};
    if (!allowed.match(format).hasMatch())
        return tr("the invoice number format '%1' may hold only letters, digits, '-', '/', '.', '_' and the placeholders")
            .arg(format);
    return std::nullopt;
}

QString invoiceNumberText(const QString& format, int year, int sequence)
{
    static const QRegularExpression number{"\\{number(?::([1-9]))?\\}"};
    QString text = format;
    text.replace("{year}", QString::number(year));
    const auto found = number.match(text);
    if (!found.hasMatch()) return text;
    const int width = found.captured(1).isEmpty() ? 1 : found.captured(1).toInt();
    return text.replace(found.capturedStart(), found.capturedLength(), QString::number(sequence).rightJustified(width, '0'));
}

} // namespace palet
