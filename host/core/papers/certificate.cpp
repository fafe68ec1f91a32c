#include "papers/certificate.hpp"

#include "papers/attendance_sheet.hpp"
#include "papers/pe_rules.hpp"
#include "papers/signature.hpp"
#include "records/calendar_text.hpp"
#include "translate.hpp"

#include <QRegularExpression>

#include <map>
#include <vector>

namespace palet {
namespace {

const QByteArray payloadHeading = "Palet certificate of participation, version 1";
const QByteArray sealMarker = "\n%palet-seal ";

QString escaped(const QString& text) { return text.toHtmlEscaped(); }

std::vector<std::pair<QByteArray, QString>> fields(const Certificate& c)
{
    return {{"number", c.number},
            {"issued_on", dateText(c.issuedOn)},
            {"firm", c.firm},
            {"member", c.member},
            {"pe_register", c.peRegister},
            {"register_id", c.registerId},
            {"register_name", c.registerName},
            {"group", c.group},
            {"profession", c.profession},
            {"date", dateText(c.date)},
            {"start", c.start},
            {"end", c.end},
            {"held_minutes", QString::number(c.heldMinutes)},
            {"counted_minutes", QString::number(c.countedMinutes)},
            {"points", pointsText(c.points)},
            {"guide", c.guide}};
}

QString hoursDecimal(int minutes)
{
    return QString::number(minutes / 60) + '.' + QString::number((minutes % 60) * 100 / 60).rightJustified(2, '0');
}

} // namespace

QByteArray certificatePayload(const Certificate& certificate)
{
    QByteArray payload = payloadHeading + '\n';
    for (const auto& [key, value] : fields(certificate)) {
        QString line = value;
        line.replace('\n', ' ');
        payload += key + ": " + line.toUtf8() + '\n';
    }
    return payload;
}

std::optional<Certificate> certificateFromPayload(const QByteArray& payload)
{
    const QList<QByteArray> lines = payload.split('\n');
    if (lines.isEmpty() || lines.first() != payloadHeading) return std::nullopt;
    std::map<QByteArray, QString> values;
    for (const QByteArray& line : lines.mid(1)) {
        if (line.isEmpty()) continue;
        const qsizetype colon = line.indexOf(": ");
        if (colon <= 0) return std::nullopt;
        values[line.left(colon)] = QString::fromUtf8(line.mid(colon + 2));
    }
    Certificate c;
    const auto issued = dateFromText(values["issued_on"]);
    const auto date = dateFromText(values["date"]);
    bool heldOk = false;
    bool countedOk = false;
    c.heldMinutes = values["held_minutes"].toInt(&heldOk);
    c.countedMinutes = values["counted_minutes"].toInt(&countedOk);
    static const QRegularExpression points{"^([0-9]+)(?:\\.([0-9]{1,2}))?$"};
    const auto pointsMatch = points.match(values["points"]);
    if (!issued || !date || !heldOk || !countedOk || !pointsMatch.hasMatch()) return std::nullopt;
    c.number = values["number"];
    c.issuedOn = *issued;
    c.firm = values["firm"];
    c.member = values["member"];
    c.peRegister = values["pe_register"];
    c.registerId = values["register_id"];
    c.registerName = values["register_name"];
    c.group = values["group"];
    c.profession = values["profession"];
    c.date = *date;
    c.start = values["start"];
    c.end = values["end"];
    c.points = pointsMatch.captured(1).toInt() * 100 + pointsMatch.captured(2).leftJustified(2, '0').toInt();
    c.guide = values["guide"];
    return c;
}

QString verificationCodeText(const QByteArray& signature)
{
    const QString code = QString::fromLatin1(signature.toBase64());
    QStringList groups;
    for (qsizetype at = 0; at < code.size(); at += 8) groups << code.mid(at, 8);
    return groups.join(' ');
}

QString certificateHtml(const Certificate& c, const QByteArray& signature, const QString& keyFingerprintText)
{
    const QString title = tr("Certificate of participation");
    QString out = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + tr("en") + "\">\n<head>\n"
                  "<meta charset=\"utf-8\"/>\n<title>" + escaped(title) + "</title>\n"
                  "<style>\nbody { font-family: sans-serif; }\nth { text-align: left; padding-right: 12px; }\n"
                  ".code { font-family: monospace; }\n</style>\n</head>\n<body>\n<h1>" + escaped(title) + "</h1>\n";
    out += "<p>" + escaped(tr("%1 took part in an intervision meeting of %2, guided by %3.")
                               .arg(c.member, c.group, c.guide.isEmpty() ? c.firm : c.guide)) + "</p>\n<table>\n";
    const auto fact = [&](const QString& label, const QString& value) {
        if (!value.isEmpty()) out += QString("<tr><th>%1</th><td>%2</td></tr>\n").arg(escaped(label), escaped(value));
    };
    fact(tr("Participant"), c.member);
    fact(tr("PE register"), c.peRegister);
    fact(tr("Group"), c.group);
    fact(tr("Profession"), c.profession);
    fact(tr("Date"), dateText(c.date));
    fact(tr("Time"), c.start + "–" + c.end);
    fact(tr("Hours held"), heldText(c.heldMinutes * 60));
    fact(tr("Hours that count"), heldText(c.countedMinutes * 60));
    fact(tr("PE points"), c.registerId.isEmpty() ? tr("none: no rules are known for this register")
                                                 : tr("%1 (%2)").arg(pointsText(c.points), c.registerName));
    fact(tr("Guide"), c.guide);
    fact(tr("Issued by"), c.firm);
    fact(tr("Issued on"), dateText(c.issuedOn));
    fact(tr("Certificate number"), c.number);
    out += "</table>\n<p>" + escaped(tr("Verification code (Ed25519 signature of the firm, key %1):").arg(keyFingerprintText)) +
           "<br/><span class=\"code\">" + escaped(verificationCodeText(signature)) + "</span></p>\n";
    out += "<p>" + escaped(tr("Check this certificate with: palet certificates verify FILE")) + "</p>\n";
    return out + "</body>\n</html>\n";
}

QJsonObject certificateJson(const Certificate& c, const QByteArray& signature)
{
    return {{"number", c.number},
            {"member", c.member},
            {"register", c.registerId.isEmpty() ? QJsonValue::Null : QJsonValue{c.registerId}},
            {"register_name", c.registerName.isEmpty() ? QJsonValue::Null : QJsonValue{c.registerName}},
            {"pe_register", c.peRegister.isEmpty() ? QJsonValue::Null : QJsonValue{c.peRegister}},
            {"group", c.group},
            {"profession", c.profession},
            {"date", dateText(c.date)},
            {"start", c.start},
            {"end", c.end},
            {"held_minutes", c.heldMinutes},
            {"counted_minutes", c.countedMinutes},
            {"hours", hoursDecimal(c.countedMinutes).toDouble()},
            {"points", pointsText(c.points).toDouble()},
            {"guide", c.guide.isEmpty() ? QJsonValue::Null : QJsonValue{c.guide}},
            {"issued_on", dateText(c.issuedOn)},
            {"firm", c.firm},
            {"verification_code", QString::fromLatin1(signature.toBase64())}};
}

QByteArray certificateXmp(const QByteArray& payload, const QByteArray& signature)
{
    return "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
           "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
           "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
           "<rdf:Description rdf:about=\"\" xmlns:palet=\"urn:palet:certificate:1\">\n"
           "<palet:payload>" + payload.toBase64() + "</palet:payload>\n"
           "<palet:signature>" + signature.toBase64() + "</palet:signature>\n"
           "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>";
}

QByteArray sealedPdf(const QByteArray& pdf, const QByteArray& secretKey)
{
    return pdf + sealMarker + signMessage(secretKey, pdf).toBase64() + '\n';
}

CertificateCheck checkCertificateFile(const QByteArray& file, const QByteArray& publicKey)
{
    CertificateCheck check;
    static const QRegularExpression payloadPattern{"<palet:payload>([A-Za-z0-9+/=]+)</palet:payload>"};
    static const QRegularExpression signaturePattern{"<palet:signature>([A-Za-z0-9+/=]+)</palet:signature>"};
    const QString text = QString::fromLatin1(file);
    const auto payloadMatch = payloadPattern.match(text);
    const auto signatureMatch = signaturePattern.match(text);
    if (!payloadMatch.hasMatch() || !signatureMatch.hasMatch()) {
        check.problem = tr("it holds no certificate of Palet's (no signed facts in its metadata)");
        return check;
    }
    const QByteArray payload = QByteArray::fromBase64(payloadMatch.captured(1).toLatin1());
    const QByteArray signature = QByteArray::fromBase64(signatureMatch.captured(1).toLatin1());
    check.certificate = certificateFromPayload(payload);
    check.genuine = check.certificate && signatureHolds(publicKey, payload, signature);
    const qsizetype seal = file.lastIndexOf(sealMarker);
    if (seal > 0) {
        const QByteArray sealSignature = QByteArray::fromBase64(file.mid(seal + sealMarker.size()).trimmed());
        const bool sealIsLast = file.mid(seal + sealMarker.size()).trimmed().size() == sealSignature.toBase64().size();
        check.unchanged = sealIsLast && signatureHolds(publicKey, file.left(seal), sealSignature);
    }
    return check;
}

} // namespace palet
