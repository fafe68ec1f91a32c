#pragma once
// Erasure reaches the session journals too: a journal keeps what the session showed, names, case
// labels and takeaways included. The member's name becomes a placeholder ("erased member", with a
// number when the journal already has one), and every text of theirs becomes "erased", in every
// line, so that the journal still reads back, replays and reports. Each journal that changes is
// written again whole and atomically (QSaveFile), for its owner only.

#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace palet {

struct JournalErasure {
    int journals = 0;                  // journals looked at
    std::vector<std::string> rewritten; // those that held something of the member
    std::vector<std::string> failed;    // "path: why" for those that could not be written
};

inline constexpr const char* erasedMemberPlaceholder = "erased member";
inline constexpr const char* erasedTextPlaceholder = "erased";

// Replaces `memberName` (as a whole word, without regard to case) and each of `texts` (labels,
// case texts, takeaways) in every *.jsonl journal in `folder`; the names in `kept` (the other
// members: "Anna Jansen" when Anna is erased) are left as they are. Links and anything but regular
// files are left alone.
JournalErasure eraseFromJournals(const std::string& folder, const QString& memberName, const QStringList& texts,
                                 const QStringList& kept);

} // namespace palet
