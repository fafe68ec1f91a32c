#include "text/json_writer.hpp"

#include <charconv>

namespace palet {

void JsonWriter::key(std::string_view name)
{
    beforeValue();
    quoted(name);
    out_ += layout_ == Layout::indented ? ": " : ":";
    afterKey_ = true;
}

void JsonWriter::value(std::string_view text)
{
    beforeValue();
    quoted(text);
}

void JsonWriter::value(int number)
{
    beforeValue();
    char digits[16];
    const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
    out_.append(digits, end);
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    out_ += flag ? "true" : "false";
}

void JsonWriter::null()
{
    beforeValue();
    out_ += "null";
}

void JsonWriter::members(std::string_view written)
{
    if (written.empty()) return;
    beforeValue();
    out_.append(written);
}

void JsonWriter::open(char bracket)
{
    beforeValue();
    out_ += bracket;
    hasItems_.push_back(false);
}

void JsonWriter::close(char bracket)
{
    const bool hadItems = hasItems_.back();
    hasItems_.pop_back();
    if (hadItems) newLine();
    out_ += bracket;
    if (hasItems_.empty()) out_ += '\n';
}

void JsonWriter::beforeValue()
{
    if (afterKey_) {
        afterKey_ = false;
        return;
    }
    if (hasItems_.empty()) return;
    if (hasItems_.back()) out_ += ',';
    hasItems_.back() = true;
    newLine();
}

void JsonWriter::newLine()
{
    if (layout_ == Layout::compact) return;
    out_ += '\n';
    out_.append(4 * hasItems_.size(), ' ');
}

void JsonWriter::quoted(std::string_view text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out_ += '"';
    std::size_t plain = 0; // start of the run of characters that need no escape
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        out_.append(text.substr(plain, i - plain));
        plain = i + 1;
        switch (c) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\b': out_ += "\\b"; break;
        case '\f': out_ += "\\f"; break;
        case '\n': out_ += "\\n"; break;
        case '\r': out_ += "\\r"; break;
        case '\t': out_ += "\\t"; break;
        default:
            out_ += "\\u00";
            out_ += hex[c >> 4];
            out_ += hex[c & 0xf];
        }
    }
    out_.append(text.substr(plain));
    out_ += '"';
}

} // namespace palet
