#pragma once
// What `palet check` shows of the method a plugin computed: its roles with who would hold them,
// and its phases with the minutes each gets, as lines for people or as JSON (docs/json-output.md).

#include "catalog/method_catalog.hpp"
#include "session/role_assignment.hpp"

#include <palet/method_spec.hpp>

#include <QJsonObject>
#include <QString>

#include <string>
#include <vector>

namespace palet::cli {

struct CheckedMethod {
    const CatalogEntry* entry = nullptr;
    MethodSpec spec;                    // as the plugin computed it
    int members = 0;                    // the group it was asked for
    int minutesAvailable = 0;
    std::vector<std::string> names;     // the members given with --members; empty: not named
    std::vector<RoleAssignment> roles;  // who holds which role, as a session would assign them
    std::string rolesProblem;           // set when the roles cannot be assigned to this group
    std::vector<int> phaseSeconds;      // one per phase, as a session would plan them
};

// The roles and phases of `checked` for `palet check PLUGIN`, assigned and fitted the way a
// session does; `owner` empty: the first member.
CheckedMethod checkedMethod(const CatalogEntry& entry, MethodSpec spec, int members, int minutesAvailable,
                            std::vector<std::string> names, const std::string& owner);

// Indented lines after the "ok:" line: the roles with their holders, then the phases.
QString checkedMethodText(const CheckedMethod& checked, Language language);

QJsonObject checkedMethodJson(const CheckedMethod& checked, Language language);
// A plugin that could not be checked: the file the problem is about, its method id and the sentence.
QJsonObject refusedPluginJson(const std::string& path, const std::string& methodId, const std::string& problem);

} // namespace palet::cli
