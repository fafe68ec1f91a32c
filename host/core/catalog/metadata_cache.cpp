#include "catalog/metadata_cache.hpp"

#include "catalog/spec_serialization.hpp"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace palet {
namespace {

// Bumped whenever the stored form or the reader's rules change: an older cache is ignored.
constexpr quint32 cacheMagic = 0x50414C43; // "PALC"
constexpr quint32 cacheFormat = 3;

// A file modified this close to when it was hashed may have changed again within the clock's
// resolution without its time changing, so its content is compared again (as git does).
constexpr qint64 racyWindowMs = 2000;

qint64 modifiedMs(const QFileInfo& file) { return file.lastModified().toMSecsSinceEpoch(); }

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
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        QString path;
        Entry entry;
        bool hasMethod = false;
        in >> path >> entry.size >> entry.modified >> entry.verified >> entry.hash >> hasMethod;
        if (hasMethod) {
            entry.result.method.emplace();
            in >> *entry.result.method;
        }
        qint32 errors = 0;
        in >> errors;
        for (qint32 e = 0; e < errors && e < 10000 && in.status() == QDataStream::Ok; ++e) {
            Diagnostic diagnostic;
            in >> diagnostic;
            entry.result.errors.push_back(std::move(diagnostic));
        }
        QString library;
        in >> library;
        entry.result.pluginLibrary = library.toStdString();
        entries_.insert(path, std::move(entry));
    }
    if (in.status() != QDataStream::Ok) entries_.clear(); // damaged: start again
}

QByteArray MetadataCache::contentHash(const std::string& content)
{
    return QCryptographicHash::hash(QByteArrayView{content.data(), static_cast<qsizetype>(content.size())},
                                    QCryptographicHash::Sha256);
}

std::optional<MethodReadResult> MetadataCache::find(const QFileInfo& file)
{
    const auto found = entries_.find(file.absoluteFilePath());
    if (found == entries_.end() || found->size != file.size() || found->modified != modifiedMs(file)) return std::nullopt;
    if (found->verified - found->modified < racyWindowMs) {
        QFile input{file.absoluteFilePath()};
        if (!input.open(QIODevice::ReadOnly)) return std::nullopt;
        const QByteArray bytes = input.readAll();
        if (contentHash(bytes.toStdString()) != found->hash) return std::nullopt;
        found->verified = QDateTime::currentMSecsSinceEpoch();
        changed_ = true;
    }
    return found->result;
}

void MetadataCache::remember(const QFileInfo& file, const std::string& content, const MethodReadResult& result)
{
    entries_.insert(file.absoluteFilePath(),
                    {file.size(), modifiedMs(file), QDateTime::currentMSecsSinceEpoch(), contentHash(content), result});
    changed_ = true;
}

bool MetadataCache::save()
{
    for (auto it = entries_.begin(); it != entries_.end();) {
        if (QFileInfo::exists(it.key())) {
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
    for (auto it = entries_.cbegin(); it != entries_.cend(); ++it) {
        const Entry& entry = it.value();
        out << it.key() << entry.size << entry.modified << entry.verified << entry.hash << entry.result.method.has_value();
        if (entry.result.method) out << *entry.result.method;
        out << static_cast<qint32>(entry.result.errors.size());
        for (const auto& diagnostic : entry.result.errors) out << diagnostic;
        out << QString::fromStdString(entry.result.pluginLibrary);
    }
    if (out.status() != QDataStream::Ok || !output.commit()) return false;
    changed_ = false;
    return true;
}

} // namespace palet
