#pragma once
// Where packs are installed and trusted keys are kept.
//   user packs:    $XDG_DATA_HOME/palet/packs/ID/      (~/.local/share by default)
//   system packs:  $XDG_DATA_DIRS/palet/packs/ID/      (--system installs into the first entry)
//   trusted keys:  $XDG_CONFIG_HOME/palet/trusted-keys/NAME.pub (~/.config by default), and
//                  $XDG_CONFIG_DIRS/palet/trusted-keys/ for keys an administrator trusts for everyone

#include <QProcessEnvironment>

#include <string>
#include <vector>

namespace palet {

struct PackLocations {
    std::string userPacks;
    std::vector<std::string> systemPacks; // the lowest precedence first
    std::string systemInstallPacks;       // the highest-precedence entry of systemPacks
    std::string userTrust;
    std::vector<std::string> systemTrust;
};

PackLocations packLocations(const QProcessEnvironment& environment);

// The folder name of this machine's plugins in a pack: plugins/linux-x86_64/, plugins/linux-arm64/...
std::string pluginPlatform();

} // namespace palet
