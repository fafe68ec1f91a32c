#include "plugins/plugin_loader.hpp"

#include "method_spec_check.hpp"
#include "plugins/descriptor_file.hpp"
#include "plugins/plugin_deadlines.hpp"
#include "plugins/plugin_failure_memory.hpp"
#include "plugins/plugin_host_process.hpp"
#include "plugins/plugin_wire.hpp"
#include "session/counted_participants.hpp"
#include "translate.hpp"

#include <palet/abi_tag.hpp>
#include <palet/plugin_descriptor.h>
#include <palet/sdk_version.hpp>

#include <QFileInfo>

namespace palet {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

// What the helper reports, as the sentence that follows the library's path.
QString failureText(wire::Failure failure, const std::string& detail)
{
    using wire::Failure;
    switch (failure) {
    case Failure::cannotLoad: return tr("cannot be loaded as a shared library: %1").arg(qs(detail));
    case Failure::descriptorDiffers: return tr("its loaded descriptor differs from the one in its file");
    case Failure::noApi: return tr("it has a descriptor but no '%1' (build it with PALET_EXPORT_METHOD)").arg(PALET_API_ALIAS);
    case Failure::apiImport: return tr("cannot import '%1': %2").arg(PALET_API_ALIAS, qs(detail));
    case Failure::apiTooSmall: return tr("its function table is smaller than SDK 1.0's");
    case Failure::factory: return tr("the plugin's factory failed: %1").arg(qs(detail));
    case Failure::spec: return tr("the plugin failed to compute its method: %1").arg(qs(detail));
    case Failure::event: return tr("the plugin failed on a session event: %1").arg(qs(detail));
    case Failure::protocol:
    case Failure::none: break;
    }
    return tr("Palet's plugin helper did not understand palet: %1; install palet and palet-plugin-host together").arg(qs(detail));
}

// A plugin method whose code runs in a helper process (palet-plugin-host). The helper is started
// with the method and lives as long as it; a helper that broke down is started again for the next
// method asked for, but a session hears nothing more from a plugin that broke down during it:
// its state is gone.
class PluginMethod final : public MethodImplementation {
public:
    PluginMethod(std::string library, ManifestMethod manifest, PluginDescriptor descriptor, PluginTrace trace)
        : library_(std::move(library)), manifest_(std::move(manifest)), descriptor_(std::move(descriptor)),
          deadlines_(PluginDeadlines::fromEnvironment()), host_(library_, std::move(trace))
    {
    }

    // The reply as it is; a breakdown is remembered, so that the plugin is not loaded again.
    HostReply noted(HostReply reply) const
    {
        if (reply.brokeDown) PluginFailureMemory::forUser().remember(library_, reply.breakdown);
        return reply;
    }

    // Starts the helper and has it load the library and make the plugin's object.
    std::string open() const
    {
        if (const std::string failure = host_.start(); !failure.empty()) return failure;
        QCborMap descriptor;
        descriptor[QStringLiteral("struct-size")] = static_cast<qint64>(descriptor_.structSize);
        descriptor[QStringLiteral("sdk-api-version")] = static_cast<qint64>(descriptor_.sdkApiVersion);
        descriptor[QStringLiteral("abi-tag")] = qs(descriptor_.abiTag);
        descriptor[QStringLiteral("method-id")] = qs(descriptor_.methodId);
        QCborMap request;
        request[QStringLiteral("op")] = QString::fromLatin1(wire::op::open);
        request[QStringLiteral("protocol")] = wire::protocolVersion;
        request[QStringLiteral("library")] = qs(library_);
        request[QStringLiteral("descriptor")] = descriptor;
        const HostReply reply = noted(host_.call(request, deadlines_.spec, tr("it was being loaded")));
        if (!reply.answer) return reply.error;
        if (const auto failure = wire::failureOf(*reply.answer); failure != wire::Failure::none) {
            host_.stop();
            return QStringLiteral("%1: %2").arg(qs(library_), failureText(failure, wire::detailOf(*reply.answer))).toStdString();
        }
        return {};
    }

    Outcome<MethodSpec> spec(const MethodContext& context) const override
    {
        if (!host_.running())
            if (const std::string failure = open(); !failure.empty()) return {std::nullopt, failure};
        QCborMap request;
        request[QStringLiteral("op")] = QString::fromLatin1(wire::op::spec);
        request[QStringLiteral("context")] = wire::contextToCbor(context);
        const HostReply reply = noted(host_.call(request, deadlines_.spec, tr("it computed its method")));
        if (!reply.answer) return {std::nullopt, reply.error, reply.brokeDown};
        if (const auto failure = wire::failureOf(*reply.answer); failure != wire::Failure::none)
            return {std::nullopt, QStringLiteral("%1: %2").arg(qs(library_), failureText(failure, wire::detailOf(*reply.answer))).toStdString()};
        auto spec = wire::specFromBytes(reply.answer->value(QStringLiteral("spec")).toByteArray());
        if (!spec) return {std::nullopt, tr("%1: Palet's plugin helper sent a method it cannot read").arg(qs(library_)).toStdString()};
        if (const auto problem = checkMethodSpec(*spec); !problem.empty())
            return {std::nullopt, tr("%1: the plugin computed an invalid method: %2").arg(qs(library_), qs(problem)).toStdString()};
        countParticipants(*spec); // the host's count of a role's holders, whatever the plugin put there
        if (spec->id != manifest_.id || (!manifest_.anyVersion && spec->version != manifest_.version))
            return {std::nullopt, tr("%1: the plugin computed method '%2' %3 but its manifest describes '%4' %5; "
                                     "keep the manifest in step with the library")
                                      .arg(qs(library_), qs(spec->id), qs(spec->version.toString()), qs(manifest_.id),
                                           qs(manifest_.version.toString()))
                                      .toStdString()};
        return {std::move(*spec), {}};
    }

    Outcome<std::vector<RoleMessage>> onEvent(const SessionEvent& event) override
    {
        if (brokeDown_ || !host_.running()) return {std::vector<RoleMessage>{}, {}};
        QCborMap request;
        request[QStringLiteral("op")] = QString::fromLatin1(wire::op::event);
        request[QStringLiteral("event")] = wire::eventToCbor(event);
        const QString activity = event.kind == SessionEvent::Kind::phaseStarted
                                     ? tr("it heard that phase '%1' started").arg(qs(event.phaseId))
                                     : tr("it heard that phase '%1' ended").arg(qs(event.phaseId));
        const HostReply reply = noted(host_.call(request, deadlines_.event, activity));
        if (!reply.answer) {
            brokeDown_ = true;
            return {std::nullopt, reply.error, true};
        }
        if (const auto failure = wire::failureOf(*reply.answer); failure != wire::Failure::none)
            return {std::nullopt, QStringLiteral("%1: %2").arg(qs(library_), failureText(failure, wire::detailOf(*reply.answer))).toStdString()};
        auto messages = wire::messagesFromCbor(reply.answer->value(QStringLiteral("messages")));
        if (!messages) return {std::nullopt, tr("%1: Palet's plugin helper sent messages it cannot read").arg(qs(library_)).toStdString()};
        return {std::move(*messages), {}};
    }

private:
    std::string library_;
    ManifestMethod manifest_;
    PluginDescriptor descriptor_;
    PluginDeadlines deadlines_;
    mutable PluginHostProcess host_; // spec() is const for the session, but may start the helper again
    bool brokeDown_ = false;
};

PluginLoad refuse(const PluginTrace& trace, const std::string& library, const QString& cause)
{
    const QString sentence = QString("%1: %2").arg(qs(library), cause);
    trace(tr("refused %1").arg(sentence));
    return {nullptr, sentence.toStdString()};
}

} // namespace

PluginLoad loadPluginMethod(const std::string& libraryPath, const ManifestMethod& manifest, const PluginTrace& trace,
                            AfterBreakdown afterBreakdown)
{
    trace(tr("loading %1 for method '%2'").arg(qs(libraryPath), qs(manifest.id)));
    const QFileInfo file{qs(libraryPath)};
    if (!file.exists()) return refuse(trace, libraryPath, tr("no such file"));
    if (!file.isFile()) return refuse(trace, libraryPath, tr("not a file"));

    // Checked from the file, before the library is loaded: loading runs its static initialisers.
    const DescriptorRead read = readPluginDescriptor(libraryPath);
    if (!read.descriptor) return refuse(trace, libraryPath, qs(read.error));
    const PluginDescriptor& descriptor = *read.descriptor;
    if (descriptor.structSize < sizeof(palet_plugin_descriptor))
        return refuse(trace, libraryPath, tr("its descriptor is %1 bytes, smaller than the %2 of SDK 1.0")
                                              .arg(descriptor.structSize).arg(sizeof(palet_plugin_descriptor)));
    const ApiVersion host = ApiVersion::fromPacked(sdkApiVersion);
    const ApiVersion plugin = ApiVersion::fromPacked(descriptor.sdkApiVersion);
    if (plugin.major != host.major || plugin.minor > host.minor)
        return refuse(trace, libraryPath, tr("built for Palet SDK %1.%2 while this host speaks SDK %3.%4; %5")
                                              .arg(plugin.major).arg(plugin.minor).arg(host.major).arg(host.minor)
                                              .arg(plugin.major != host.major
                                                       ? tr("rebuild it against SDK %1.x").arg(host.major)
                                                       : tr("update Palet or rebuild the plugin against SDK %1.%2").arg(host.major).arg(host.minor)));
    if (descriptor.abiTag != PALET_ABI_TAG)
        return refuse(trace, libraryPath, tr("built for the C++ ABI '%1' while this host uses '%2'; rebuild it with the same compiler and standard library")
                                              .arg(qs(descriptor.abiTag), PALET_ABI_TAG));
    if (descriptor.methodId != manifest.id)
        return refuse(trace, libraryPath, tr("the library implements method '%1' but its manifest says '%2'").arg(qs(descriptor.methodId), qs(manifest.id)));

    const PluginFailureMemory memory = PluginFailureMemory::forUser();
    if (afterBreakdown == AfterBreakdown::retry)
        memory.forget(libraryPath);
    else if (const auto failure = memory.find(libraryPath)) {
        PluginLoad refused = refuse(trace, libraryPath, tr("not loaded: %1, on %2; it is loaded again when its file changes, or with "
                                                           "'palet check --retry'")
                                                            .arg(qs(failure->sentence), failure->when));
        refused.brokeDownBefore = true;
        return refused;
    }

    auto method = std::make_shared<PluginMethod>(libraryPath, manifest, descriptor, trace);
    if (const std::string failure = method->open(); !failure.empty()) {
        trace(tr("refused %1").arg(qs(failure)));
        return {nullptr, failure};
    }
    trace(tr("took %1: method '%2', SDK %3.%4.%5").arg(qs(libraryPath), qs(descriptor.methodId)).arg(plugin.major).arg(plugin.minor).arg(plugin.patch));
    return {std::move(method), {}};
}

} // namespace palet
