#include "plugins/descriptor_file.hpp"

#include "plugins/elf_file.hpp"
#include "translate.hpp"

#include <palet/plugin_descriptor.h>

#include <cstddef>
#include <cstring>
#include <string_view>

namespace palet {
namespace {

constexpr std::size_t longestString = 256; // as the loader reads the descriptor's strings

#if defined(__x86_64__)
constexpr std::uint32_t relativeRelocation = R_X86_64_RELATIVE;
#elif defined(__aarch64__)
constexpr std::uint32_t relativeRelocation = R_AARCH64_RELATIVE;
#endif

DescriptorRead failure(const QString& why) { return {std::nullopt, why.toStdString()}; }

// The exported, defined descriptor symbol, or none.
std::optional<GElf_Sym> descriptorSymbol(const ElfFile& file)
{
    GElf_Shdr header;
    Elf_Scn* symbols = file.section(SHT_DYNSYM, header);
    Elf_Data* data = symbols ? elf_getdata(symbols, nullptr) : nullptr;
    if (!data || header.sh_entsize == 0) return std::nullopt;
    const std::size_t count = header.sh_size / header.sh_entsize;
    for (std::size_t i = 0; i < count; ++i) {
        GElf_Sym symbol;
        if (!gelf_getsym(data, static_cast<int>(i), &symbol) || symbol.st_shndx == SHN_UNDEF) continue;
        const char* name = elf_strptr(file.elf(), header.sh_link, symbol.st_name);
        if (name && std::strcmp(name, PALET_DESCRIPTOR_SYMBOL) == 0 && GELF_ST_TYPE(symbol.st_info) == STT_OBJECT)
            return symbol;
    }
    return std::nullopt;
}

// What the pointer stored at `address` will point to once loaded: the addend of its relative
// relocation, or (where relocations keep the addend in place) the value in the file.
std::optional<std::uint64_t> pointerAt(const ElfFile& file, std::uint64_t address)
{
    for (Elf_Scn* scn = elf_nextscn(file.elf(), nullptr); scn; scn = elf_nextscn(file.elf(), scn)) {
        GElf_Shdr header;
        if (!gelf_getshdr(scn, &header) || header.sh_type != SHT_RELA || header.sh_entsize == 0) continue;
        Elf_Data* data = elf_getdata(scn, nullptr);
        const std::size_t count = data ? header.sh_size / header.sh_entsize : 0;
        for (std::size_t i = 0; i < count; ++i) {
            GElf_Rela relocation;
            if (gelf_getrela(data, static_cast<int>(i), &relocation) && relocation.r_offset == address &&
                GELF_R_TYPE(relocation.r_info) == relativeRelocation)
                return static_cast<std::uint64_t>(relocation.r_addend);
        }
    }
    const std::string_view stored = file.at(address, sizeof(std::uint64_t));
    std::uint64_t value = 0;
    if (stored.empty()) return std::nullopt;
    std::memcpy(&value, stored.data(), sizeof value);
    return value != 0 ? std::optional{value} : std::nullopt;
}

std::optional<std::string> stringAt(const ElfFile& file, std::uint64_t pointerAddress)
{
    const auto address = pointerAt(file, pointerAddress);
    if (!address) return std::nullopt;
    for (std::size_t length = 0; length < longestString; ++length) {
        const std::string_view byte = file.at(*address + length, 1);
        if (byte.empty()) return std::nullopt;
        if (byte[0] == '\0') return std::string{file.at(*address, length)};
    }
    return std::string{file.at(*address, longestString)};
}

} // namespace

DescriptorRead readPluginDescriptor(const std::string& libraryPath)
{
    const ElfFile file{libraryPath};
    if (!file.isSharedObject()) return failure(tr("not a shared library (not an ELF shared object)"));
    if (!file.isForThisMachine()) return failure(tr("built for another kind of machine than this one"));
    if (file.describedSize() > file.size())
        return failure(tr("not a shared library (cut short: %1 bytes of the %2 its headers describe)")
                           .arg(file.size())
                           .arg(file.describedSize()));

    const auto symbol = descriptorSymbol(file);
    if (!symbol)
        return failure(tr("not a Palet plugin: it exports no '%1' (build it with PALET_EXPORT_METHOD)")
                           .arg(PALET_DESCRIPTOR_SYMBOL));
    // The fields of SDK 1.0, at their offsets in the C struct.
    const std::string_view sizes = file.at(symbol->st_value, 2 * sizeof(std::uint32_t));
    if (sizes.empty() || symbol->st_size < sizeof(palet_plugin_descriptor))
        return failure(tr("its descriptor is %1 bytes, smaller than the %2 of SDK 1.0")
                           .arg(symbol->st_size).arg(sizeof(palet_plugin_descriptor)));
    PluginDescriptor descriptor;
    std::memcpy(&descriptor.structSize, sizes.data(), sizeof(std::uint32_t));
    std::memcpy(&descriptor.sdkApiVersion, sizes.data() + sizeof(std::uint32_t), sizeof(std::uint32_t));
    const auto abiTag = stringAt(file, symbol->st_value + offsetof(palet_plugin_descriptor, abi_tag));
    const auto methodId = stringAt(file, symbol->st_value + offsetof(palet_plugin_descriptor, method_id));
    if (!abiTag || !methodId) return failure(tr("its descriptor's texts cannot be found in the file"));
    descriptor.abiTag = *abiTag;
    descriptor.methodId = *methodId;
    return {std::move(descriptor), {}};
}

} // namespace palet
