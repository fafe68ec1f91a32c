#include "yaml_parse_floor.hpp"

#include <QElapsedTimer>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

#include <atomic>
#include <sstream>
#include <string>
#include <thread>

namespace {

class Discard final : public YAML::EventHandler {
public:
    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};

void parse(const QByteArray& script)
{
    std::istringstream stream{script.toStdString()};
    YAML::Parser parser{stream};
    Discard events;
    parser.HandleNextDocument(events);
}

} // namespace

std::int64_t yamlParseFloorNs(const std::vector<QByteArray>& scripts, unsigned threads)
{
    QElapsedTimer timer;
    timer.start();
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t i = next++; i < scripts.size(); i = next++) parse(scripts[i]);
    };
    {
        std::vector<std::jthread> helpers;
        for (unsigned i = 1; i < threads; ++i) helpers.emplace_back(work);
        work();
    }
    return timer.nsecsElapsed();
}
