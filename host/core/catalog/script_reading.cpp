#include "catalog/script_reading.hpp"

#include <algorithm>
#include <atomic>
#include <thread>

namespace palet {
namespace {

void parse(Script& script, bool forCache)
{
    const FileBytes content = readScriptBytes(script.file.path);
    MethodReadResult result;
    if (content.error.empty()) {
        script.hash = bytesHash(content.bytes);
        result = readMethodYaml(content.bytes, script.file.path);
    } else {
        result.errors = {{script.file.path, 0, 0, content.error}};
    }
    // Kept in the cache's form, as the next run will find it; the parsed spec is freed here, on
    // this thread, rather than kept for a command that may not use it.
    auto encoded = std::make_shared<const EncodedScript>(EncodedScript::of(result, script.file.path));
    script.record = decodeScript(encoded).value(); // fresh bytes always decode
    if (forCache) script.encoded = std::move(encoded);
}

} // namespace

void readScripts(std::vector<Script>& scripts, MetadataCache* cache)
{
    // Looking a script up costs about a microsecond, less than handing it to another thread.
    std::vector<Script*> unknown;
    for (Script& script : scripts) {
        script.found = describeScript(script.file);
        if (script.found && !(cache && (script.record = cache->find(script.file)))) unknown.push_back(&script);
    }
    // Parsing costs a few hundred microseconds: share it out over every core.
    const std::size_t threads =
        std::clamp<std::size_t>(unknown.size() / 4, 1, std::max(1u, std::thread::hardware_concurrency()));
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t i = next++; i < unknown.size(); i = next++) parse(*unknown[i], cache != nullptr);
    };
    std::vector<std::jthread> helpers;
    for (std::size_t i = 1; i < threads; ++i) helpers.emplace_back(work);
    work();
}

} // namespace palet
