#pragma once
// A shared library's file, read with libelf and never loaded: what it exports, the libraries it
// needs, and the bytes the dynamic loader would map at an address. Damaged files give nothing.

#include <libelf.h>
#include <gelf.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace palet {

class ElfFile {
public:
    explicit ElfFile(const std::string& path);
    ~ElfFile();
    ElfFile(const ElfFile&) = delete;
    ElfFile& operator=(const ElfFile&) = delete;

    // An ELF shared object at all (a position-independent program is one too).
    bool isSharedObject() const;
    // Built for this processor, word size and byte order.
    bool isForThisMachine() const;
    // The bytes its headers describe (segments, header tables), which a cut-short copy lacks;
    // `size` is the file's own.
    std::uint64_t describedSize() const;
    std::uint64_t size() const;

    Elf* elf() const { return elf_; }

    // The bytes of the file that the loader maps at `address`, `size` of them; empty when they
    // are not all in the file.
    std::string_view at(std::uint64_t address, std::size_t size) const;

    // The first section of `type`, or null.
    Elf_Scn* section(std::uint32_t type, GElf_Shdr& header) const;

    // The file names of the libraries it needs (DT_NEEDED), as the loader looks them up.
    std::vector<std::string> neededLibraries() const;

private:
    int fd_ = -1;
    Elf* elf_ = nullptr;
};

} // namespace palet
