// palet-plugin-host: runs one plugin library out of palet's process. Palet starts it with its own
// pid as the only argument and talks to it over standard input and output (plugins/plugin_wire.hpp);
// whatever the plugin does to this process, palet only loses an answer.

#include "confinement.hpp"
#include "plugin_library.hpp"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <unistd.h>

using namespace palet;
using namespace palet::pluginhost;

namespace {

bool readFully(int fd, char* into, std::size_t size)
{
    while (size > 0) {
        const ssize_t got = read(fd, into, size);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) return false;
        into += got;
        size -= static_cast<std::size_t>(got);
    }
    return true;
}

bool writeFully(int fd, const char* from, std::size_t size)
{
    while (size > 0) {
        const ssize_t put = write(fd, from, size);
        if (put < 0 && errno == EINTR) continue;
        if (put <= 0) return false;
        from += put;
        size -= static_cast<std::size_t>(put);
    }
    return true;
}

// The next request; nothing when palet closed the pipe or sent what is not a frame.
std::optional<QCborMap> nextRequest(int fd)
{
    char header[4];
    if (!readFully(fd, header, sizeof header)) return std::nullopt;
    const std::uint32_t size = wire::frameLength(header);
    if (size > wire::maxFrameBytes) return std::nullopt;
    QByteArray body(static_cast<qsizetype>(size), Qt::Uninitialized);
    if (!readFully(fd, body.data(), size)) return std::nullopt;
    return wire::message(body);
}

QCborMap answer(PluginLibrary& plugin, const QCborMap& request)
{
    const QString op = request.value(QStringLiteral("op")).toString();
    if (op == QLatin1String(wire::op::open)) {
        if (request.value(QStringLiteral("protocol")).toInteger() != wire::protocolVersion)
            return wire::failureAnswer(wire::Failure::protocol,
                                       "this helper speaks protocol " + std::to_string(wire::protocolVersion));
        const QCborMap descriptor = request.value(QStringLiteral("descriptor")).toMap();
        ExpectedDescriptor expected;
        expected.structSize = static_cast<std::uint32_t>(descriptor.value(QStringLiteral("struct-size")).toInteger());
        expected.sdkApiVersion = static_cast<std::uint32_t>(descriptor.value(QStringLiteral("sdk-api-version")).toInteger());
        expected.abiTag = descriptor.value(QStringLiteral("abi-tag")).toString().toStdString();
        expected.methodId = descriptor.value(QStringLiteral("method-id")).toString().toStdString();
        QCborMap opened = plugin.open(request.value(QStringLiteral("library")).toString().toStdString(), expected);
        opened[QStringLiteral("protocol")] = wire::protocolVersion;
        return opened;
    }
    if (op == QLatin1String(wire::op::spec))
        return plugin.spec(wire::contextFromCbor(request.value(QStringLiteral("context")).toMap()));
    if (op == QLatin1String(wire::op::event))
        return plugin.onEvent(wire::eventFromCbor(request.value(QStringLiteral("event")).toMap()));
    return wire::failureAnswer(wire::Failure::protocol, "unknown request '" + op.toStdString() + "'");
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fputs("palet-plugin-host: Palet starts this program itself, to run one plugin out of its own process\n",
                   stderr);
        return 2;
    }
    const ProtocolChannel channel = confine(std::strtol(argv[1], nullptr, 10));
    if (channel.in < 0) return 3;

    PluginLibrary plugin;
    while (const auto request = nextRequest(channel.in)) {
        const QByteArray framed = wire::frame(answer(plugin, *request));
        if (!writeFully(channel.out, framed.constData(), static_cast<std::size_t>(framed.size()))) break;
    }
    // Palet closed the pipe: the session is over. The plugin's object is destroyed on the way out.
    return 0;
}
