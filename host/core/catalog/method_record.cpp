#include "catalog/method_record.hpp"

#include "catalog/script_record.hpp"
#include "catalog/spec_serialization.hpp"
#include "catalog/yaml_method_reader.hpp"

#include <QByteArray>
#include <QDataStream>

#include <mutex>
#include <stdexcept>

namespace palet {

struct MethodRecord::State {
    MethodHeadline headline;
    RecordBytes bytes;
    // Allocated only when decoded: a listing makes a thousand records and decodes none.
    std::once_flag overviewDecoded;
    std::unique_ptr<const MethodOverview> overview;
    std::once_flag specDecoded;
    std::unique_ptr<const MethodSpec> spec;

    void decodeOverview()
    {
        ByteReader in{bytes.overview};
        MethodOverview read;
        if (decode(in, read) && in.atEnd())
            overview = std::make_unique<const MethodOverview>(std::move(read));
        else
            overview = std::make_unique<const MethodOverview>(MethodOverview::of(decodedSpec()));
    }

    const MethodSpec& decodedSpec()
    {
        std::call_once(specDecoded, [this] { decodeSpec(); });
        return *spec;
    }

    void decodeSpec()
    {
        // A script read in this run carries its spec; one from the cache is read again here.
        if (!bytes.spec.empty() && bytesHash(bytes.spec) == bytes.specHash) {
            const QByteArray raw = QByteArray::fromRawData(bytes.spec.data(), static_cast<qsizetype>(bytes.spec.size()));
            QDataStream in{raw};
            in.setVersion(QDataStream::Qt_6_4);
            MethodSpec read;
            in >> read;
            if (in.status() == QDataStream::Ok && in.atEnd()) {
                spec = std::make_unique<const MethodSpec>(std::move(read));
                return;
            }
        }
        const std::string file{bytes.file};
        auto reread = readMethodFile(file);
        // The file must still hold the method the catalog listed: the catalog chose it by id and version.
        if (!reread.method || reread.method->id != headline.id || reread.method->version != headline.version)
            throw std::runtime_error(file + ": the method changed while palet was reading it; run the command again");
        spec = std::make_unique<const MethodSpec>(std::move(*reread.method));
    }
};

MethodRecord::MethodRecord(MethodHeadline headline, RecordBytes bytes) : state_(std::make_shared<State>())
{
    state_->headline = headline;
    state_->bytes = std::move(bytes);
}

const MethodHeadline& MethodRecord::headline() const { return state_->headline; }

const MethodOverview& MethodRecord::overview() const
{
    std::call_once(state_->overviewDecoded, [this] { state_->decodeOverview(); });
    return *state_->overview;
}

const MethodSpec& MethodRecord::spec() const { return state_->decodedSpec(); }

} // namespace palet
