#include "session/session_journal.hpp"

#include "files/private_files.hpp"
#include "session/journal_lock.hpp"
#include "session/run_event_json.hpp"
#include "translate.hpp"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace palet {
namespace {

QString q(const std::string& text) { return QString::fromStdString(text); }

std::string systemError(const QString& what, const std::string& path)
{
    return QString("%1: %2: %3").arg(q(path), what, QString::fromLocal8Bit(std::strerror(errno))).toStdString();
}

std::string inUse(const std::string& path)
{
    return tr("%1: another palet is running this session; go on there, or end it first").arg(q(path)).toStdString();
}

// A new file's name is on disk only once its folder is synced too.
void syncFolder(const std::string& path)
{
    const int folder = ::open(QFileInfo{q(path)}.absolutePath().toLocal8Bit().constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder < 0) return;
    ::fsync(folder);
    ::close(folder);
}

} // namespace

std::unique_ptr<JournalWriter> JournalWriter::create(const std::string& path, std::string& error)
{
    const QFileInfo info{q(path)};
    if (info.exists() && info.size() > 0) {
        error = tr("%1: the journal already exists; 'palet resume %1' continues that session").arg(q(path)).toStdString();
        return nullptr;
    }
    if (!makePrivateFolder(info.absolutePath())) {
        error = tr("%1: cannot make the folder").arg(info.absolutePath()).toStdString();
        return nullptr;
    }
    // Never through a symbolic link: a journal holds what was said, and a link planted in its place
    // would send it elsewhere.
    const int descriptor = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (descriptor < 0) {
        error = errno == ELOOP ? tr("%1: is a symbolic link; Palet writes a journal only to a file of its own, give "
                                    "another path")
                                     .arg(q(path))
                                     .toStdString()
                               : systemError(tr("cannot create the journal"), path);
        return nullptr;
    }
    if (!lockJournal(descriptor)) {
        error = inUse(path);
        ::close(descriptor);
        return nullptr;
    }
    if (::fchmod(descriptor, 0600) != 0) {
        error = systemError(tr("cannot make the journal private"), path);
        ::close(descriptor);
        return nullptr;
    }
    syncFolder(path);
    return std::unique_ptr<JournalWriter>{new JournalWriter{path, descriptor}};
}

std::unique_ptr<JournalWriter> JournalWriter::reopen(const std::string& path, std::int64_t wholeLength, std::string& error)
{
    const int descriptor = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC | O_NOFOLLOW);
    if (descriptor < 0) {
        error = systemError(tr("cannot open the journal"), path);
        return nullptr;
    }
    if (!lockJournal(descriptor)) {
        error = inUse(path);
        ::close(descriptor);
        return nullptr;
    }
    if (::ftruncate(descriptor, wholeLength) != 0 || ::fsync(descriptor) != 0) {
        error = systemError(tr("cannot cut off the journal's partial last line"), path);
        ::close(descriptor);
        return nullptr;
    }
    return std::unique_ptr<JournalWriter>{new JournalWriter{path, descriptor}};
}

JournalWriter::~JournalWriter() { ::close(descriptor_); }

std::string JournalWriter::append(const QByteArray& lines)
{
    const char* data = lines.constData();
    qsizetype left = lines.size();
    while (left > 0) {
        const ssize_t written = ::write(descriptor_, data, static_cast<size_t>(left));
        if (written < 0 && errno == EINTR) continue;
        if (written < 0) return systemError(tr("cannot write the journal"), path_);
        data += written;
        left -= written;
    }
    if (::fsync(descriptor_) != 0) return systemError(tr("cannot force the journal to disk"), path_);
    return {};
}

Outcome<JournalContents> readJournal(const std::string& path)
{
    QFile file{q(path)};
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, tr("%1: cannot read the journal: %2").arg(q(path), file.errorString()).toStdString()};
    const QByteArray bytes = file.readAll();
    JournalContents contents;
    qsizetype start = 0;
    int lineNumber = 0;
    while (start < bytes.size()) {
        const qsizetype end = bytes.indexOf('\n', start);
        ++lineNumber;
        const bool whole = end >= 0;
        const QByteArray line = bytes.mid(start, (whole ? end : bytes.size()) - start);
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        const bool last = !whole || end + 1 >= bytes.size();
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            // A crash or a power cut can leave the last line unfinished; anywhere else it is damage.
            if (last) {
                contents.cutShort = true;
                break;
            }
            return {std::nullopt, QString("%1:%2: %3").arg(q(path)).arg(lineNumber).arg(tr("not a JSON object")).toStdString()};
        }
        if (!whole) {
            contents.cutShort = true;
            break;
        }
        auto event = runEventFromJson(document.object());
        if (!event.value) return {std::nullopt, QString("%1:%2: %3").arg(q(path)).arg(lineNumber).arg(q(event.error)).toStdString()};
        if (contents.events.empty()) contents.sessionStarted = document.object();
        contents.events.push_back(std::move(*event.value));
        contents.wholeLength = end + 1;
        start = end + 1;
    }
    if (contents.events.empty())
        return {std::nullopt, tr("%1: the journal holds no event; the session never started").arg(q(path)).toStdString()};
    return {std::move(contents), {}};
}

} // namespace palet
