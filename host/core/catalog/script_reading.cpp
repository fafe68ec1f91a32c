#include "catalog/script_reading.hpp"

#include <algorithm>
#include <atomic>
#include <thread>

namespace palet {
namespace {

void read(Script& script, MetadataCache* cache)
{
    script.found = describeScript(script.file);
    if (!script.found) return;
    if (cache && (script.record = cache->find(script.file))) return;

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
    auto encoded = std::make_shared<const EncodedScript>(EncodedScript::of(result));
    script.record = decodeScript(encoded->record, encoded->spec, encoded->specHash, encoded, script.file.path).value();
    if (cache) script.encoded = std::move(encoded);
}

} // namespace

void readScripts(std::vector<Script>& scripts, MetadataCache* cache)
{
    // A thread costs about what a few lookups do: only a longer list is worth sharing out.
    const std::size_t threads =
        std::clamp<std::size_t>(scripts.size() / 64, 1, std::max(1u, std::thread::hardware_concurrency()));
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t i = next++; i < scripts.size(); i = next++) read(scripts[i], cache);
    };
    std::vector<std::jthread> helpers;
    for (std::size_t i = 1; i < threads; ++i) helpers.emplace_back(work);
    work();
}

} // namespace palet
