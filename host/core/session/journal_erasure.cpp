#include "session/journal_erasure.hpp"

#include "files/private_files.hpp"
#include "records/record_names.hpp"
#include "session/journal_lock.hpp"
#include "session/role_assignment.hpp"
#include "translate.hpp"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>

#include <algorithm>
#include <optional>
#include <set>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace palet {
namespace {

// A text this short is replaced only where it is the whole value: inside longer texts it would
// hit words that are not the member's.
constexpr qsizetype shortestTextInside = 4;

QRegularExpression wholeWord(const QString& text)
{
    return QRegularExpression{"(?<!\\w)" + QRegularExpression::escape(text) + "(?!\\w)",
                              QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption};
}

class Scrubber {
public:
    Scrubber(const ErasedPerson& person, const QStringList& moreTexts, QString memberPlaceholder)
        : name_{wholeWord(person.name.simplified())}, memberPlaceholder_(std::move(memberPlaceholder))
    {
        for (const QString& text : person.texts + moreTexts)
            if (!text.trimmed().isEmpty() && !texts_.contains(text.trimmed())) texts_ << text.trimmed();
        for (const QString& other : person.kept)
            if (nameKey(other) != nameKey(person.name) && name_.match(other).hasMatch()) kept_ << other;
        // Longest first, so that a label inside a text does not leave the rest of the text.
        std::sort(texts_.begin(), texts_.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
        std::sort(kept_.begin(), kept_.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
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

bool holdsName(const QJsonValue& members, const QString& name)
{
    const QJsonArray array = members.toArray();
    return std::any_of(array.begin(), array.end(), [&](const QJsonValue& member) { return nameKey(member.toString()) == nameKey(name); });
}

bool ownsCase(const QJsonArray& roles, const QString& name)
{
    return std::any_of(roles.begin(), roles.end(), [&](const QJsonValue& role) {
        return role["id"].toString() == QLatin1String(caseOwnerRole) && holdsName(role["members"], name);
    });
}

// What of a journal's sessions was the member's: the phases of the rounds of their cases (every
// phase, in a session of one method with them as case owner), and last time's cases of theirs
// looked back on.
struct Owned {
    std::set<int> phases;
    std::set<int> lookedBack;
};

void addOwned(const QJsonObject& plan, const QString& name, Owned& owned)
{
    if (!plan.contains("parts")) {
        if (ownsCase(plan["roles"].toArray(), name))
            for (int phase = 0; phase < plan["phases"].toArray().size(); ++phase) owned.phases.insert(phase);
        return;
    }
    for (const QJsonValue& part : plan["parts"].toArray()) {
        if (part["case"].isNull() || !ownsCase(part["roles"].toArray(), name)) continue;
        const int first = part["first_phase"].toInt();
        for (int phase = first; phase < first + part["phase_count"].toInt(); ++phase) owned.phases.insert(phase);
    }
    for (const QJsonValue& looked : plan["look_back"].toArray())
        if (nameKey(looked["owner"].toString()) == nameKey(name)) owned.lookedBack.insert(looked["number"].toInt());
}

int phaseIndex(const QJsonValue& phase) { return phase.isObject() ? phase["index"].toInt(-1) : phase.toInt(-1); }

struct Lines {
    QList<QByteArray> raw;
    std::vector<std::optional<QJsonObject>> parsed; // none for a line cut short or damaged
};

Lines linesOf(const QByteArray& journal)
{
    Lines lines;
    lines.raw = journal.split('\n');
    for (const QByteArray& line : lines.raw) {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        lines.parsed.push_back(error.error == QJsonParseError::NoError && document.isObject()
                                   ? std::optional<QJsonObject>{document.object()}
                                   : std::nullopt);
    }
    return lines;
}

// The group of the meeting the journal's session ran, or empty for a session of one method.
QString meetingGroup(const Lines& lines)
{
    for (const auto& object : lines.parsed)
        if (object && object->value("event") == QLatin1String("session-started")) {
            const QString meeting = (*object)["plan"]["meeting"].toString();
            return meeting.left(meeting.lastIndexOf('@'));
        }
    return {};
}

// The texts the member typed or told in the session: what the store may not have kept.
QStringList typedTexts(const Lines& lines, const QString& name)
{
    Owned owned;
    for (const auto& object : lines.parsed)
        if (object && object->contains("plan")) addOwned((*object)["plan"].toObject(), name, owned);
    QStringList texts;
    for (const auto& object : lines.parsed) {
        if (!object) continue;
        const QString event = (*object)["event"].toString();
        const bool theirs = (event == QLatin1String("takeaway") && owned.phases.count(phaseIndex((*object)["phase"]))) ||
                            (event == QLatin1String("follow-up") && owned.lookedBack.count((*object)["case"].toInt()));
        if (theirs) texts << (*object)["text"].toString();
    }
    return texts;
}

// The journal with the member scrubbed from every line; unchanged lines keep their bytes.
QByteArray scrubbed(const QByteArray& journal, const ErasedPerson& person)
{
    Lines lines = linesOf(journal);
    const QString group = meetingGroup(lines);
    const bool nameStays = std::any_of(person.kept.begin(), person.kept.end(),
                                       [&](const QString& other) { return nameKey(other) == nameKey(person.name); });
    // A namesake in a group they were not erased from: that group's journals are theirs.
    if (nameStays && !group.isEmpty() &&
        std::none_of(person.groups.begin(), person.groups.end(), [&](const QString& erased) { return nameKey(erased) == nameKey(group); }))
        return journal;
    const Scrubber scrubber{person, typedTexts(lines, person.name), freePlaceholder(journal)};
    for (qsizetype index = 0; index < lines.raw.size(); ++index) {
        QByteArray& line = lines.raw[index];
        if (line.isEmpty()) continue;
        const auto& object = lines.parsed[static_cast<size_t>(index)];
        if (!object) {
            // A line cut short by a crash, or damaged: scrubbed as text, as well as it goes.
            line = scrubber.scrub(QString::fromUtf8(line)).toUtf8();
            continue;
        }
        const QJsonObject after = scrubber.walk(*object).toObject();
        if (after != *object) line = QJsonDocument{after}.toJson(QJsonDocument::Compact);
    }
    return lines.raw.join('\n');
}

void merge(JournalErasure& into, const JournalErasure& one)
{
    into.folder = one.folder;
    into.journals = one.journals;
    for (const std::string& path : one.rewritten)
        if (std::find(into.rewritten.begin(), into.rewritten.end(), path) == into.rewritten.end()) into.rewritten.push_back(path);
    for (const std::string& problem : one.failed)
        if (std::find(into.failed.begin(), into.failed.end(), problem) == into.failed.end()) into.failed.push_back(problem);
}

} // namespace

JournalErasure eraseFromJournals(const std::string& folder, const ErasedPerson& person)
{
    JournalErasure erasure;
    erasure.folder = folder;
    const QDir dir{QString::fromStdString(folder)};
    for (const QFileInfo& info : dir.entryInfoList({"*.jsonl"}, QDir::Files | QDir::NoSymLinks, QDir::Name)) {
        const QString path = info.absoluteFilePath();
        ++erasure.journals;
        const auto fail = [&](const QString& why) { erasure.failed.push_back(QString{"%1: %2"}.arg(path, why).toStdString()); };
        // Held until the new journal is in place: no session goes on in it meanwhile.
        const int lock = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        const auto unlock = qScopeGuard([lock] {
            if (lock >= 0) ::close(lock);
        });
        if (lock < 0 || !lockJournal(lock)) {
            fail(lock < 0 ? QString::fromLocal8Bit(std::strerror(errno)) : tr("a session is still running in it"));
            continue;
        }
        QFile input{path};
        if (!input.open(QIODevice::ReadOnly)) {
            fail(input.errorString());
            continue;
        }
        const QByteArray before = input.readAll();
        input.close();
        const QByteArray after = scrubbed(before, person);
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

std::vector<std::string> journalsInUse(const std::string& folder)
{
    std::vector<std::string> inUse;
    const QDir dir{QString::fromStdString(folder)};
    for (const QFileInfo& info : dir.entryInfoList({"*.jsonl"}, QDir::Files | QDir::NoSymLinks, QDir::Name)) {
        const int descriptor = ::open(QFile::encodeName(info.absoluteFilePath()).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        if (descriptor < 0) continue; // eraseFromJournals says why
        if (!lockJournal(descriptor)) inUse.push_back(info.absoluteFilePath().toStdString());
        ::close(descriptor);
    }
    return inUse;
}

JournalErasure eraseFromJournals(const std::string& folder, const Erasure& erasure)
{
    JournalErasure journals;
    journals.folder = folder;
    for (const ErasedMembership& membership : erasure.memberships) {
        QStringList groups;
        for (const ErasedMembership& other : erasure.memberships)
            if (nameKey(other.member) == nameKey(membership.member)) groups << other.group;
        merge(journals, eraseFromJournals(folder, ErasedPerson{membership.member, membership.texts, groups, erasure.keptNames}));
    }
    return journals;
}

} // namespace palet
