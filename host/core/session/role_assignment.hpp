#pragma once
// Who holds which role in a session. The case owner is the member named for it (else the first
// member); the others take the remaining roles in the order given: the facilitator first, then
// every other role one member holds, then the optional roles (timekeeper, scribe) as long as a
// member is left for the roles everyone else holds (the advisers). A role the group chooses during
// the session is left to that choice (session/role_choice.hpp), unless it is the case owner's and
// the case owner is given.

#include "method_implementation.hpp"

#include <palet/method_spec.hpp>

#include <string>
#include <vector>

namespace palet {

struct RoleAssignment {
    std::string roleId;
    std::vector<std::string> members;

    friend bool operator==(const RoleAssignment&, const RoleAssignment&) = default;
};

inline constexpr const char* caseOwnerRole = "case-owner";
inline constexpr const char* facilitatorRole = "facilitator";

// The roles in the method's order; a role nobody holds is left out. An error when the members
// are too few for the roles one member must hold, or `owner` is not one of them.
Outcome<std::vector<RoleAssignment>> assignRoles(const MethodSpec& method, const std::vector<std::string>& members,
                                                 const std::string& owner);

} // namespace palet
