#pragma once
// A certificate of participation for one member at one held meeting, with the PE points their
// register grants (papers/pe_rules.hpp). Its facts are a fixed text (the payload) that the firm
// signs with its Ed25519 key: the signature is the verification code printed on it. The PDF
// carries the payload and the code in its XMP metadata, and ends with a seal, a signature over
// the whole file before it, so that verifying tells both that the facts are the firm's and that
// the file was not changed.

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace palet {

struct Certificate {
    QString number; // PE-2025-0001
    QDate issuedOn;
    QString firm;
    QString member;
    QString peRegister;   // as the member gave it
    QString registerId;   // the rule applied; empty when none matched
    QString registerName;
    QString group;
    QString profession;
    QDate date;
    QString start; // HH:MM
    QString end;
    int heldMinutes = 0;
    int countedMinutes = 0;
    int points = 0; // hundredths
    QString guide;
};

// The signed text: one "key: value" line per fact, in a fixed order.
QByteArray certificatePayload(const Certificate& certificate);
std::optional<Certificate> certificateFromPayload(const QByteArray& payload);

// The verification code as printed: the signature in base64, in groups.
QString verificationCodeText(const QByteArray& signature);

QString certificateHtml(const Certificate& certificate, const QByteArray& signature, const QString& keyFingerprintText);
QJsonObject certificateJson(const Certificate& certificate, const QByteArray& signature);

// The XMP packet that carries the payload and the signature inside the PDF.
QByteArray certificateXmp(const QByteArray& payload, const QByteArray& signature);

// The PDF with its seal appended.
QByteArray sealedPdf(const QByteArray& pdf, const QByteArray& secretKey);

struct CertificateCheck {
    std::optional<Certificate> certificate; // read from the file, whether or not it holds
    bool genuine = false;   // the facts carry the firm's signature
    bool unchanged = false; // the file is as it was issued
    QString problem;        // when the file holds no certificate of Palet's
};
CertificateCheck checkCertificateFile(const QByteArray& file, const QByteArray& publicKey);

} // namespace palet
