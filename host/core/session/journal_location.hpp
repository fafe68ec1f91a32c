#pragma once
// Where session journals live: $XDG_STATE_HOME/palet/sessions (~/.local/state by default), one
// file per session named after its start and its method. A journal's id is its file name
// without ".jsonl".

#include <QDateTime>

#include <optional>
#include <string>
#include <vector>

namespace palet {

std::string sessionsFolder();

// A journal path in `folder` that does not exist yet, e.g. 2024-05-01T14-03-22-peer-consultation.jsonl.
std::string newJournalPath(const std::string& folder, const std::string& methodId, const QDateTime& start);

// `name` as a file that exists, else as an id in `folder`; nothing when neither exists.
std::optional<std::string> findJournal(const std::string& folder, const std::string& name);

// The journals in `folder`, newest first.
std::vector<std::string> journalsIn(const std::string& folder);

} // namespace palet
