#pragma once
// Reading the scripts the cache does not know. Parsing dominates a cold listing and each file
// stands alone, so it runs on every core, starting while the folders are still being walked.

#include "catalog/method_files.hpp"
#include "catalog/method_search_path.hpp"
#include "catalog/script_record.hpp"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace palet {

// A script of one folder, with what reading it gave: from the cache, or read in this run.
struct Script {
    const MethodDirectory* directory = nullptr;
    MethodFile file;
    std::optional<ScriptRecord> record;
    std::shared_ptr<const EncodedScript> encoded; // for the cache, when the script was read in this run
    std::uint64_t hash = 0;
};

class ScriptParser {
public:
    // With `encode`, each script's cache form is kept for the cache.
    explicit ScriptParser(bool encode) : encode_(encode) {}
    ~ScriptParser() { finish(); }
    ScriptParser(const ScriptParser&) = delete;
    ScriptParser& operator=(const ScriptParser&) = delete;

    // Queues `script`, which must stay in place until finish(); helper threads start on first use.
    void add(Script& script);
    // Parses what is left on this thread too, and returns once every queued script is read.
    void finish();

private:
    void work();
    Script* next(bool wait);

    bool encode_;
    std::mutex mutex_;
    std::condition_variable queued_;
    std::deque<Script*> queue_;
    bool closed_ = false;
    std::vector<std::jthread> helpers_;
};

} // namespace palet
