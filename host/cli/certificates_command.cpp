// palet certificates: certificates of participation with PE points for a held meeting, and
// checking one.

#include "commands.hpp"

#include "cli_context.hpp"
#include "records_context.hpp"

#include "papers/attendance_sheet.hpp"
#include "papers/certificate.hpp"
#include "papers/pdf_output.hpp"
#include "papers/pe_rules.hpp"
#include "papers/signature.hpp"
#include "records/calendar_text.hpp"
#include "records/certificate_records.hpp"
#include "records/firm_records.hpp"
#include "records/meeting_records.hpp"
#include "translate.hpp"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

namespace palet::cli {
namespace {

// The shipped rules, the firm's, then every --rules file; nothing when one has errors (printed).
std::optional<PeRules> chosenRules(const QCommandLineParser& parser, const QString& command)
{
    const PeRulesReading reading = readPeRules(peRuleFiles() + parser.values("rules"));
    if (reading.errors.empty()) return reading.rules;
    QString text;
    for (const Diagnostic& error : reading.errors) text += tr("%1: %2\n").arg(command, qs(error.toString()));
    printError(text);
    return std::nullopt;
}

QString certificateStem(const Certificate& certificate)
{
    QString member = certificate.member;
    member.replace(QRegularExpression{"[^\\p{L}\\p{N}]+"}, "-");
    return tr("certificate") + '-' + certificate.number + '-' + member;
}

int verify(const QStringList& arguments)
{
    QCommandLineParser parser;
    addStoreOption(parser);
    addJsonOption(parser);
    parser.addPositionalArgument("FILE", tr("A certificate's PDF."));
    parser.addOption({"key", tr("The firm's public key (as palet firm show prints it); default: the key of the firm in the "
                                "store."),
                      "KEY"});
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments,
                                       tr("Check that a certificate is genuine (signed with the firm's key) and unchanged. "
                                          "Exit status 0: it is; 1: it is not.")))
        return *done;
    if (!hasPositionals(parser, command, 1, tr("the certificate's file"))) return badUsage;
    QByteArray publicKey;
    if (parser.isSet("key")) {
        publicKey = QByteArray::fromBase64(parser.value("key").trimmed().toLatin1());
        if (publicKey.size() != 32) return misuse(command, tr("--key is not a public key as palet firm show prints it"));
    }
    const QString path = parser.positionalArguments().first();
    QFile file{path};
    if (!file.open(QIODevice::ReadOnly)) return refuse(command, tr("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.read(20 * 1024 * 1024);
    if (publicKey.isEmpty()) {
        auto opened = openChosenStore(parser, command);
        if (!opened.store) return opened.status;
        const auto firm = firmOf(*opened.store);
        if (!firm) return refuse(command, firm.error);
        publicKey = firm->publicKey;
    }
    const CertificateCheck check = checkCertificateFile(bytes, publicKey);
    const bool holds = check.genuine && check.unchanged;
    if (parser.isSet("json")) {
        QJsonObject result{{"file", path},
                           {"genuine", check.genuine},
                           {"unchanged", check.unchanged},
                           {"key_fingerprint", keyFingerprint(publicKey)}};
        if (check.certificate) result["certificate"] = certificateJson(*check.certificate, {});
        printJson(result);
        return holds ? success : badInput;
    }
    if (!check.problem.isEmpty()) return refuse(command, tr("%1: %2").arg(path, check.problem));
    const Certificate& c = *check.certificate;
    const QString what = tr("certificate %1 for %2 (%3, %4, %5 PE points)")
                             .arg(c.number, c.member, c.group, dateText(c.date), pointsText(c.points));
    if (holds) {
        printOut(tr("Genuine and unchanged: %1, issued by %2 on %3 and signed with key %4.\n")
                     .arg(what, c.firm, dateText(c.issuedOn), keyFingerprint(publicKey)));
        return success;
    }
    if (!check.genuine)
        return refuse(command, tr("NOT genuine: %1 does not carry the signature of key %2; its facts may have been altered")
                                   .arg(path, keyFingerprint(publicKey)));
    return refuse(command, tr("NOT unchanged: the facts of %1 are signed, but the file was changed after it was issued; "
                              "ask the firm for the original")
                               .arg(what));
}

QString roundingText(const PeRegisterRule& rule)
{
    switch (rule.rounding) {
    case PointsRounding::down: return tr("rounded down to a multiple of %1").arg(pointsText(rule.step));
    case PointsRounding::nearest: return tr("rounded to the nearest multiple of %1").arg(pointsText(rule.step));
    case PointsRounding::none: return tr("not rounded");
    }
    return {};
}

int registers(const QStringList& arguments)
{
    QCommandLineParser parser;
    addJsonOption(parser);
    parser.addOption({"rules", tr("Also read PE points rules from FILE (may be repeated; see docs/papers.md)."), "FILE"});
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments,
                                       tr("The registers whose PE points rules Palet knows, with the rules, their sources "
                                          "and the files they were read from.")))
        return *done;
    if (!hasPositionals(parser, command, 0, {})) return badUsage;
    const auto rules = chosenRules(parser, command);
    if (!rules) return badInput;
    if (parser.isSet("json")) {
        QJsonArray array;
        for (const PeRegisterRule& rule : rules->registers) {
            QJsonArray sources;
            for (const PeSource& source : rule.sources)
                sources.append(QJsonObject{{"title", source.title}, {"url", source.url}, {"checked", source.checked}});
            array.append(QJsonObject{{"id", rule.id},
                                     {"name", rule.name},
                                     {"prefixes", QJsonArray::fromStringList(rule.prefixes)},
                                     {"points_per_hour", pointsText(rule.pointsPerHour).toDouble()},
                                     {"step", pointsText(rule.step).toDouble()},
                                     {"minimum_minutes", rule.minimumMinutes},
                                     {"maximum_points", rule.maximumPoints ? QJsonValue{pointsText(*rule.maximumPoints).toDouble()}
                                                                           : QJsonValue::Null},
                                     {"breaks_count", rule.breaksCount},
                                     {"category", rule.category},
                                     {"sources", sources},
                                     {"file", rule.file}});
        }
        printJson(array);
        return success;
    }
    QString out;
    for (const PeRegisterRule& rule : rules->registers) {
        out += QString("%1 (%2)\n").arg(rule.name, rule.id);
        out += tr("  a member's PE register begins with: %1\n").arg(rule.prefixes.join(", "));
        out += tr("  points per hour: %1, %2; at least %3 minutes; breaks %4\n")
                   .arg(pointsText(rule.pointsPerHour), roundingText(rule))
                   .arg(rule.minimumMinutes)
                   .arg(rule.breaksCount ? tr("count") : tr("do not count"));
        if (rule.maximumPoints) out += tr("  at most %1 points a meeting\n").arg(pointsText(*rule.maximumPoints));
        if (!rule.category.isEmpty()) out += tr("  booked as: %1\n").arg(rule.category);
        for (const PeSource& source : rule.sources)
            out += tr("  source: %1 %2 (checked %3)\n").arg(source.title, source.url, source.checked).replace("  (", " (");
        out += tr("  from %1\n").arg(rule.file);
    }
    printOut(out);
    return success;
}

int issue(const QStringList& arguments)
{
    QCommandLineParser parser;
    addStoreOption(parser);
    addJsonOption(parser);
    addLanguageOption(parser);
    parser.addPositionalArgument("MEETING", tr("The meeting, as GROUP@YYYY-MM-DD."));
    parser.addOption({"out", tr("Write each certificate as a PDF into DIR."), "DIR"});
    parser.addOption({"rules", tr("Also read PE points rules from FILE (may be repeated; see docs/papers.md)."), "FILE"});
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments,
                                       tr("Certificates of participation for the present members of a held meeting, with "
                                          "the PE points of each member's register, signed with the firm's key. Issued once; "
                                          "later runs give the same certificates.\n"
                                          "Check one with: palet certificates verify FILE\n"
                                          "The registers and their rules: palet certificates registers")))
        return *done;
    if (!hasPositionals(parser, command, 1, tr("the meeting, as GROUP@YYYY-MM-DD"))) return badUsage;
    if (!parser.isSet("out") && !parser.isSet("json")) return misuse(command, tr("give --out DIR for the PDFs, or --json"));
    const auto reference = meetingArgument(parser.positionalArguments().first(), command);
    if (!reference) return badUsage;
    const auto rules = chosenRules(parser, command);
    if (!rules) return badInput;
    const QString folder = parser.value("out");
    if (!folder.isEmpty() && !QDir{}.mkpath(folder)) return refuse(command, tr("cannot make the folder %1").arg(folder));
    auto opened = openChosenStore(parser, command);
    if (!opened.store) return opened.status;
    Store& store = *opened.store;
    const auto meeting = findMeeting(store, *reference);
    if (!meeting) return refuse(command, meeting.error);
    const auto issued = issueCertificates(store, *meeting, *rules, QDate::currentDate());
    if (!issued) return refuse(command, issued.error);
    if (!folder.isEmpty()) {
        const auto firm = firmOf(store);
        if (!firm) return refuse(command, firm.error);
        const auto secret = firmSecretKey(store);
        if (!secret) return refuse(command, secret.error);
        for (const IssuedCertificate& one : *issued) {
            auto pdf = pdfFromHtml(certificateHtml(one.certificate, one.signature, keyFingerprint(firm->publicKey)),
                                   {tr("Certificate of participation %1").arg(one.certificate.number),
                                    certificateXmp(one.payload, one.signature)});
            if (const QString* problem = std::get_if<QString>(&pdf)) return refuse(command, *problem);
            const QString path = QDir{folder}.filePath(certificateStem(one.certificate) + ".pdf");
            if (const QString problem = writeWholeFile(path, sealedPdf(std::get<QByteArray>(pdf), *secret)); !problem.isEmpty())
                return refuse(command, problem);
        }
    }
    if (parser.isSet("json")) {
        QJsonArray array;
        for (const IssuedCertificate& one : *issued) array.append(certificateJson(one.certificate, one.signature));
        printJson(array);
        return success;
    }
    std::vector<QStringList> rows{{tr("NUMBER"), tr("MEMBER"), tr("REGISTER"), tr("HOURS"), tr("POINTS")}};
    for (const IssuedCertificate& one : *issued) {
        const Certificate& c = one.certificate;
        rows.push_back({c.number, c.member, c.registerName.isEmpty() ? (c.peRegister.isEmpty() ? tr("none") : c.peRegister)
                                                                     : c.registerName,
                        heldText(c.countedMinutes * 60), c.registerId.isEmpty() ? tr("–") : pointsText(c.points)});
    }
    printOut(table(rows, 1000) + '\n' + tr("Wrote %n certificate(s) to %1.\n", int(issued->size())).arg(folder));
    return success;
}

} // namespace

int runCertificates(const QStringList& arguments)
{
    if (arguments.size() >= 2 && (arguments[1] == "verify" || arguments[1] == "registers")) {
        QStringList rest = arguments.mid(1);
        rest[0] = arguments.first() + ' ' + arguments[1];
        return arguments[1] == "verify" ? verify(rest) : registers(rest);
    }
    return issue(arguments);
}

} // namespace palet::cli
