#include "records/group_records.hpp"

#include "records/calendar_text.hpp"
#include "records/record_names.hpp"
#include "records/text_limits.hpp"
#include "translate.hpp"

#include <set>

namespace palet {
namespace {

const QString groupColumns = "SELECT id, name, profession, meetings_per_year, guided_meetings, minimum_present, guide, case_labels_on_projector FROM intervision_groups";
const QString memberColumns = "SELECT id, group_id, name, learning_style, pe_register, left_on FROM members";

Group groupFrom(const QSqlQuery& row)
{
    Group group;
    group.id = row.value(0).toLongLong();
    group.name = row.value(1).toString();
    group.profession = row.value(2).toString();
    group.meetingsPerYear = row.value(3).toInt();
    group.guidedMeetings = row.value(4).toInt();
    group.minimumPresent = row.value(5).toInt();
    group.guide = row.value(6).toString();
    group.caseLabelsOnProjector = row.value(7).toBool();
    return group;
}

Member memberFrom(const QSqlQuery& row)
{
    Member member;
    member.id = row.value(0).toLongLong();
    member.groupId = row.value(1).toLongLong();
    member.name = row.value(2).toString();
    if (!row.value(3).isNull()) member.learningStyle = learningStyleFromId(row.value(3).toString().toStdString());
    member.peRegister = row.value(4).toString();
    if (!row.value(5).isNull()) member.leftOn = dateFromText(row.value(5).toString());
    return member;
}

QVariant styleValue(const std::optional<LearningStyle>& style)
{
    if (!style) return QVariant{QMetaType::fromType<QString>()};
    return QString::fromUtf8(learningStyleId(*style).data());
}

StoreResult<std::vector<QString>> groupNames(const Store& store)
{
    auto rows = store.run("SELECT name FROM intervision_groups ORDER BY name_key");
    if (!rows) return rows.failure();
    std::vector<QString> names;
    while (rows->next()) names.push_back(rows->value(0).toString());
    return names;
}

} // namespace

StoreResult<Group> createGroup(Store& store, const Group& group)
{
    if (const QString problem = groupNameProblem(group.name); !problem.isEmpty()) return refusal(problem);
    if (const QString problem = shortTextProblem(tr("a profession"), group.profession); !problem.isEmpty())
        return refusal(problem);
    if (group.meetingsPerYear < 1 || group.meetingsPerYear > 52)
        return refusal(tr("a group meets from 1 to 52 times a year, not %1").arg(group.meetingsPerYear));
    if (group.guidedMeetings < 0 || group.guidedMeetings > 52)
        return refusal(tr("the guided meetings must be from 0 to 52, not %1").arg(group.guidedMeetings));
    if (group.minimumPresent < 2 || group.minimumPresent > 52)
        return refusal(tr("the members needed present must be from 2 to 52, not %1").arg(group.minimumPresent));
    if (tidyName(group.guide).size() > maximumNameLength)
        return refusal(tr("a guide's name is at most %1 characters").arg(maximumNameLength));
    Group created = group;
    created.name = tidyName(group.name);
    created.profession = group.profession.simplified();
    created.guide = tidyName(group.guide);
    return store.write([&]() -> StoreResult<Group> {
        auto existing = store.run(groupColumns + " WHERE name_key = ?", {nameKey(created.name)});
        if (!existing) return existing.failure();
        if (existing->next()) return refusal(tr("there is already a group '%1'").arg(groupFrom(*existing).name));
        auto inserted = store.run("INSERT INTO intervision_groups"
                                  " (name, name_key, profession, meetings_per_year, guided_meetings, minimum_present, guide)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                                  {created.name, nameKey(created.name), created.profession, created.meetingsPerYear,
                                   created.guidedMeetings, created.minimumPresent, created.guide});
        if (!inserted) return inserted.failure();
        if (!inserted->next()) return databaseFailure(store, tr("no id came back for the new group"));
        created.id = inserted->value(0).toLongLong();
        return created;
    });
}

StoreResult<Group> findGroup(const Store& store, const QString& name)
{
    {
        auto found = store.run(groupColumns + " WHERE name_key = ?", {nameKey(name)});
        if (!found) return found.failure();
        if (found->next()) return groupFrom(*found);
    }
    const auto known = groupNames(store);
    if (!known) return known.failure();
    if (known->empty()) return refusal(tr("no group '%1'; there are no groups yet").arg(name));
    return refusal(tr("no group '%1'%2").arg(name, didYouMeanText(name, QStringList{known->begin(), known->end()})));
}

StoreResult<std::vector<Group>> listGroups(const Store& store)
{
    auto rows = store.run(groupColumns + " ORDER BY name_key");
    if (!rows) return rows.failure();
    std::vector<Group> groups;
    while (rows->next()) groups.push_back(groupFrom(*rows));
    return groups;
}

StoreResult<std::vector<Member>> membersOf(const Store& store, qint64 groupId)
{
    auto rows = store.run(memberColumns + " WHERE group_id = ? ORDER BY name_key", {groupId});
    if (!rows) return rows.failure();
    std::vector<Member> members;
    while (rows->next()) members.push_back(memberFrom(*rows));
    return members;
}

StoreResult<Member> findCurrentMember(const Store& store, const Group& group, const QString& name)
{
    const auto members = membersOf(store, group.id);
    if (!members) return members.failure();
    QStringList current;
    for (const Member& member : *members) {
        if (!member.isCurrent()) continue;
        if (nameKey(member.name) == nameKey(name)) return member;
        current << member.name;
    }
    for (const Member& member : *members)
        if (nameKey(member.name) == nameKey(name))
            return refusal(tr("%1 left %2 on %3").arg(member.name, group.name, dateText(*member.leftOn)));
    if (current.isEmpty()) return refusal(tr("%1 has no members yet").arg(group.name));
    return refusal(tr("%1 has no member '%2'%3").arg(group.name, name, didYouMeanText(name, current)));
}

StoreResult<std::vector<Member>> addMembers(Store& store, const QString& groupName, const std::vector<NewMember>& members)
{
    std::set<QString> keys;
    for (const NewMember& member : members) {
        if (const QString problem = memberNameProblem(member.name); !problem.isEmpty()) return refusal(problem);
        if (const QString problem = shortTextProblem(tr("a PE register"), member.peRegister); !problem.isEmpty())
            return refusal(problem);
        if (!keys.insert(nameKey(member.name)).second)
            return refusal(tr("'%1' is named more than once").arg(tidyName(member.name)));
    }
    return store.write([&]() -> StoreResult<std::vector<Member>> {
        const auto group = findGroup(store, groupName);
        if (!group) return group.failure();
        const auto existing = membersOf(store, group->id);
        if (!existing) return existing.failure();
        std::vector<Member> added;
        for (const NewMember& member : members) {
            const auto known = std::find_if(existing->begin(), existing->end(),
                                            [&](const Member& other) { return nameKey(other.name) == nameKey(member.name); });
            if (known != existing->end() && known->isCurrent())
                return refusal(tr("%1 is already a member of %2").arg(known->name, group->name));
            Member result;
            if (known != existing->end()) {
                result = *known;
                result.leftOn.reset();
                if (member.learningStyle) result.learningStyle = member.learningStyle;
                if (!member.peRegister.isEmpty()) result.peRegister = member.peRegister.simplified();
                auto returned = store.run("UPDATE members SET left_on = NULL, learning_style = ?, pe_register = ? WHERE id = ?",
                                          {styleValue(result.learningStyle), result.peRegister, result.id});
                if (!returned) return returned.failure();
            } else {
                result.groupId = group->id;
                result.name = tidyName(member.name);
                result.learningStyle = member.learningStyle;
                result.peRegister = member.peRegister.simplified();
                auto inserted = store.run("INSERT INTO members (group_id, name, name_key, learning_style, pe_register)"
                                          " VALUES (?, ?, ?, ?, ?) RETURNING id",
                                          {group->id, result.name, nameKey(result.name), styleValue(result.learningStyle),
                                           result.peRegister});
                if (!inserted) return inserted.failure();
                if (!inserted->next()) return databaseFailure(store, tr("no id came back for the new member"));
                result.id = inserted->value(0).toLongLong();
            }
            added.push_back(result);
        }
        return added;
    });
}

StoreResult<Member> removeMember(Store& store, const QString& groupName, const QString& memberName, QDate day)
{
    return store.write([&]() -> StoreResult<Member> {
        const auto group = findGroup(store, groupName);
        if (!group) return group.failure();
        auto member = findCurrentMember(store, *group, memberName);
        if (!member) return member.failure();
        if (auto left = store.run("UPDATE members SET left_on = ? WHERE id = ?", {dateText(day), member->id}); !left)
            return left.failure();
        member->leftOn = day;
        return member;
    });
}

StoreResult<Group> setCaseLabelsOnProjector(Store& store, const QString& groupName, bool shown)
{
    return store.write([&]() -> StoreResult<Group> {
        auto group = findGroup(store, groupName);
        if (!group) return group.failure();
        if (auto set = store.run("UPDATE intervision_groups SET case_labels_on_projector = ? WHERE id = ?", {shown, group->id}); !set)
            return set.failure();
        group->caseLabelsOnProjector = shown;
        return group;
    });
}

StoreResult<Group> setGroupGuide(Store& store, const QString& groupName, const QString& guide)
{
    const QString tidy = tidyName(guide);
    if (tidy.size() > maximumNameLength) return refusal(tr("a guide's name is at most %1 characters").arg(maximumNameLength));
    return store.write([&]() -> StoreResult<Group> {
        auto group = findGroup(store, groupName);
        if (!group) return group.failure();
        if (auto set = store.run("UPDATE intervision_groups SET guide = ? WHERE id = ?", {tidy, group->id}); !set) return set.failure();
        group->guide = tidy;
        return group;
    });
}

} // namespace palet
