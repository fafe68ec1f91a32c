#include "plugins/elf_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <bit>

namespace palet {
namespace {

#if defined(__x86_64__)
constexpr int hostMachine = EM_X86_64;
#elif defined(__aarch64__)
constexpr int hostMachine = EM_AARCH64;
#else
#error "Palet reads plugin libraries on x86-64 and AArch64 only"
#endif

} // namespace

ElfFile::ElfFile(const std::string& path)
{
    elf_version(EV_CURRENT);
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ >= 0) elf_ = elf_begin(fd_, ELF_C_READ_MMAP, nullptr);
}

ElfFile::~ElfFile()
{
    if (elf_) elf_end(elf_);
    if (fd_ >= 0) ::close(fd_);
}

bool ElfFile::isSharedObject() const
{
    GElf_Ehdr header;
    return elf_ && elf_kind(elf_) == ELF_K_ELF && gelf_getehdr(elf_, &header) && header.e_type == ET_DYN;
}

bool ElfFile::isForThisMachine() const
{
    GElf_Ehdr header;
    return gelf_getehdr(elf_, &header) && gelf_getclass(elf_) == ELFCLASS64 && header.e_machine == hostMachine &&
           header.e_ident[EI_DATA] == (std::endian::native == std::endian::little ? ELFDATA2LSB : ELFDATA2MSB);
}

std::uint64_t ElfFile::describedSize() const
{
    GElf_Ehdr header;
    if (!gelf_getehdr(elf_, &header)) return 0;
    std::uint64_t end = std::max<std::uint64_t>(header.e_phoff + std::uint64_t{header.e_phnum} * header.e_phentsize,
                                                header.e_shoff + std::uint64_t{header.e_shnum} * header.e_shentsize);
    for (int i = 0; i < header.e_phnum; ++i) {
        GElf_Phdr segment;
        if (gelf_getphdr(elf_, i, &segment) && segment.p_type == PT_LOAD) end = std::max(end, segment.p_offset + segment.p_filesz);
    }
    return end;
}

std::uint64_t ElfFile::size() const
{
    std::size_t fileSize = 0;
    return elf_rawfile(elf_, &fileSize) ? fileSize : 0;
}

std::string_view ElfFile::at(std::uint64_t address, std::size_t size) const
{
    std::size_t fileSize = 0;
    const char* file = elf_rawfile(elf_, &fileSize);
    std::size_t count = 0;
    if (!file || elf_getphdrnum(elf_, &count) != 0) return {};
    for (std::size_t i = 0; i < count; ++i) {
        GElf_Phdr segment;
        if (!gelf_getphdr(elf_, static_cast<int>(i), &segment) || segment.p_type != PT_LOAD) continue;
        if (address < segment.p_vaddr || address - segment.p_vaddr >= segment.p_filesz) continue;
        const std::uint64_t offset = segment.p_offset + (address - segment.p_vaddr);
        const std::uint64_t available = std::min<std::uint64_t>(segment.p_filesz - (address - segment.p_vaddr),
                                                                fileSize > offset ? fileSize - offset : 0);
        if (available < size) return {};
        return {file + offset, size};
    }
    return {};
}

Elf_Scn* ElfFile::section(std::uint32_t type, GElf_Shdr& header) const
{
    for (Elf_Scn* scn = elf_nextscn(elf_, nullptr); scn; scn = elf_nextscn(elf_, scn))
        if (gelf_getshdr(scn, &header) && header.sh_type == type) return scn;
    return nullptr;
}

std::vector<std::string> ElfFile::neededLibraries() const
{
    std::vector<std::string> needed;
    GElf_Shdr header;
    Elf_Scn* dynamic = elf_ ? section(SHT_DYNAMIC, header) : nullptr;
    Elf_Data* data = dynamic ? elf_getdata(dynamic, nullptr) : nullptr;
    if (!data || header.sh_entsize == 0) return needed;
    const std::size_t count = header.sh_size / header.sh_entsize;
    for (std::size_t i = 0; i < count; ++i) {
        GElf_Dyn entry;
        if (!gelf_getdyn(data, static_cast<int>(i), &entry) || entry.d_tag == DT_NULL) break;
        if (entry.d_tag != DT_NEEDED) continue;
        if (const char* name = elf_strptr(elf_, header.sh_link, entry.d_un.d_val)) needed.emplace_back(name);
    }
    return needed;
}

} // namespace palet
