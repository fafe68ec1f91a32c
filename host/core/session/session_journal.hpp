#pragma once
// The journal of a live session: its events as JSON lines, appended and forced to disk (fsync)
// before anyone is shown them, so whatever a person saw survives a crash or a power cut.
// A journal read back ignores a last line cut short by a crash.

#include "method_implementation.hpp"
#include "session/run_event.hpp"

#include <QByteArray>
#include <QJsonObject>

#include <memory>
#include <string>
#include <vector>

namespace palet {

class JournalWriter {
public:
    // A new journal at `path` (its folder is made); refused when the file exists and is not empty.
    static std::unique_ptr<JournalWriter> create(const std::string& path, std::string& error);
    // An existing journal, to go on with: cut back to its last whole line first.
    static std::unique_ptr<JournalWriter> reopen(const std::string& path, std::int64_t wholeLength, std::string& error);

    ~JournalWriter();
    JournalWriter(const JournalWriter&) = delete;
    JournalWriter& operator=(const JournalWriter&) = delete;

    // Appends the lines in one write and waits until they are on disk; an error when not.
    std::string append(const QByteArray& lines);
    const std::string& path() const { return path_; }

private:
    JournalWriter(std::string path, int descriptor) : path_(std::move(path)), descriptor_(descriptor) {}

    std::string path_;
    int descriptor_;
};

struct JournalContents {
    std::vector<RunEvent> events; // every line, alive lines included
    QJsonObject sessionStarted;   // the first line as written
    std::int64_t wholeLength = 0; // bytes up to the end of the last whole line
    bool cutShort = false;        // the file ended in a partial line
};

// The journal at `path`; an error is "path:line: what is wrong".
Outcome<JournalContents> readJournal(const std::string& path);

} // namespace palet
