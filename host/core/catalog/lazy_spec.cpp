#include "catalog/lazy_spec.hpp"

#include "catalog/script_record.hpp"
#include "catalog/spec_serialization.hpp"
#include "catalog/yaml_method_reader.hpp"

#include <QByteArray>
#include <QDataStream>

#include <mutex>
#include <optional>
#include <stdexcept>

namespace palet {

struct LazySpec::State {
    std::once_flag decoded;
    std::optional<MethodSpec> spec;
    std::shared_ptr<const void> owner;
    std::string_view encoded;
    std::uint64_t hash = 0;
    std::string file;

    void decode()
    {
        const QByteArray bytes = QByteArray::fromRawData(encoded.data(), static_cast<qsizetype>(encoded.size()));
        QDataStream in{bytes};
        in.setVersion(QDataStream::Qt_6_4);
        MethodSpec read;
        const bool intact = bytesHash(encoded) == hash;
        if (intact) in >> read;
        if (intact && in.status() == QDataStream::Ok && in.atEnd()) {
            spec = std::move(read);
        } else if (auto reread = readMethodFile(file); reread.method) {
            spec = std::move(reread.method);
        } else {
            throw std::runtime_error(file + ": the method changed while palet was reading it; run the command again");
        }
        owner.reset();
    }
};

LazySpec::LazySpec(MethodSpec spec) : state_(std::make_shared<State>())
{
    std::call_once(state_->decoded, [&] { state_->spec = std::move(spec); });
}

LazySpec::LazySpec(std::shared_ptr<const void> owner, std::string_view encoded, std::uint64_t hash, std::string file)
    : state_(std::make_shared<State>())
{
    state_->owner = std::move(owner);
    state_->encoded = encoded;
    state_->hash = hash;
    state_->file = std::move(file);
}

const MethodSpec& LazySpec::get() const
{
    if (!state_) throw std::logic_error("LazySpec::get on an empty spec");
    std::call_once(state_->decoded, [this] { state_->decode(); });
    return *state_->spec;
}

} // namespace palet
