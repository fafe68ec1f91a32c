#include "session/journal_erasure.hpp"

#include "files/private_files.hpp"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace palet {
namespace {

// A text this short is replaced only where it is the whole value: inside longer texts it would
// hit words that are not the member's.
constexpr qsizetype shortestTextInside = 4;

class Scrubber {
public:
    Scrubber(const QString& memberName, const QStringList& texts, const QStringList& kept, QString memberPlaceholder)
        : name_{"(?<!\\w)" + QRegularExpression::escape(memberName.simplified()) + "(?!\\w)",
                QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption},
          memberPlaceholder_(std::move(memberPlaceholder))
    {
        for (const QString& text : texts)
            if (!text.trimmed().isEmpty()) texts_ << text.trimmed();
        for (const QString& other : kept)
            if (other.compare(memberName.simplified(), Qt::CaseInsensitive) != 0 && name_.match(other).hasMatch())
                kept_ << other;
        // Longest first, so that a label inside a text does not leave the rest of the text.
        std::sort(texts_.begin(), texts_.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    }

    QString scrub(const QString& value) const
    {
        QString result = value;
        for (const QString& text : texts_) {
            if (result.trimmed() == text) return QString::fromLatin1(erasedTextPlaceholder);
            if (text.size() >= shortestTextInside) result.replace(text, QString::fromLatin1(erasedTextPlaceholder));
        }
        // Another member whose name holds this one's keeps it: set aside, then put back.
        for (qsizetype index = 0; index < kept_.size(); ++index)
            result.replace(kept_[index], QString{"\x01%1\x01"}.arg(index), Qt::CaseInsensitive);
        result.replace(name_, memberPlaceholder_);
        for (qsizetype index = 0; index < kept_.size(); ++index) result.replace(QString{"\x01%1\x01"}.arg(index), kept_[index]);
        return result;
    }

    QJsonValue walk(const QJsonValue& value) const
    {
        if (value.isString()) return scrub(value.toString());
        if (value.isArray()) {
            QJsonArray array;
            for (const QJsonValue& element : value.toArray()) array.append(walk(element));
            return array;
        }
        if (value.isObject()) {
            QJsonObject object = value.toObject();
            for (auto field = object.begin(); field != object.end(); ++field) field.value() = walk(field.value());
            return object;
        }
        return value;
    }

private:
    QRegularExpression name_;
    QStringList texts_;
    QStringList kept_;
    QString memberPlaceholder_;
};

// "erased member", or "erased member 2", 3… when the journal already names an erased member, so
// that two erased members stay two people in the session's plan.
QString freePlaceholder(const QByteArray& journal)
{
    static const QRegularExpression used{QString{"\"%1(?: (\\d+))?\""}.arg(erasedMemberPlaceholder)};
    int highest = 0;
    for (auto match = used.globalMatch(QString::fromUtf8(journal)); match.hasNext();) {
        const auto found = match.next();
        highest = std::max(highest, found.hasCaptured(1) ? found.captured(1).toInt() : 1);
    }
    const QString base = QString::fromLatin1(erasedMemberPlaceholder);
    return highest == 0 ? base : QString{"%1 %2"}.arg(base).arg(highest + 1);
}

// The journal with the member scrubbed from every line; unchanged lines keep their bytes.
QByteArray scrubbed(const QByteArray& journal, const Scrubber& scrubber)
{
    QList<QByteArray> lines = journal.split('\n');
    for (QByteArray& line : lines) {
        if (line.isEmpty()) continue;
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            // A line cut short by a crash, or damaged: scrubbed as text, as well as it goes.
            line = scrubber.scrub(QString::fromUtf8(line)).toUtf8();
            continue;
        }
        const QJsonObject object = scrubber.walk(document.object()).toObject();
        if (object != document.object()) line = QJsonDocument{object}.toJson(QJsonDocument::Compact);
    }
    return lines.join('\n');
}

} // namespace

JournalErasure eraseFromJournals(const std::string& folder, const QString& memberName, const QStringList& texts,
                                 const QStringList& kept)
{
    JournalErasure erasure;
    const QDir dir{QString::fromStdString(folder)};
    for (const QFileInfo& info : dir.entryInfoList({"*.jsonl"}, QDir::Files | QDir::NoSymLinks, QDir::Name)) {
        const QString path = info.absoluteFilePath();
        ++erasure.journals;
        const auto fail = [&](const QString& why) { erasure.failed.push_back(QString{"%1: %2"}.arg(path, why).toStdString()); };
        QFile input{path};
        if (!input.open(QIODevice::ReadOnly)) {
            fail(input.errorString());
            continue;
        }
        const QByteArray before = input.readAll();
        input.close();
        const QByteArray after = scrubbed(before, Scrubber{memberName, texts, kept, freePlaceholder(before)});
        if (after == before) continue;
        QSaveFile output{path};
        if (!output.open(QIODevice::WriteOnly) || !makePrivate(output) || output.write(after) != after.size() ||
            !output.commit()) {
            fail(output.errorString());
            continue;
        }
        erasure.rewritten.push_back(path.toStdString());
    }
    return erasure;
}

} // namespace palet
