#include "catalog/script_record.hpp"

#include "catalog/spec_serialization.hpp"

#include <QByteArray>
#include <QDataStream>
#include <QHashFunctions>
#include <QIODevice>

namespace palet {

ScriptRecord ScriptRecord::of(MethodReadResult result)
{
    ScriptRecord record;
    if (result.method) {
        record.overview = MethodOverview::of(*result.method);
        record.spec = LazySpec{std::move(*result.method)};
    }
    record.pluginLibrary = std::move(result.pluginLibrary);
    record.errors = std::move(result.errors);
    return record;
}

EncodedScript EncodedScript::of(const MethodReadResult& result)
{
    ByteWriter out;
    out.u8(result.method.has_value());
    if (result.method) encode(out, MethodOverview::of(*result.method));
    out.text(result.pluginLibrary);
    out.u32(static_cast<std::uint32_t>(result.errors.size()));
    for (const auto& error : result.errors) {
        out.text(error.file);
        out.i32(error.line);
        out.i32(error.column);
        out.text(error.message);
    }
    EncodedScript encoded{out.take(), {}};
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
    return qHash(QByteArrayView{bytes.data(), static_cast<qsizetype>(bytes.size())}, 0x9a1e7);
}

std::optional<ScriptRecord> decodeScript(std::string_view record, std::string_view spec, std::uint64_t specHash,
                                         std::shared_ptr<const void> owner, const std::string& file)
{
    ByteReader in{record};
    ScriptRecord decoded;
    if (in.u8() != 0) {
        if (!decode(in, decoded.overview.emplace())) return std::nullopt;
        decoded.spec = LazySpec{std::move(owner), spec, specHash, file};
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

} // namespace palet
