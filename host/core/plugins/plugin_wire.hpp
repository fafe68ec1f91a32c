#pragma once
// The protocol between palet and its plugin helper (palet-plugin-host): frames of a 4-byte
// big-endian length and a CBOR map, one request and one answer at a time. The first request,
// `open`, carries the protocol version; an answer that breaks these rules is garbled, and palet
// stops the helper. Both ends are built together, so a method travels in the metadata cache's
// binary form; everything read back is bounded and checked.

#include <palet/method_plugin.hpp>

#include <QByteArray>
#include <QCborMap>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace palet::wire {

inline constexpr int protocolVersion = 1;
// No answer is this large: a method is a few kilobytes.
inline constexpr std::uint32_t maxFrameBytes = 16u << 20;

// Requests (key "op") and the failures an answer may report (key "failure").
namespace op {
inline constexpr char open[] = "open";
inline constexpr char spec[] = "spec";
inline constexpr char event[] = "event";
} // namespace op

enum class Failure {
    none,
    protocol,          // the request was not understood
    cannotLoad,        // dlopen failed: detail is dlerror's text
    descriptorDiffers, // the loaded descriptor is not the one read from the file
    noApi,             // no palet_plugin_api
    apiImport,         // palet_plugin_api could not be imported: detail says why
    apiTooSmall,       // the function table is smaller than SDK 1.0's
    factory,           // the constructor threw: detail is its what()
    spec,              // spec() threw
    event,             // onEvent() threw
};

// The frame that carries `message`.
QByteArray frame(const QCborMap& message);
// The length a frame's first four bytes announce.
std::uint32_t frameLength(const char* header);
// The message in a frame's body; nothing when it is not one CBOR map.
std::optional<QCborMap> message(const QByteArray& body);

QCborMap failureAnswer(Failure failure, const std::string& detail);
Failure failureOf(const QCborMap& answer);
std::string detailOf(const QCborMap& answer);

QCborMap contextToCbor(const MethodContext& context);
MethodContext contextFromCbor(const QCborMap& map);

QCborMap eventToCbor(const SessionEvent& event);
SessionEvent eventFromCbor(const QCborMap& map);

QByteArray specToBytes(const MethodSpec& spec);
std::optional<MethodSpec> specFromBytes(const QByteArray& bytes);

QCborValue messagesToCbor(const std::vector<RoleMessage>& messages);
std::optional<std::vector<RoleMessage>> messagesFromCbor(const QCborValue& value);

} // namespace palet::wire
