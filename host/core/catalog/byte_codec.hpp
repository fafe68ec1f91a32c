#pragma once
// A small binary form for the metadata cache's hot part: fixed-width little-endian numbers and
// length-prefixed strings. The reader never reads past its bytes; a short or damaged input only
// sets `failed`.

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>

namespace palet {

class ByteWriter {
public:
    void u8(std::uint8_t value) { bytes_.push_back(static_cast<char>(value)); }
    void u32(std::uint32_t value) { fixed(value, 4); }
    void u64(std::uint64_t value) { fixed(value, 8); }
    void i32(std::int32_t value) { u32(static_cast<std::uint32_t>(value)); }
    void i64(std::int64_t value) { u64(static_cast<std::uint64_t>(value)); }
    void text(std::string_view value)
    {
        u32(static_cast<std::uint32_t>(value.size()));
        bytes_.append(value);
    }

    const std::string& bytes() const { return bytes_; }
    std::string take() { return std::move(bytes_); }

private:
    void fixed(std::uint64_t value, int width)
    {
        for (int i = 0; i < width; ++i) bytes_.push_back(static_cast<char>((value >> (8 * i)) & 0xff));
    }

    std::string bytes_;
};

class ByteReader {
public:
    explicit ByteReader(std::string_view bytes) : rest_(bytes) {}

    std::uint8_t u8() { return static_cast<std::uint8_t>(fixed(1)); }
    std::uint32_t u32() { return static_cast<std::uint32_t>(fixed(4)); }
    std::uint64_t u64() { return fixed(8); }
    std::int32_t i32() { return static_cast<std::int32_t>(u32()); }
    std::int64_t i64() { return static_cast<std::int64_t>(u64()); }

    // A view into the reader's bytes.
    std::string_view text() { return take(u32()); }
    std::string_view take(std::size_t size)
    {
        if (failed_ || size > rest_.size()) {
            failed_ = true;
            return {};
        }
        const std::string_view taken = rest_.substr(0, size);
        rest_.remove_prefix(size);
        return taken;
    }

    std::string_view rest()
    {
        const std::string_view all = rest_;
        rest_ = {};
        return all;
    }

    // A count of items that each take at least `itemBytes`: more than could fit means damage.
    std::uint32_t count(std::size_t itemBytes)
    {
        const std::uint32_t value = u32();
        if (value > rest_.size() / std::max<std::size_t>(itemBytes, 1)) failed_ = true;
        return failed_ ? 0 : value;
    }

    bool failed() const { return failed_; }
    bool atEnd() const { return rest_.empty(); }

private:
    std::uint64_t fixed(int width)
    {
        const std::string_view bytes = take(static_cast<std::size_t>(width));
        std::uint64_t value = 0;
        for (int i = 0; i < static_cast<int>(bytes.size()); ++i)
            value |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes[i])) << (8 * i);
        return value;
    }

    std::string_view rest_;
    bool failed_ = false;
};

} // namespace palet
