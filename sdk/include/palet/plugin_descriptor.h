/* The plain-C descriptor every Palet plugin exports as `palet_plugin_descriptor`. The host reads
 * it from the library file before it loads the library, so that no code of the plugin runs before
 * it is checked; its layout never changes: later versions only append fields, and struct_size
 * tells which are there. */
#ifndef PALET_PLUGIN_DESCRIPTOR_H
#define PALET_PLUGIN_DESCRIPTOR_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

struct palet_plugin_descriptor {
    uint32_t struct_size;     /* sizeof(struct palet_plugin_descriptor) in the plugin */
    uint32_t sdk_api_version; /* major << 24 | minor << 16 | patch */
    const char* abi_tag;      /* PALET_ABI_TAG: C++ ABI and standard library */
    const char* method_id;    /* must equal the id in the manifest */
};

#ifdef __cplusplus
}
#endif

#define PALET_DESCRIPTOR_SYMBOL "palet_plugin_descriptor"
#define PALET_API_ALIAS "palet_plugin_api"

#endif
