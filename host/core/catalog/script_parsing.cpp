#include "catalog/script_parsing.hpp"


namespace palet {
namespace {

void parse(Script& script, bool encode)
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
    auto encoded = std::make_shared<const EncodedScript>(EncodedScript::of(result));
    script.record = decodeScript(encoded->record, encoded->spec, encoded->specHash, encoded, script.file.path).value();
    if (encode) script.encoded = std::move(encoded);
}

} // namespace

void ScriptParser::add(Script& script)
{
    {
        const std::lock_guard lock{mutex_};
        queue_.push_back(&script);
    }
    queued_.notify_one();
    if (helpers_.empty())
        for (unsigned i = 1; i < std::max(1u, std::thread::hardware_concurrency()); ++i)
            helpers_.emplace_back([this] { work(); });
}

void ScriptParser::finish()
{
    {
        const std::lock_guard lock{mutex_};
        closed_ = true;
    }
    queued_.notify_all();
    while (Script* script = next(false)) parse(*script, encode_);
    helpers_.clear(); // joins
}

void ScriptParser::work()
{
    while (Script* script = next(true)) parse(*script, encode_);
}

Script* ScriptParser::next(bool wait)
{
    std::unique_lock lock{mutex_};
    if (wait) queued_.wait(lock, [this] { return closed_ || !queue_.empty(); });
    if (queue_.empty()) return nullptr;
    Script* script = queue_.front();
    queue_.pop_front();
    return script;
}

} // namespace palet
