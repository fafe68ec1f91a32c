#pragma once
// Groups and their members in the store. Names are found without regard to case; an unknown
// name is refused with the closest known one as a suggestion.

#include "records/group.hpp"
#include "records/store.hpp"

#include <vector>

namespace palet {

// `group` without its id; the name must be new.
StoreResult<Group> createGroup(Store& store, const Group& group);

StoreResult<Group> findGroup(const Store& store, const QString& name);
StoreResult<std::vector<Group>> listGroups(const Store& store);

// Current and former members, by name.
StoreResult<std::vector<Member>> membersOf(const Store& store, qint64 groupId);

// A current member of the group by name, or a refusal that suggests one.
StoreResult<Member> findCurrentMember(const Store& store, const Group& group, const QString& name);

struct NewMember {
    QString name;
    std::optional<LearningStyle> learningStyle;
    QString peRegister;
};

// Adds every one or none. A former member comes back (their history was kept); their learning
// style and PE register are replaced only when given.
StoreResult<std::vector<Member>> addMembers(Store& store, const QString& groupName, const std::vector<NewMember>& members);

// The group's guide from now on; empty: none. Meetings that name their own guide keep theirs.
StoreResult<Group> setGroupGuide(Store& store, const QString& groupName, const QString& guide);
// Whether the room's projector shows the group's case labels (off unless the group allows it).
StoreResult<Group> setCaseLabelsOnProjector(Store& store, const QString& groupName, bool shown);

// The member leaves the group on `day`: their cases and attendance stay in the group's history
// (eraseMember removes them for good).
StoreResult<Member> removeMember(Store& store, const QString& groupName, const QString& memberName, QDate day);

} // namespace palet
