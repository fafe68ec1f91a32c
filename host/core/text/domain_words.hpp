#pragma once
// The words people read and type for Palet's fixed values: case statuses, triage, meeting
// statuses and problem themes. Shown in the interface's language; typed in English or Dutch,
// as the id or as the word, with a did-you-mean when a word is unknown (docs/planning.md).

#include "records/case.hpp"
#include "records/meeting.hpp"

#include <palet/localized_text.hpp>

#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <vector>

namespace palet {

QString caseStatusText(CaseStatus status);
QString caseTriageText(CaseTriage triage);
QString meetingStatusText(MeetingStatus status);
// A theme's word; a theme Palet has no word for (a method author's own) is shown as its id.
QString themeText(const std::string& theme);
// The same in a given language, whatever the interface's (a handout in Dutch).
QString themeWord(const std::string& theme, Language language);

// What a typed word means, or why it means nothing: "unknown triage 'werkoverlg'; did you mean
// 'werkoverleg'? (one of: …)".
template <typename Value>
struct WordReading {
    std::optional<Value> value;
    QString error;
};

WordReading<CaseStatus> readCaseStatus(const QString& typed);
WordReading<CaseTriage> readCaseTriage(const QString& typed);
WordReading<MeetingStatus> readMeetingStatus(const QString& typed);
// The theme id for a word Palet knows (English or Dutch), else the word as typed: a method
// author's own theme.
std::string themeIdFor(const QString& typed);
// `known` are the themes of the methods at hand; the result is a theme id.
WordReading<std::string> readTheme(const QString& typed, const std::vector<std::string>& known);

} // namespace palet
