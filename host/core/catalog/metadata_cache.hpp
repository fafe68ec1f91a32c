#pragma once
// What reading each method script gave, remembered per user so that listing a large palette
// does not parse every file again. An entry is keyed by the file's path, size, modification time
// and content hash; a file changed since is always read again.

#include "catalog/yaml_method_reader.hpp"

#include <QFileInfo>
#include <QHash>
#include <QString>

#include <optional>

namespace palet {

class MetadataCache {
public:
    // Reads the cache file; a missing, damaged or foreign one gives an empty cache.
    explicit MetadataCache(QString file);

    // The remembered result for the file as it is now, if there is one.
    std::optional<MethodReadResult> find(const QFileInfo& file);

    void remember(const QFileInfo& file, const std::string& content, const MethodReadResult& result);

    // Writes the cache atomically, only when something changed; entries of files that no
    // longer exist are dropped. Returns false when the file could not be written.
    bool save();

    static QByteArray contentHash(const std::string& content);

private:
    struct Entry {
        qint64 size = 0;
        qint64 modified = 0; // ms since the epoch
        qint64 verified = 0; // when the hash was last known to match, ms since the epoch
        QByteArray hash;
        MethodReadResult result;
    };

    QString file_;
    QHash<QString, Entry> entries_;
    bool changed_ = false;
};

} // namespace palet
