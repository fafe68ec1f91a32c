#pragma once
// A pack's archive: a tar (gzip-compressed when Palet writes it) read and written with
// libarchive. Reading trusts nothing: only plain files and folders, every path relative and
// inside the pack, no path twice, and limits on entries and sizes against archive bombs, checked
// against each entry's stated size before any of its bytes are read and against the bytes as
// they come.

#include "packs/pack_result.hpp"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace palet {

struct ArchiveLimits {
    std::int64_t maxFileBytes = std::int64_t{256} << 20;
    std::int64_t maxTotalBytes = std::int64_t{1} << 30;
    int maxEntries = 10000;
    std::size_t maxPathBytes = 400;
    int maxDepth = 12;
};

struct ArchiveFile {
    std::string path; // relative, clean, '/'-separated
    std::int64_t size = 0;
};

// What a reader does with the entries, in archive order. A refusal stops the reading.
struct ArchiveVisitor {
    std::function<PackStatus(const std::string& folder)> folder;
    std::function<PackStatus(const ArchiveFile& file)> beginFile;
    std::function<PackStatus(std::string_view piece)> fileBytes;
    std::function<PackStatus()> endFile;
};

// Reads the archive in `bytes` from start to end; the refusal is one sentence naming the entry.
PackStatus readPackArchive(std::string_view bytes, const ArchiveVisitor& visitor, const ArchiveLimits& limits = {});

// Whether `path` may name a file in a pack: relative, no '.' or '..' parts, no empty parts, no
// backslash or control characters, valid UTF-8, within the limits. The refusal says why.
PackStatus checkPackPath(std::string_view path, const ArchiveLimits& limits = {});

struct ArchiveInput {
    std::string path;
    QByteArray content;
};

// A gzip-compressed tar of `files` (with their folders), owned by no one, files 0644 and folders 0755.
PackResult<QByteArray> writePackArchive(const std::vector<ArchiveInput>& files);

} // namespace palet
