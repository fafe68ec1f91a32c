#pragma once
// A small binary form for the metadata cache's hot part: fixed-width little-endian numbers,
// variable-length ones (LEB128: seven bits a byte, small numbers in one byte; signed ones
// zigzagged first) and length-prefixed strings. The reader never reads past its bytes; a short
// or damaged input only sets `failed`.

#include <algorithm>
#include <limits>
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
    void varint(std::uint64_t value)
    {
        for (; value >= 0x80; value >>= 7) bytes_.push_back(static_cast<char>((value & 0x7f) | 0x80));
        bytes_.push_back(static_cast<char>(value));
    }
    void svarint(std::int64_t value)
    {
        varint((static_cast<std::uint64_t>(value) << 1) ^ static_cast<std::uint64_t>(value >> 63));
    }
    // A string whose length is a varint: one byte for any shorter than 128.
    void shortText(std::string_view value)
    {
        varint(value.size());
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

    std::uint64_t varint()
    {
        std::uint64_t value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            const std::string_view byte = take(1);
            if (failed_) return 0;
            const auto bits = static_cast<unsigned char>(byte[0]);
            value |= static_cast<std::uint64_t>(bits & 0x7f) << shift;
            if (bits < 0x80) return value;
        }
        failed_ = true; // more than ten bytes
        return 0;
    }
    std::int64_t svarint()
    {
        const std::uint64_t value = varint();
        return static_cast<std::int64_t>(value >> 1) ^ -static_cast<std::int64_t>(value & 1);
    }
    // A varint that must fit an int.
    int smallInt()
    {
        const std::int64_t value = svarint();
        if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()) failed_ = true;
        return failed_ ? 0 : static_cast<int>(value);
    }

    // A view into the reader's bytes.
    std::string_view text() { return take(u32()); }
    std::string_view shortText()
    {
        const std::uint64_t size = varint();
        return take(size > rest_.size() ? rest_.size() + 1 : static_cast<std::size_t>(size));
    }
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
    std::uint32_t count(std::size_t itemBytes) { return fitting(u32(), itemBytes); }
    // The same, written as a varint.
    std::uint32_t shortCount(std::size_t itemBytes) { return fitting(varint(), itemBytes); }

    bool failed() const { return failed_; }
    bool atEnd() const { return rest_.empty(); }

private:
    std::uint32_t fitting(std::uint64_t value, std::size_t itemBytes)
    {
        if (value > rest_.size() / std::max<std::size_t>(itemBytes, 1)) failed_ = true;
        return failed_ ? 0 : static_cast<std::uint32_t>(value);
    }

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
