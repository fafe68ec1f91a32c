#pragma once
// Erasure reaches the session journals too: a journal keeps what the session showed, names, case
// labels and takeaways included. The member's name becomes a placeholder ("erased member", with a
// number when the journal already has one), and every text of theirs becomes "erased", in every
// line, so that the journal still reads back, replays and reports. Each journal that changes is
// written again whole and atomically (QSaveFile), for its owner only.

#include "records/member_erasure.hpp"

#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace palet {

struct JournalErasure {
    std::string folder;                 // where the journals were looked for
    int journals = 0;                   // journals looked at
    std::vector<std::string> rewritten; // those that held something of the member
    std::vector<std::string> failed;    // "path: why" for those that could not be read or written
};

inline constexpr const char* erasedMemberPlaceholder = "erased member";
inline constexpr const char* erasedTextPlaceholder = "erased";

// What of one erased member a journal may hold.
struct ErasedPerson {
    QString name;
    QStringList texts;  // the labels, texts, takeaways and follow-ups of their cases, as the store had them
    QStringList groups; // the groups they were erased from
    QStringList kept;   // the members left in the store, whose names copies keep ("Anna Jansen" when Anna goes)
};

// Erases `person` from every *.jsonl journal in `folder`: their name (as a whole word, without
// regard to case) and each of their texts, and also every takeaway typed in a round of a case of
// theirs and every follow-up they told, which the store may never have kept (a takeaway typed
// again, a session never finished). When a member of the same name stays in another group, the
// journals of that group's meetings are left alone. Links and anything but regular files are
// left alone.
JournalErasure eraseFromJournals(const std::string& folder, const ErasedPerson& person);

// The journals in `folder` that a running session holds (session/journal_lock.hpp). Erasure waits
// until they are free: a journal rewritten under a running session would lose what it goes on to
// write, and keep the name in the file it still writes to.
std::vector<std::string> journalsInUse(const std::string& folder);

// The same for everyone a store erasure removed, in the journals of `folder`.
JournalErasure eraseFromJournals(const std::string& folder, const Erasure& erasure);

} // namespace palet
