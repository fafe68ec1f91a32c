#include "packs/pack_archive.hpp"

#include "translate.hpp"

#include <QDateTime>

#include <archive.h>
#include <archive_entry.h>

#include <memory>
#include <set>

namespace palet {
namespace {

QString qs(std::string_view text) { return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())); }

struct ReaderDeleter {
    void operator()(archive* reader) const { archive_read_free(reader); }
};
struct WriterDeleter {
    void operator()(archive* writer) const { archive_write_free(writer); }
};
struct EntryDeleter {
    void operator()(archive_entry* entry) const { archive_entry_free(entry); }
};

bool validUtf8(std::string_view text)
{
    const QString decoded = qs(text);
    return decoded.toUtf8() == QByteArray{text.data(), static_cast<qsizetype>(text.size())};
}

QString damaged(archive* reader)
{
    const char* why = archive_error_string(reader);
    return tr("the archive is damaged or cut short (%1)").arg(why ? QString::fromUtf8(why) : tr("no reason given"));
}

// Every parent folder of `path`, outermost first.
std::vector<std::string> parentsOf(const std::string& path)
{
    std::vector<std::string> parents;
    for (auto slash = path.find('/'); slash != std::string::npos; slash = path.find('/', slash + 1))
        parents.push_back(path.substr(0, slash));
    return parents;
}

} // namespace

PackStatus checkPackPath(std::string_view path, const ArchiveLimits& limits)
{
    const QString shown = qs(path);
    if (path.empty()) return refused(tr("an entry has no name"));
    if (path.size() > limits.maxPathBytes) return refused(tr("the entry '%1' has a name longer than %2 bytes").arg(shown).arg(limits.maxPathBytes));
    if (!validUtf8(path)) return refused(tr("the entry '%1' has a name that is not UTF-8").arg(shown));
    if (path.front() == '/') return refused(tr("the entry '%1' is an absolute path, which would leave the pack's folder").arg(shown));
    for (unsigned char c : path)
        if (c < 0x20 || c == 0x7f || c == '\\') return refused(tr("the entry '%1' has a control character or a backslash in its name").arg(shown));
    int depth = 0;
    std::string_view rest = path;
    while (true) {
        const auto slash = rest.find('/');
        const std::string_view part = rest.substr(0, slash);
        if (part == "..") return refused(tr("the entry '%1' climbs out with '..', which would leave the pack's folder").arg(shown));
        if (part.empty() || part == ".") return refused(tr("the entry '%1' has an empty or '.' part in its path").arg(shown));
        if (++depth > limits.maxDepth) return refused(tr("the entry '%1' lies deeper than %2 folders").arg(shown).arg(limits.maxDepth));
        if (slash == std::string_view::npos) break;
        rest.remove_prefix(slash + 1);
    }
    return packDone();
}

PackStatus readPackArchive(std::string_view bytes, const ArchiveVisitor& visitor, const ArchiveLimits& limits)
{
    std::unique_ptr<archive, ReaderDeleter> reader{archive_read_new()};
    archive_read_support_format_tar(reader.get());
    archive_read_support_filter_gzip(reader.get());
    archive_read_support_filter_xz(reader.get());
    archive_read_support_filter_zstd(reader.get());
    if (archive_read_open_memory(reader.get(), bytes.data(), bytes.size()) != ARCHIVE_OK)
        return refused(tr("not a pack, or one cut short or damaged: it cannot be read as a tar archive (%1)")
                           .arg(QString::fromUtf8(archive_error_string(reader.get()))));

    std::set<std::string> files, folders;
    std::int64_t total = 0;
    int entries = 0;
    std::vector<char> buffer(64 * 1024);
    while (true) {
        archive_entry* entry = nullptr;
        const int status = archive_read_next_header(reader.get(), &entry);
        if (status == ARCHIVE_EOF) break;
        if (status != ARCHIVE_OK) return refused(damaged(reader.get()));
        if (++entries > limits.maxEntries) return refused(tr("the archive has more than %1 entries").arg(limits.maxEntries));

        const char* rawName = archive_entry_pathname_utf8(entry);
        std::string path = rawName ? rawName : "";
        while (path.starts_with("./")) path.erase(0, 2);
        const auto type = archive_entry_filetype(entry);
        if (type == AE_IFDIR)
            while (path.ends_with('/')) path.pop_back();
        if (path.empty() && type == AE_IFDIR) continue; // the archive's own "./"
        if (const auto checked = checkPackPath(path, limits); !checked) return checked;
        const QString shown = qs(path);
        if (archive_entry_hardlink(entry) || type == AE_IFLNK)
            return refused(tr("the entry '%1' is a link; a pack holds only files and folders").arg(shown));
        if (type == AE_IFCHR || type == AE_IFBLK)
            return refused(tr("the entry '%1' is a device file; a pack holds only files and folders").arg(shown));
        if (type != AE_IFDIR && type != AE_IFREG)
            return refused(tr("the entry '%1' is a special file; a pack holds only files and folders").arg(shown));
        if (files.count(path) || folders.count(path)) return refused(tr("the entry '%1' appears twice").arg(shown));
        for (const std::string& parent : parentsOf(path))
            if (files.count(parent)) return refused(tr("the entry '%1' lies below the file '%2'").arg(shown, qs(parent)));

        if (type == AE_IFDIR) {
            folders.insert(path);
            if (visitor.folder)
                if (const auto accepted = visitor.folder(path); !accepted) return accepted;
            continue;
        }
        if (!archive_entry_size_is_set(entry)) return refused(tr("the entry '%1' does not state its size").arg(shown));
        const std::int64_t size = archive_entry_size(entry);
        if (size < 0 || size > limits.maxFileBytes)
            return refused(tr("the entry '%1' would unpack to %2 MB, more than the %3 MB a file of a pack may have")
                               .arg(shown).arg(size >> 20).arg(limits.maxFileBytes >> 20));
        if (total + size > limits.maxTotalBytes)
            return refused(tr("the pack would unpack to more than %1 MB").arg(limits.maxTotalBytes >> 20));
        // Its holes would have to be made up on unpacking; no method needs one.
        if (archive_entry_sparse_count(entry) > 0)
            return refused(tr("the entry '%1' is a sparse file; a pack holds only plain files and folders").arg(shown));
        files.insert(path);
        if (visitor.beginFile)
            if (const auto accepted = visitor.beginFile({path, size}); !accepted) return accepted;
        std::int64_t read = 0;
        while (true) {
            const la_ssize_t piece = archive_read_data(reader.get(), buffer.data(), buffer.size());
            if (piece < 0) return refused(damaged(reader.get()));
            if (piece == 0) break;
            read += piece;
            if (read > size) return refused(tr("the entry '%1' holds more bytes than it states").arg(shown));
            if (visitor.fileBytes)
                if (const auto accepted = visitor.fileBytes({buffer.data(), static_cast<std::size_t>(piece)}); !accepted)
                    return accepted;
        }
        if (read != size) return refused(tr("the entry '%1' is cut short").arg(shown));
        total += size;
        if (visitor.endFile)
            if (const auto accepted = visitor.endFile(); !accepted) return accepted;
    }
    if (entries == 0) return refused(tr("not a pack: the archive is empty"));
    return packDone();
}

PackResult<QByteArray> writePackArchive(const std::vector<ArchiveInput>& files)
{
    QByteArray out;
    std::unique_ptr<archive, WriterDeleter> writer{archive_write_new()};
    archive_write_set_format_pax_restricted(writer.get());
    archive_write_add_filter_gzip(writer.get());
    archive_write_set_bytes_in_last_block(writer.get(), 1); // no padding after the end
    const auto append = [](archive*, void* into, const void* data, size_t size) -> la_ssize_t {
        static_cast<QByteArray*>(into)->append(static_cast<const char*>(data), static_cast<qsizetype>(size));
        return static_cast<la_ssize_t>(size);
    };
    if (archive_write_open(writer.get(), &out, nullptr, append, nullptr) != ARCHIVE_OK)
        return refused(tr("could not start the archive: %1").arg(QString::fromUtf8(archive_error_string(writer.get()))));

    const time_t now = QDateTime::currentSecsSinceEpoch();
    std::set<std::string> written;
    const auto writeHeader = [&](const std::string& path, bool folder, std::int64_t size) -> PackStatus {
        std::unique_ptr<archive_entry, EntryDeleter> entry{archive_entry_new()};
        archive_entry_set_pathname_utf8(entry.get(), path.c_str());
        archive_entry_set_filetype(entry.get(), folder ? AE_IFDIR : AE_IFREG);
        archive_entry_set_perm(entry.get(), folder ? 0755 : 0644);
        archive_entry_set_size(entry.get(), folder ? 0 : size);
        archive_entry_set_mtime(entry.get(), now, 0);
        if (archive_write_header(writer.get(), entry.get()) != ARCHIVE_OK)
            return refused(tr("could not write '%1' into the archive: %2").arg(qs(path), QString::fromUtf8(archive_error_string(writer.get()))));
        return packDone();
    };
    for (const ArchiveInput& file : files) {
        if (const auto checked = checkPackPath(file.path); !checked) return refused(checked.error);
        for (const std::string& parent : parentsOf(file.path))
            if (written.insert(parent).second)
                if (const auto header = writeHeader(parent, true, 0); !header) return refused(header.error);
        if (const auto header = writeHeader(file.path, false, file.content.size()); !header) return refused(header.error);
        if (!file.content.isEmpty() &&
            archive_write_data(writer.get(), file.content.constData(), static_cast<size_t>(file.content.size())) != file.content.size())
            return refused(tr("could not write '%1' into the archive: %2").arg(qs(file.path), QString::fromUtf8(archive_error_string(writer.get()))));
    }
    if (archive_write_close(writer.get()) != ARCHIVE_OK)
        return refused(tr("could not finish the archive: %1").arg(QString::fromUtf8(archive_error_string(writer.get()))));
    return out;
}

} // namespace palet
