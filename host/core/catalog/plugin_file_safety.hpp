#pragma once
// A plugin runs with the user's rights, so its library and manifest must be what their owner put
// there: as ssh and sudo do, Palet refuses a plugin file that anyone but its owner (or root) may
// change, or that lies in a folder anyone else may change, and a manifest that reaches for a
// library outside its own folder. Checked when the files are found, before anything is loaded.

#include <string>

namespace palet {

// Empty when `file` (followed through links) and every folder from its own up to `methodFolder`
// belong to the user or root and may be written by their owner only; else one sentence that names
// the file or folder and the fix.
std::string unsafePluginFileReason(const std::string& file, const std::string& methodFolder);

// Whether `library` (a clean absolute path) lies in the folder of `manifest` or below it.
bool libraryInManifestFolder(const std::string& manifest, const std::string& library);

} // namespace palet
