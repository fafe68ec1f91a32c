#include "catalog/metadata_cache.hpp"

#include "catalog/spec_serialization.hpp"

#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHashFunctions>
#include <QSaveFile>

#include <sys/stat.h>

namespace palet {
namespace {

// Bumped whenever the stored form or the reader's rules change: an older cache is ignored.
constexpr quint32 cacheMagic = 0x50414C43; // "PALC"
constexpr quint32 cacheFormat = 4;

// A file modified this close to when it was hashed may have changed again within the clock's
// resolution without its time changing, so its content is compared again (as git does).
constexpr std::int64_t racyWindowNs = 2'000'000'000;

std::int64_t nowNs() { return QDateTime::currentMSecsSinceEpoch() * 1'000'000; }

} // namespace

MetadataCache::MetadataCache(QString file) : file_(std::move(file))
{
    QFile input{file_};
    if (!input.open(QIODevice::ReadOnly)) return;
    QDataStream in{&input};
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 format = 0;
    QString version;
    in >> magic >> format >> version;
    if (magic != cacheMagic || format != cacheFormat || version != PALET_CORE_VERSION) return;
    qint32 count = 0;
    in >> count;
    entries_.reserve(static_cast<std::size_t>(std::max(count, 0)));
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        QByteArray path;
        QByteArray library;
        Entry entry;
        qint64 size = 0;
        qint64 modified = 0;
        qint64 verified = 0;
        quint64 hash = 0;
        bool hasMethod = false;
        in >> path >> size >> modified >> verified >> hash >> hasMethod;
        entry.size = size;
        entry.modifiedNs = modified;
        entry.verifiedNs = verified;
        entry.hash = hash;
        if (hasMethod) in >> entry.result.method.emplace();
        qint32 errors = 0;
        in >> errors;
        for (qint32 e = 0; e < errors && e < 10000 && in.status() == QDataStream::Ok; ++e)
            in >> entry.result.errors.emplace_back();
        in >> library;
        entry.result.pluginLibrary = library.toStdString();
        entries_.insert_or_assign(path.toStdString(), std::move(entry));
    }
    if (in.status() != QDataStream::Ok) entries_.clear(); // damaged: start again
}

std::uint64_t MetadataCache::contentHash(std::string_view content)
{
    return qHash(QByteArrayView{content.data(), static_cast<qsizetype>(content.size())}, 0x9a1e7);
}

const MethodReadResult* MetadataCache::find(const MethodFile& file)
{
    const auto found = entries_.find(file.path);
    if (found == entries_.end()) return nullptr;
    Entry& entry = found->second;
    entry.seen = true;
    if (entry.size != file.size || entry.modifiedNs != file.modifiedNs) return nullptr;
    if (entry.verifiedNs - entry.modifiedNs < racyWindowNs) {
        const FileBytes content = readScriptBytes(file.path);
        if (!content.error.empty() || contentHash(content.bytes) != entry.hash) return nullptr;
        entry.verifiedNs = nowNs();
        changed_ = true;
    }
    return &entry.result;
}

const MethodReadResult* MetadataCache::remember(const MethodFile& file, std::uint64_t contentHash, MethodReadResult result)
{
    changed_ = true;
    const auto [where, inserted] =
        entries_.insert_or_assign(file.path, Entry{file.size, file.modifiedNs, nowNs(), contentHash, std::move(result), true});
    return &where->second.result;
}

bool MetadataCache::save()
{
    for (auto it = entries_.begin(); it != entries_.end();) {
        struct stat info {};
        if (it->second.seen || ::stat(it->first.c_str(), &info) == 0) {
            ++it;
        } else {
            it = entries_.erase(it);
            changed_ = true;
        }
    }
    if (!changed_) return true;

    QDir{}.mkpath(QFileInfo{file_}.absolutePath());
    QSaveFile output{file_};
    if (!output.open(QIODevice::WriteOnly)) return false;
    QDataStream out{&output};
    out.setVersion(QDataStream::Qt_6_4);
    out << cacheMagic << cacheFormat << QString{PALET_CORE_VERSION} << static_cast<qint32>(entries_.size());
    for (const auto& [path, entry] : entries_) {
        out << QByteArray::fromStdString(path) << qint64{entry.size} << qint64{entry.modifiedNs} << qint64{entry.verifiedNs}
            << quint64{entry.hash} << entry.result.method.has_value();
        if (entry.result.method) out << *entry.result.method;
        out << static_cast<qint32>(entry.result.errors.size());
        for (const auto& diagnostic : entry.result.errors) out << diagnostic;
        out << QByteArray::fromStdString(entry.result.pluginLibrary);
    }
    if (out.status() != QDataStream::Ok || !output.commit()) return false;
    changed_ = false;
    return true;
}

} // namespace palet
