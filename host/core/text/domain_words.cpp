#include "text/domain_words.hpp"

#include "did_you_mean.hpp"
#include "translate.hpp"

#include <QtGlobal>

namespace palet {
namespace {

// One fixed value: its id, its English word (translated for display) and its Dutch word, which is
// accepted as input whatever the interface's language (host/translations/palet_nl.ts gives the
// same word; a unit test checks that).
struct Word {
    const char* id;
    const char* english;
    const char* dutch;
};

const std::vector<Word> caseStatusWords{{"brought-in", QT_TRANSLATE_NOOP("palet", "brought in"), "ingebracht"},
                                       {"chosen", QT_TRANSLATE_NOOP("palet", "chosen"), "gekozen"},
                                       {"treated", QT_TRANSLATE_NOOP("palet", "treated"), "behandeld"},
                                       {"looked-back", QT_TRANSLATE_NOOP("palet", "looked back on"), "teruggeblikt"}};
const std::vector<Word> triageWords{{"intervision", QT_TRANSLATE_NOOP("palet", "intervision"), "intervisie"},
                                    {"coaching", QT_TRANSLATE_NOOP("palet", "coaching"), "coaching"},
                                    {"work-meeting", QT_TRANSLATE_NOOP("palet", "work meeting"), "werkoverleg"}};
const std::vector<Word> meetingStatusWords{{"planned", QT_TRANSLATE_NOOP("palet", "planned"), "gepland"},
                                           {"held", QT_TRANSLATE_NOOP("palet", "held"), "gehouden"},
                                           {"cancelled", QT_TRANSLATE_NOOP("palet", "cancelled"), "afgelast"}};
// The themes of the built-in methods; a method may name others.
const std::vector<Word> themeWords{{"advice", QT_TRANSLATE_NOOP("palet", "advice"), "advies"},
                                   {"behaviour-patterns", QT_TRANSLATE_NOOP("palet", "behaviour patterns"), "gedragspatronen"},
                                   {"boundaries", QT_TRANSLATE_NOOP("palet", "boundaries"), "grenzen"},
                                   {"client-contact", QT_TRANSLATE_NOOP("palet", "client contact"), "cliëntcontact"},
                                   {"collaboration", QT_TRANSLATE_NOOP("palet", "collaboration"), "samenwerking"},
                                   {"communication", QT_TRANSLATE_NOOP("palet", "communication"), "communicatie"},
                                   {"conflict", QT_TRANSLATE_NOOP("palet", "conflict"), "conflict"},
                                   {"decision", QT_TRANSLATE_NOOP("palet", "decision"), "besluit"},
                                   {"dilemma", QT_TRANSLATE_NOOP("palet", "dilemma"), "dilemma"},
                                   {"ethics", QT_TRANSLATE_NOOP("palet", "ethics"), "ethiek"},
                                   {"feelings", QT_TRANSLATE_NOOP("palet", "feelings"), "gevoelens"},
                                   {"positive-experience", QT_TRANSLATE_NOOP("palet", "positive experience"), "positieve ervaring"},
                                   {"skills", QT_TRANSLATE_NOOP("palet", "skills"), "vaardigheden"},
                                   {"strategy", QT_TRANSLATE_NOOP("palet", "strategy"), "strategie"},
                                   {"work-problem", QT_TRANSLATE_NOOP("palet", "work problem"), "werkprobleem"}};

QString display(const std::vector<Word>& words, const QString& id)
{
    for (const Word& word : words)
        if (id == word.id) return tr(word.english);
    return id;
}

// Everything a person may type for a word, in a stable order: id, English, Dutch, translated.
QStringList spellings(const Word& word)
{
    QStringList all{word.id, word.english, QString::fromUtf8(word.dutch), tr(word.english)};
    all.removeDuplicates();
    return all;
}

std::optional<QString> idFor(const std::vector<Word>& words, const QString& typed)
{
    const QString wanted = typed.simplified();
    for (const Word& word : words)
        for (const QString& spelling : spellings(word))
            if (spelling.compare(wanted, Qt::CaseInsensitive) == 0) return QString(word.id);
    return std::nullopt;
}

QString unknownWord(const QString& what, const QString& typed, const QStringList& shown, const QStringList& candidates)
{
    std::vector<std::string> stored;
    for (const QString& candidate : candidates) stored.push_back(candidate.toLower().toStdString());
    std::vector<std::string_view> views{stored.begin(), stored.end()};
    QString text = tr("unknown %1 '%2'").arg(what, typed);
    if (const auto close = closestMatch(typed.simplified().toLower().toStdString(), views))
        text += tr("; did you mean '%1'?").arg(QString::fromStdString(*close));
    return text + ' ' + tr("(one of: %1)").arg(shown.join(", "));
}

template <typename Value>
WordReading<Value> read(const std::vector<Word>& words, const QString& what, const QString& typed,
                        std::optional<Value> (*fromId)(const QString&))
{
    if (const auto id = idFor(words, typed)) return {fromId(*id), {}};
    QStringList shown;
    QStringList candidates;
    for (const Word& word : words) {
        shown << tr(word.english);
        candidates << spellings(word);
    }
    return {std::nullopt, unknownWord(what, typed, shown, candidates)};
}

} // namespace

QString caseStatusText(CaseStatus status) { return display(caseStatusWords, caseStatusId(status)); }
QString caseTriageText(CaseTriage triage) { return display(triageWords, caseTriageId(triage)); }
QString meetingStatusText(MeetingStatus status) { return display(meetingStatusWords, meetingStatusId(status)); }
QString themeText(const std::string& theme) { return display(themeWords, QString::fromStdString(theme)); }

QString themeWord(const std::string& theme, Language language)
{
    for (const Word& word : themeWords)
        if (theme == word.id) return QString::fromUtf8(language == Language::nl ? word.dutch : word.english);
    return QString::fromStdString(theme);
}

WordReading<CaseStatus> readCaseStatus(const QString& typed)
{
    return read<CaseStatus>(caseStatusWords, tr("case status"), typed, &caseStatusFromId);
}

WordReading<CaseTriage> readCaseTriage(const QString& typed)
{
    return read<CaseTriage>(triageWords, tr("triage"), typed, &caseTriageFromId);
}

WordReading<MeetingStatus> readMeetingStatus(const QString& typed)
{
    return read<MeetingStatus>(meetingStatusWords, tr("meeting status"), typed, &meetingStatusFromId);
}

std::string themeIdFor(const QString& typed)
{
    if (const auto id = idFor(themeWords, typed)) return id->toStdString();
    return typed.trimmed().toStdString();
}

WordReading<std::string> readTheme(const QString& typed, const std::vector<std::string>& known)
{
    std::vector<Word> words;
    std::vector<std::string> ids = known;
    for (const std::string& id : ids) {
        const auto builtIn = std::find_if(themeWords.begin(), themeWords.end(), [&](const Word& word) { return id == word.id; });
        words.push_back(builtIn != themeWords.end() ? *builtIn : Word{id.c_str(), id.c_str(), id.c_str()});
    }
    if (const auto id = idFor(words, typed)) return {id->toStdString(), {}};
    QStringList shown;
    QStringList candidates;
    for (const Word& word : words) {
        shown << tr(word.english);
        candidates << spellings(word);
    }
    return {std::nullopt, unknownWord(tr("theme"), typed, shown, candidates)};
}

} // namespace palet
