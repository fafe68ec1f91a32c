#include "packs/pack_installation.hpp"

#include "packs/private_folders.hpp"
#include "translate.hpp"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace palet {
namespace {

QString qs(std::string_view text) { return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())); }
QString systemError() { return QString::fromLocal8Bit(std::strerror(errno)); }

class FileDescriptor {
public:
    explicit FileDescriptor(int fd = -1) : fd_(fd) {}
    FileDescriptor(FileDescriptor&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
    FileDescriptor& operator=(FileDescriptor&& other) noexcept
    {
        std::swap(fd_, other.fd_);
        return *this;
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    ~FileDescriptor()
    {
        if (fd_ >= 0) ::close(fd_);
    }
    int get() const { return fd_; }
    explicit operator bool() const { return fd_ >= 0; }

private:
    int fd_;
};

// Holds the packs folder's lock file for one install or removal.
PackResult<std::shared_ptr<FileDescriptor>> lockPacksFolder(const std::string& packsFolder)
{
    if (!makeFolders(packsFolder, 0755))
        return refused(tr("could not create the folder %1: %2").arg(qs(packsFolder), systemError()));
    const std::string lockFile = packsFolder + "/.lock";
    auto lock = std::make_shared<FileDescriptor>(::open(lockFile.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600));
    if (!*lock) return refused(tr("cannot write in %1: %2").arg(qs(packsFolder), systemError()));
    if (::flock(lock->get(), LOCK_EX) != 0) return refused(tr("could not lock %1: %2").arg(qs(lockFile), systemError()));
    return lock;
}

// Clears what an interrupted install or removal left: hidden folders named after a pack.
void clearLeftovers(const std::string& packsFolder)
{
    const QDir dir{qs(packsFolder)};
    for (const QString& name : dir.entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot))
        if (name.startsWith('.') && (name.contains(".partial-") || name.contains(".old-")))
            QDir{dir.filePath(name)}.removeRecursively();
}

bool syncFolder(const std::string& folder)
{
    const FileDescriptor fd{::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
    return fd && ::fsync(fd.get()) == 0;
}

// Writes the archive's files below the open folder `root`, each checked against its digest.
class Unpacker {
public:
    Unpacker(int root, const FileDigests& digests) : root_(root), digests_(digests) {}

    PackStatus folder(const std::string& path)
    {
        struct stat info {};
        if (::fstatat(root_, path.c_str(), &info, AT_SYMLINK_NOFOLLOW) == 0) {
            if (S_ISDIR(info.st_mode)) return packDone();
            return refused(tr("the entry '%1' is both a file and a folder").arg(qs(path)));
        }
        if (const auto slash = path.rfind('/'); slash != std::string::npos)
            if (const auto parent = folder(path.substr(0, slash)); !parent) return parent;
        if (::mkdirat(root_, path.c_str(), 0755) != 0 || ::fchmodat(root_, path.c_str(), 0755, 0) != 0)
            return refused(tr("could not create the folder '%1': %2").arg(qs(path), systemError()));
        folders_.push_back(path);
        return packDone();
    }

    PackStatus beginFile(const ArchiveFile& file)
    {
        if (const auto slash = file.path.rfind('/'); slash != std::string::npos)
            if (const auto parent = folder(file.path.substr(0, slash)); !parent) return parent;
        out_ = FileDescriptor{::openat(root_, file.path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644)};
        if (!out_ || ::fchmod(out_.get(), 0644) != 0)
            return refused(tr("could not create '%1': %2").arg(qs(file.path), systemError()));
        path_ = file.path;
        hash_.emplace();
        return packDone();
    }

    PackStatus bytes(std::string_view piece)
    {
        hash_->add(piece);
        while (!piece.empty()) {
            const ssize_t written = ::write(out_.get(), piece.data(), piece.size());
            if (written < 0 && errno == EINTR) continue;
            if (written <= 0) return refused(tr("could not write '%1': %2").arg(qs(path_), systemError()));
            piece.remove_prefix(static_cast<std::size_t>(written));
        }
        return packDone();
    }

    PackStatus endFile()
    {
        const auto expected = digests_.find(path_);
        if (path_ != digestListName && (expected == digests_.end() || expected->second != hash_->hex()))
            return refused(tr("the file '%1' changed while it was unpacked").arg(qs(path_)));
        if (::fsync(out_.get()) != 0) return refused(tr("could not write '%1': %2").arg(qs(path_), systemError()));
        out_ = FileDescriptor{};
        return packDone();
    }

    // Flushes every folder made, so that the rename into place publishes complete folders.
    bool syncFolders(const std::string& rootPath) const
    {
        for (const std::string& folder : folders_)
            if (!syncFolder(rootPath + '/' + folder)) return false;
        return syncFolder(rootPath);
    }

private:
    int root_;
    const FileDigests& digests_;
    FileDescriptor out_;
    std::string path_;
    std::optional<Sha256> hash_;
    std::vector<std::string> folders_;
};

PackStatus writeRecord(int root, const PackInstallRecord& record)
{
    const QByteArray json = installRecordJson(record);
    const FileDescriptor out{::openat(root, installRecordName.data(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644)};
    if (!out || ::fchmod(out.get(), 0644) != 0 || ::write(out.get(), json.constData(), json.size()) != json.size() ||
        ::fsync(out.get()) != 0)
        return refused(tr("could not write the installation record: %1").arg(systemError()));
    return packDone();
}

PackInstallRecord recordOf(const VerifiedPack& pack, bool licenceAccepted)
{
    PackInstallRecord record;
    record.installedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    record.fromFile = QFileInfo{qs(pack.file)}.absoluteFilePath().toStdString();
    if (pack.signer) {
        record.signedBy = pack.signer->name;
        record.keyId = keyIdText(pack.signer->key.id);
    }
    record.unsignedReason = pack.unsignedReason.toStdString();
    if (licenceAccepted) record.acceptedLicence = licenceDigest(pack.manifest.licence);
    return record;
}

// Swaps two folders in one step; on a file system without that, replaces in two (the only
// moment the pack is absent is between them).
bool exchange(const std::string& packsFolder, const std::string& staged, const std::string& installed)
{
    const FileDescriptor dir{::open(packsFolder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
    if (!dir) return false;
    if (::renameat2(dir.get(), staged.c_str(), dir.get(), installed.c_str(), RENAME_EXCHANGE) == 0) return true;
    if (errno != EINVAL && errno != ENOSYS) return false;
    const std::string aside = staged + ".old-swap";
    return ::renameat(dir.get(), installed.c_str(), dir.get(), aside.c_str()) == 0 &&
           ::renameat(dir.get(), staged.c_str(), dir.get(), installed.c_str()) == 0 &&
           ::renameat(dir.get(), aside.c_str(), dir.get(), staged.c_str()) == 0;
}

} // namespace

std::optional<InstalledPack> installedVersion(const std::string& packsFolder, const std::string& id)
{
    const std::string folder = packsFolder + '/' + id;
    if (!QFileInfo{qs(folder)}.isDir()) return std::nullopt;
    return readInstalledPack(folder, false);
}

PackStatus checkDowngrade(const VerifiedPack& pack, const std::string& packsFolder, bool allowDowngrade)
{
    const auto installed = installedVersion(packsFolder, pack.manifest.id);
    if (installed && pack.manifest.version < installed->manifest.version && !allowDowngrade)
        return refused(tr("%1 %2 is installed; %3 would be a downgrade (pass --allow-downgrade if you mean it)")
                           .arg(qs(pack.manifest.id), qs(installed->manifest.version.toString()), qs(pack.manifest.version.toString())));
    return packDone();
}

bool licenceNeedsAcceptance(const VerifiedPack& pack, const std::string& packsFolder)
{
    if (pack.manifest.licence.empty()) return false;
    const auto installed = installedVersion(packsFolder, pack.manifest.id);
    return !installed || installed->record.acceptedLicence != licenceDigest(pack.manifest.licence);
}

PackResult<InstalledPack> installPack(const VerifiedPack& pack, const std::string& packsFolder, bool system,
                                      const PackInstallOptions& options)
{
    const PackManifest& manifest = pack.manifest;
    const auto lock = lockPacksFolder(packsFolder);
    if (!lock) return refused(lock.error);
    clearLeftovers(packsFolder);

    if (const auto newer = checkDowngrade(pack, packsFolder, options.allowDowngrade); !newer) return refused(newer.error);
    const auto installed = installedVersion(packsFolder, manifest.id);
    const bool licenceKnown = installed && !manifest.licence.empty() && installed->record.acceptedLicence == licenceDigest(manifest.licence);
    if (!manifest.licence.empty() && !options.licenceAccepted && !licenceKnown)
        return refused(tr("the licence of %1 has not been accepted").arg(qs(manifest.id)));

    std::string staged = packsFolder + "/." + manifest.id + ".partial-XXXXXX";
    if (!::mkdtemp(staged.data())) return refused(tr("cannot write in %1: %2").arg(qs(packsFolder), systemError()));
    const auto discard = [&](const QString& why) {
        QDir{qs(staged)}.removeRecursively();
        return refused(why);
    };
    ::chmod(staged.c_str(), 0755);
    {
        const FileDescriptor root{::open(staged.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
        if (!root) return discard(tr("cannot write in %1: %2").arg(qs(packsFolder), systemError()));
        Unpacker unpacker{root.get(), pack.digests};
        ArchiveVisitor visitor;
        visitor.folder = [&](const std::string& path) { return unpacker.folder(path); };
        visitor.beginFile = [&](const ArchiveFile& file) { return unpacker.beginFile(file); };
        visitor.fileBytes = [&](std::string_view piece) { return unpacker.bytes(piece); };
        visitor.endFile = [&]() { return unpacker.endFile(); };
        const std::string_view archive{pack.bytes.constData(), static_cast<std::size_t>(pack.bytes.size())};
        if (const auto unpacked = readPackArchive(archive, visitor); !unpacked) return discard(unpacked.error);
        const bool accepted = options.licenceAccepted || licenceKnown;
        if (const auto recorded = writeRecord(root.get(), recordOf(pack, accepted && !manifest.licence.empty())); !recorded)
            return discard(recorded.error);
        if (!unpacker.syncFolders(staged)) return discard(tr("could not write the pack to disk: %1").arg(systemError()));
    }

    const std::string name = QFileInfo{qs(staged)}.fileName().toStdString();
    const bool present = QFileInfo{qs(packsFolder + '/' + manifest.id)}.isDir(); // perhaps damaged, and replaced all the same
    if (present) {
        if (!exchange(packsFolder, name, manifest.id))
            return discard(tr("could not put the pack in place in %1: %2").arg(qs(packsFolder), systemError()));
    } else if (::rename(staged.c_str(), (packsFolder + '/' + manifest.id).c_str()) != 0) {
        return discard(tr("could not put the pack in place in %1: %2").arg(qs(packsFolder), systemError()));
    }
    syncFolder(packsFolder);
    if (present) QDir{qs(staged)}.removeRecursively(); // the previous version, now under the hidden name
    auto result = readInstalledPack(packsFolder + '/' + manifest.id, system);
    if (!result) return refused(tr("the pack was installed in %1 but cannot be read back").arg(qs(packsFolder + '/' + manifest.id)));
    return std::move(*result);
}

PackResult<InstalledPack> removePack(const std::string& id, const std::string& packsFolder, bool system)
{
    if (!isPackId(id) || !QFileInfo{qs(packsFolder + '/' + id)}.isDir())
        return refused(tr("no pack '%1' is installed in %2").arg(qs(id), qs(packsFolder)));
    const auto lock = lockPacksFolder(packsFolder);
    if (!lock) return refused(lock.error);
    clearLeftovers(packsFolder);
    auto installed = readInstalledPack(packsFolder + '/' + id, system);
    if (!installed) {
        installed.emplace();
        installed->manifest.id = id;
        installed->folder = packsFolder + '/' + id;
        installed->system = system;
    }
    std::string aside = packsFolder + "/." + id + ".old-XXXXXX";
    if (!::mkdtemp(aside.data()) || ::rename((packsFolder + '/' + id).c_str(), aside.c_str()) != 0) {
        const QString why = systemError();
        ::rmdir(aside.c_str());
        return refused(tr("could not remove %1: %2").arg(qs(packsFolder + '/' + id), why));
    }
    syncFolder(packsFolder);
    QDir{qs(aside)}.removeRecursively();
    return std::move(*installed);
}

} // namespace palet
