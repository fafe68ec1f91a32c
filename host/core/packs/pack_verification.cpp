#include "packs/pack_verification.hpp"

#include "packs/pack_locations.hpp"
#include "translate.hpp"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace palet {
namespace {

QString qs(std::string_view text) { return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())); }

constexpr std::int64_t maxSmallFileBytes = 1 << 20; // pack.yaml and SHA256SUMS are read into memory
constexpr qint64 maxSignatureBytes = 64 * 1024;

PackResult<QByteArray> readWhole(const std::string& file, qint64 limit)
{
    QFile in{qs(file)};
    if (!in.open(QIODevice::ReadOnly)) return refused(tr("%1: cannot be read: %2").arg(qs(file), in.errorString()));
    if (in.size() > limit) return refused(tr("%1: larger than %2 MB").arg(qs(file)).arg(limit >> 20));
    QByteArray bytes = in.read(limit + 1);
    if (bytes.size() > limit) return refused(tr("%1: larger than %2 MB").arg(qs(file)).arg(limit >> 20));
    return bytes;
}

std::string_view topLevelName(std::string_view path) { return path.substr(0, path.find('/')); }

bool endsWith(std::string_view text, std::string_view suffix)
{
    return text.size() > suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// Whether the trusted key vouches for `bytes`; the reason when it does not but unsigned packs are allowed.
PackStatus checkSignature(const std::string& file, const QByteArray& bytes, const TrustStore& trust,
                          const PackVerifyOptions& options, VerifiedPack& verified)
{
    const std::string signatureFile = signatureFileOf(file);
    if (!QFileInfo::exists(qs(signatureFile))) {
        verified.unsignedReason = tr("%1 is not signed: there is no %2 beside it").arg(qs(file), qs(signatureFile));
        if (options.allowUnsigned) return packDone();
        return refused(verified.unsignedReason + tr("; Palet installs only packs signed by a key you trust "
                                                    "('palet trust add'), unless you pass --allow-unsigned"));
    }
    const auto signatureText = readWhole(signatureFile, maxSignatureBytes);
    if (!signatureText) return refused(signatureText.error);
    const auto signature = readSignature(signatureText->toStdString());
    if (!signature) return refused(tr("%1: %2").arg(qs(signatureFile), signature.error));
    const TrustedKey* signer = trust.find(signature->keyId);
    if (!signer) {
        verified.unsignedReason = tr("%1 is signed with the key %2, which you do not trust")
                                      .arg(qs(file), qs(keyIdText(signature->keyId)));
        if (options.allowUnsigned) return packDone();
        return refused(verified.unsignedReason + tr("; if it is the publisher's, add it with 'palet trust add KEYFILE --name NAME', "
                                                    "or pass --allow-unsigned"));
    }
    const std::string_view content{bytes.constData(), static_cast<std::size_t>(bytes.size())};
    if (const auto good = verifySignature(signer->key, *signature, content); !good)
        return refused(tr("%1 is refused: %2 (key '%3', %4)").arg(qs(file), good.error, qs(signer->name), qs(keyIdText(signer->key.id))));
    verified.signer = *signer;
    return packDone();
}

} // namespace

std::string signatureFileOf(const std::string& file) { return file + ".minisig"; }

bool isPackTopLevelName(std::string_view name)
{
    return name == packManifestName || name == digestListName || name == "methods" || name == "plugins" || name == "handouts";
}

PackResult<VerifiedPack> verifyPackFile(const std::string& file, const TrustStore& trust, const PackVerifyOptions& options)
{
    VerifiedPack verified;
    verified.file = file;
    auto bytes = readWhole(file, options.maxPackBytes);
    if (!bytes) return refused(bytes.error);
    verified.bytes = std::move(*bytes);
    if (const auto signature = checkSignature(file, verified.bytes, trust, options, verified); !signature)
        return refused(signature.error);

    // Every file hashed as it comes; pack.yaml and SHA256SUMS kept to be read.
    FileDigests found;
    std::string digestText;
    std::string current;
    std::optional<Sha256> hash;
    std::string* keep = nullptr;
    const std::string platformPlugins = "plugins/" + pluginPlatform() + '/';
    ArchiveVisitor visitor;
    visitor.folder = [&](const std::string& folder) -> PackStatus {
        if (!isPackTopLevelName(topLevelName(folder)) || folder == packManifestName || folder == digestListName)
            return refused(tr("the entry '%1' does not belong in a pack, which holds pack.yaml, SHA256SUMS, methods/, "
                              "plugins/ and handouts/").arg(qs(folder)));
        return packDone();
    };
    visitor.beginFile = [&](const ArchiveFile& entry) -> PackStatus {
        const std::string_view top = topLevelName(entry.path);
        if (!isPackTopLevelName(top) || (top != entry.path && (top == packManifestName || top == digestListName)) ||
            (top == entry.path && top != packManifestName && top != digestListName))
            return refused(tr("the entry '%1' does not belong in a pack, which holds pack.yaml, SHA256SUMS, methods/, "
                              "plugins/ and handouts/").arg(qs(entry.path)));
        keep = entry.path == packManifestName ? &verified.manifestText : entry.path == digestListName ? &digestText : nullptr;
        if (keep && entry.size > maxSmallFileBytes) return refused(tr("the pack's %1 is larger than 1 MB").arg(qs(entry.path)));
        current = entry.path;
        hash.emplace();
        if (top == "methods" && (endsWith(entry.path, ".yaml") || endsWith(entry.path, ".yml"))) verified.methods.push_back(entry.path);
        if (entry.path.starts_with(platformPlugins) && (endsWith(entry.path, ".yaml") || endsWith(entry.path, ".yml")))
            verified.plugins.push_back(entry.path);
        return packDone();
    };
    visitor.fileBytes = [&](std::string_view piece) -> PackStatus {
        hash->add(piece);
        if (keep) keep->append(piece);
        return packDone();
    };
    visitor.endFile = [&]() -> PackStatus {
        found.emplace(current, hash->hex());
        return packDone();
    };
    const std::string_view archive{verified.bytes.constData(), static_cast<std::size_t>(verified.bytes.size())};
    if (const auto read = readPackArchive(archive, visitor, options.limits); !read)
        return refused(tr("%1: %2").arg(qs(file), read.error));

    if (!found.count(std::string{digestListName}))
        return refused(tr("%1: the pack has no SHA256SUMS with the SHA-256 of every file").arg(qs(file)));
    if (!found.count(std::string{packManifestName})) return refused(tr("%1: the pack has no pack.yaml").arg(qs(file)));
    auto digests = readDigestList(digestText);
    if (!digests) return refused(tr("%1: %2").arg(qs(file), digests.error));
    for (const auto& [path, digest] : found) {
        if (path == digestListName) continue;
        const auto listed = digests->find(path);
        if (listed == digests->end())
            return refused(tr("%1: the file '%2' is not listed in SHA256SUMS").arg(qs(file), qs(path)));
        if (listed->second != digest)
            return refused(tr("%1: the file '%2' does not match its SHA-256 in SHA256SUMS: it was changed").arg(qs(file), qs(path)));
    }
    for (const auto& [path, digest] : *digests)
        if (!found.count(path)) return refused(tr("%1: SHA256SUMS lists '%2', which the pack does not hold").arg(qs(file), qs(path)));
    verified.digests = std::move(*digests);

    auto manifest = readPackManifest(verified.manifestText, file + ":pack.yaml");
    if (!manifest.manifest) {
        QStringList errors;
        for (const Diagnostic& error : manifest.errors) errors << QString::fromStdString(error.toString());
        return refused(errors.join('\n'));
    }
    verified.manifest = std::move(*manifest.manifest);
    if (options.paletVersion < verified.manifest.requiresPalet)
        return refused(tr("%1: the pack %2 %3 needs Palet %4 or newer; this is Palet %5")
                           .arg(qs(file), qs(verified.manifest.id), qs(verified.manifest.version.toString()),
                                qs(verified.manifest.requiresPalet.toString()), qs(options.paletVersion.toString())));
    return verified;
}

} // namespace palet
