#include "catalog/script_record.hpp"

#include "catalog/spec_serialization.hpp"

#include <QByteArray>
#include <QDataStream>
#include <QIODevice>

#include <sodium.h>

namespace palet {

EncodedScript EncodedScript::of(const MethodReadResult& result, std::string file)
{
    // Only what listing and recommending need: the overview, whose first members (id, version,
    // kind) are the headline.
    ByteWriter out;
    out.u8(result.method.has_value());
    if (result.method) {
        ByteWriter overview;
        encode(overview, MethodOverview::of(*result.method));
        out.shortText(overview.bytes());
    }
    out.shortText(result.pluginLibrary);
    out.varint(result.errors.size());
    for (const auto& error : result.errors) {
        out.shortText(error.file);
        out.svarint(error.line);
        out.svarint(error.column);
        out.shortText(error.message);
    }
    EncodedScript encoded{std::move(file), out.take(), {}, 0};
    if (result.method) {
        QByteArray spec;
        QDataStream stream{&spec, QIODevice::WriteOnly};
        stream.setVersion(QDataStream::Qt_6_4);
        stream << *result.method;
        encoded.spec = spec.toStdString();
        encoded.specHash = bytesHash(encoded.spec);
    }
    return encoded;
}

std::uint64_t bytesHash(std::string_view bytes)
{
    // SipHash with a fixed key: the same bytes give the same hash in every run. (Qt's qHash mixes
    // in a seed chosen per process, so a hash it gave could never match in a later run.)
    static const bool initialised = sodium_init() >= 0;
    static constexpr unsigned char key[crypto_shorthash_KEYBYTES] = {'p', 'a', 'l', 'e', 't', ' ', 'c', 'a',
                                                                     'c', 'h', 'e', ' ', 'k', 'e', 'y', '1'};
    (void)initialised;
    unsigned char hash[crypto_shorthash_BYTES];
    crypto_shorthash(hash, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), key);
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < crypto_shorthash_BYTES; ++i) value |= std::uint64_t{hash[i]} << (8 * i);
    return value;
}

std::optional<ScriptRecord> decodeScript(std::string_view file, std::string_view record, std::string_view spec,
                                         std::uint64_t specHash, std::shared_ptr<const void> owner)
{
    ByteReader in{record};
    ScriptRecord decoded;
    if (in.u8() != 0) {
        MethodHeadline headline;
        const std::string_view overview = in.shortText();
        ByteReader head{overview};
        headline.id = head.shortText();
        headline.version = {head.smallInt(), head.smallInt(), head.smallInt()};
        const std::uint8_t kind = head.u8();
        if (head.failed() || kind > static_cast<std::uint8_t>(MethodKind::block)) return std::nullopt;
        headline.kind = static_cast<MethodKind>(kind);
        decoded.method.emplace(headline, RecordBytes{std::move(owner), file, overview, spec, specHash});
    }
    decoded.pluginLibrary = in.shortText();
    decoded.errors.resize(in.shortCount(4));
    for (auto& error : decoded.errors) {
        error.file = in.shortText();
        error.line = in.smallInt();
        error.column = in.smallInt();
        error.message = in.shortText();
    }
    if (in.failed() || !in.atEnd()) return std::nullopt;
    return decoded;
}

std::optional<ScriptRecord> decodeScript(const std::shared_ptr<const EncodedScript>& encoded)
{
    return decodeScript(encoded->file, encoded->record, encoded->spec, encoded->specHash, encoded);
}

ScriptRecord recordOf(const MethodReadResult& result, std::string file)
{
    return decodeScript(std::make_shared<const EncodedScript>(EncodedScript::of(result, std::move(file))))
        .value(); // fresh bytes always decode
}

} // namespace palet
