#include "catalog/script_record.hpp"

#include "catalog/method_json.hpp"
#include "catalog/spec_serialization.hpp"

#include <QByteArray>
#include <QDataStream>
#include <QIODevice>

#include <sodium.h>

namespace palet {

EncodedScript EncodedScript::of(const MethodReadResult& result, std::string file)
{
    ByteWriter out;
    out.u8(result.method.has_value());
    if (result.method) {
        const MethodSpec& spec = *result.method;
        const MethodOverview overview = MethodOverview::of(spec);
        const MinuteRange idealMinutes = spec.minutesFor(spec.groupSize.ideal);
        out.text(spec.id);
        out.i32(spec.version.major);
        out.i32(spec.version.minor);
        out.i32(spec.version.patch);
        out.u8(static_cast<std::uint8_t>(spec.kind));
        out.i32(spec.groupSize.ideal);
        out.i32(idealMinutes.min);
        out.i32(idealMinutes.max);
        for (const Language language : {Language::nl, Language::en}) out.text(summaryMembersJson(overview, language));
        ByteWriter encodedOverview;
        encode(encodedOverview, overview);
        out.text(encodedOverview.bytes());
    }
    out.text(result.pluginLibrary);
    out.u32(static_cast<std::uint32_t>(result.errors.size()));
    for (const auto& error : result.errors) {
        out.text(error.file);
        out.i32(error.line);
        out.i32(error.column);
        out.text(error.message);
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
        headline.id = in.text();
        headline.version = {in.i32(), in.i32(), in.i32()};
        const std::uint8_t kind = in.u8();
        if (kind > static_cast<std::uint8_t>(MethodKind::block)) return std::nullopt;
        headline.kind = static_cast<MethodKind>(kind);
        headline.idealGroupSize = in.i32();
        headline.idealMinutes = {in.i32(), in.i32()};
        for (auto& json : headline.summaryJson) json = in.text();
        const std::string_view overview = in.text();
        decoded.method.emplace(headline, RecordBytes{std::move(owner), file, overview, spec, specHash});
    }
    decoded.pluginLibrary = in.text();
    decoded.errors.resize(in.count(16));
    for (auto& error : decoded.errors) {
        error.file = in.text();
        error.line = in.i32();
        error.column = in.i32();
        error.message = in.text();
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
