#include "catalog/yaml_tree.hpp"

#include "translate.hpp"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <map>
#include <optional>
#include <sstream>

namespace palet {
namespace {

// Thrown inside the event handler to stop yaml-cpp as soon as a limit is passed.
struct LimitExceeded {
    YAML::Mark mark;
    QString message;
};

class TreeBuilder final : public YAML::EventHandler {
public:
    explicit TreeBuilder(const YamlLimits& limits) : limits_(limits) {}

    YamlNode::Ptr root() const { return root_; }

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override
    {
        add(leaf(mark, YamlNode::Kind::null), anchor);
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override
    {
        const auto found = anchors_.find(anchor);
        if (found == anchors_.end())
            throw LimitExceeded{mark, tr("an alias refers to an anchor that is not complete yet")};
        count(mark, found->second->size);
        attach(found->second);
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override
    {
        auto node = leaf(mark, YamlNode::Kind::scalar);
        node->scalar = value;
        node->quoted = tag == "!"; // yaml-cpp tags quoted scalars with the non-specific "!"
        add(std::move(node), anchor);
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(mark, YamlNode::Kind::sequence, anchor);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(mark, YamlNode::Kind::map, anchor);
    }
    void OnMapEnd() override { close(); }

private:
    struct Open {
        std::shared_ptr<YamlNode> node;
        YAML::anchor_t anchor;
        YamlNode::Ptr pendingKey;
    };

    std::shared_ptr<YamlNode> leaf(const YAML::Mark& mark, YamlNode::Kind kind)
    {
        count(mark, 1);
        auto node = std::make_shared<YamlNode>();
        node->kind = kind;
        node->line = mark.line + 1;
        node->column = mark.column + 1;
        return node;
    }

    void count(const YAML::Mark& mark, int nodes)
    {
        nodes_ += nodes;
        if (nodes_ > limits_.maxNodes)
            throw LimitExceeded{mark, tr("the document has more than %1 nodes (aliases count as copies)")
                                          .arg(limits_.maxNodes)};
    }

    void open(const YAML::Mark& mark, YamlNode::Kind kind, YAML::anchor_t anchor)
    {
        if (static_cast<int>(stack_.size()) >= limits_.maxDepth)
            throw LimitExceeded{mark, tr("nesting deeper than %1 levels").arg(limits_.maxDepth)};
        stack_.push_back({leaf(mark, kind), anchor, nullptr});
    }

    void close()
    {
        Open done = std::move(stack_.back());
        stack_.pop_back();
        add(std::move(done.node), done.anchor);
    }

    void add(std::shared_ptr<YamlNode> node, YAML::anchor_t anchor)
    {
        YamlNode::Ptr finished = std::move(node);
        if (anchor != YAML::NullAnchor) anchors_[anchor] = finished;
        attach(finished);
    }

    void attach(const YamlNode::Ptr& node)
    {
        if (stack_.empty()) {
            root_ = node;
            return;
        }
        Open& parent = stack_.back();
        parent.node->size += node->size;
        if (parent.node->kind == YamlNode::Kind::sequence) {
            parent.node->items.push_back(node);
        } else if (!parent.pendingKey) {
            parent.pendingKey = node;
        } else {
            parent.node->entries.emplace_back(std::move(parent.pendingKey), node);
            parent.pendingKey = nullptr;
        }
    }

    const YamlLimits& limits_;
    std::vector<Open> stack_;
    std::map<YAML::anchor_t, YamlNode::Ptr> anchors_;
    YamlNode::Ptr root_;
    int nodes_ = 0;
};

Diagnostic at(const std::string& file, const YAML::Mark& mark, const QString& message)
{
    // yaml-cpp reports -1 for positions it does not know.
    return {file, mark.line < 0 ? 1 : mark.line + 1, mark.column < 0 ? 1 : mark.column + 1,
            message.toStdString()};
}

// The first byte that is not valid UTF-8, with its 1-based line and column, or nothing.
std::optional<std::pair<int, int>> firstInvalidUtf8(std::string_view text)
{
    int line = 1;
    int column = 1;
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        int length = byte < 0x80 ? 1 : (byte >> 5) == 0x6 ? 2 : (byte >> 4) == 0xE ? 3 : (byte >> 3) == 0x1E ? 4 : 0;
        if (length == 0 || i + length > text.size() || byte == 0 || byte == 0xC0 || byte == 0xC1)
            return std::pair{line, column};
        for (int k = 1; k < length; ++k)
            if ((static_cast<unsigned char>(text[i + k]) >> 6) != 0x2) return std::pair{line, column};
        if (byte == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        i += length;
    }
    return std::nullopt;
}

} // namespace

QString yamlKindName(YamlNode::Kind kind)
{
    switch (kind) {
    case YamlNode::Kind::null: return tr("nothing");
    case YamlNode::Kind::scalar: return tr("a single value");
    case YamlNode::Kind::sequence: return tr("a list");
    case YamlNode::Kind::map: return tr("a mapping");
    }
    return {};
}

YamlReadResult readYamlDocument(std::string_view text, const std::string& file, const YamlLimits& limits)
{
    YamlReadResult result;
    if (text.size() > limits.maxBytes) {
        result.errors.push_back({file, 0, 0, tr("the file is larger than %1 bytes").arg(limits.maxBytes).toStdString()});
        return result;
    }
    if (const auto bad = firstInvalidUtf8(text)) {
        result.errors.push_back({file, bad->first, bad->second,
                                 tr("the text is not valid UTF-8 (or contains a NUL byte)").toStdString()});
        return result;
    }

    // Only ever one document at a time through Parser: yaml-cpp's load-all helper can loop forever in
    // yaml-cpp 0.7 on some malformed inputs.
    std::istringstream stream{std::string{text}};
    TreeBuilder builder{limits};
    try {
        YAML::Parser parser{stream};
        if (!parser.HandleNextDocument(builder)) {
            result.errors.push_back({file, 0, 0, tr("the file is empty").toStdString()});
            return result;
        }
        if (!builder.root()) {
            result.errors.push_back({file, 0, 0, tr("the file holds no document").toStdString()});
            return result;
        }
        TreeBuilder rest{limits};
        if (parser.HandleNextDocument(rest)) {
            result.errors.push_back({file, rest.root() ? rest.root()->line : 0, rest.root() ? rest.root()->column : 0,
                                     tr("a second document starts here; a file holds one method").toStdString()});
            return result;
        }
    } catch (const LimitExceeded& limit) {
        result.errors.push_back(at(file, limit.mark, limit.message));
        return result;
    } catch (const YAML::Exception& error) {
        result.errors.push_back(at(file, error.mark, QString::fromStdString(error.msg)));
        return result;
    }
    result.root = builder.root();
    return result;
}

} // namespace palet
