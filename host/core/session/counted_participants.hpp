#pragma once
// A phase whose minutes are per participant but count only one role's holders (format 2's
// `counting`) needs to know how many hold that role for each number of members present: the
// roles are handed out as assignRoles does, so this asks it.

#include <palet/method_spec.hpp>

namespace palet {

// Fills in participantsBySize of every phase that counts one role, for 0 to maxGroupMembers
// members present (0 where the members are too few for the method's roles), and holdersBySize of
// every round repeated for the holders of a role.
void countParticipants(MethodSpec& spec);

} // namespace palet
