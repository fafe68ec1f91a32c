#pragma once
// Writes JSON straight into a string, compact or indented. For output too large to build as
// QJsonObjects first (a list of a thousand methods); the result parses like QJsonDocument's.

#include <string>
#include <string_view>
#include <vector>

namespace palet {

class JsonWriter {
public:
    enum class Layout { compact, indented };
    explicit JsonWriter(Layout layout) : layout_(layout) {}

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    // In an object, each value follows its key.
    void key(std::string_view name);
    void value(std::string_view text);
    void value(const char* text) { value(std::string_view{text}); }
    void value(int number);
    void value(bool flag);
    void null();
    // Members of the open object written before, compact ("\"a\":1,\"b\":2"), copied as they are.
    void members(std::string_view written);

    Layout layout() const { return layout_; }

    // The text so far, ended by a line break once the outermost value is closed.
    const std::string& text() const { return out_; }
    // Hands over the text written since the last call, so that long output can be printed in
    // parts rather than held whole.
    std::string take()
    {
        std::string part = std::move(out_);
        out_.clear();
        return part;
    }

private:
    void open(char bracket);
    void close(char bracket);
    void beforeValue();
    void newLine();
    void quoted(std::string_view text);

    Layout layout_;
    std::string out_;
    std::vector<bool> hasItems_; // per open bracket
    bool afterKey_ = false;
};

} // namespace palet
