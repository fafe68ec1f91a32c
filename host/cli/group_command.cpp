#include "commands.hpp"

#include "cli_context.hpp"
#include "records_context.hpp"
#include "subcommands.hpp"
#include "terminal_width.hpp"

#include "planning/meeting_bounds.hpp"
#include "records/calendar_text.hpp"
#include "records/case_records.hpp"
#include "records/group_records.hpp"
#include "records/meeting_records.hpp"
#include "records/record_json.hpp"
#include "text/text_layout.hpp"
#include "translate.hpp"
#include "text/domain_words.hpp"

#include <QJsonArray>

#include <algorithm>

namespace palet::cli {
namespace {

int currentCount(const std::vector<Member>& members)
{
    return static_cast<int>(std::count_if(members.begin(), members.end(), [](const Member& member) { return member.isCurrent(); }));
}

QString styleText(const Member& member)
{
    return member.learningStyle ? qs(learningStyleId(*member.learningStyle)) : QString{};
}

QString timeSpan(const Meeting& meeting)
{
    return clockTimeText(meeting.start) + "–" + clockTimeText(meeting.end);
}

// How long the group is guided, and by whom.
QString guidanceText(const Group& group)
{
    if (group.guidedMeetings == 0) return tr("It runs on its own from the first meeting.\n");
    const QString meetings = tr("The first %n meeting(s) with a guide, then on its own.", group.guidedMeetings);
    if (group.guide.isEmpty()) return meetings + '\n';
    return meetings + ' ' + tr("Guide: %1.").arg(group.guide) + '\n';
}

int create(const QStringList& arguments)
{
    QCommandLineParser parser;
    addStoreOption(parser);
    addJsonOption(parser);
    parser.addPositionalArgument("NAME", tr("The group's name, e.g. Zorgteam Noord."));
    parser.addOption({"profession", tr("The members' profession, e.g. wijkverpleegkundigen."), "TEXT"});
    parser.addOption({"meetings-per-year", tr("How often the group meets (default: 4)."), "N"});
    parser.addOption({"guided-meetings", tr("Meetings with a guide before the group runs on its own (default: 4)."), "N"});
    parser.addOption({"minimum-present", tr("Members needed present for a meeting to go ahead (default: 3)."), "N"});
    parser.addOption({"guide", tr("Who guides the group's guided meetings: a person of the firm, not a member."), "NAME"});
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments, tr("Create an intervision group."))) return *done;
    if (!hasPositionals(parser, command, 1, tr("the group's name"))) return badUsage;
    Group group;
    group.name = parser.positionalArguments().first();
    group.profession = parser.value("profession");
    group.guide = parser.value("guide");
    if (parser.isSet("meetings-per-year")) {
        const auto count = intOption(parser, "meetings-per-year", 1, 52);
        if (!count) return badUsage;
        group.meetingsPerYear = *count;
    }
    if (parser.isSet("guided-meetings")) {
        const auto count = intOption(parser, "guided-meetings", 0, 52);
        if (!count) return badUsage;
        group.guidedMeetings = *count;
    }
    if (parser.isSet("minimum-present")) {
        const auto count = intOption(parser, "minimum-present", 2, 52);
        if (!count) return badUsage;
        group.minimumPresent = *count;
    }
    auto opened = openChosenStore(parser, command);
    if (!opened.store) return opened.status;
    const auto created = createGroup(*opened.store, group);
    if (!created) return refuse(command, created.error);
    if (parser.isSet("json")) {
        printJson(groupJson(*created));
        return success;
    }
    printOut(tr("Created group %1%2: %3 meetings a year.\n").arg(created->name, created->profession.isEmpty() ? QString{} : QString(" (%1)").arg(created->profession))
                 .arg(created->meetingsPerYear)
             + guidanceText(*created) + tr("Add its members: palet group add-member \"%1\" NAME...\n").arg(created->name));
    return success;
}

int show(const QStringList& arguments)
{
    QCommandLineParser parser;
    addStoreOption(parser);
    addJsonOption(parser);
    parser.addPositionalArgument("NAME", tr("The group."));
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments, tr("Show a group: its members and meetings."))) return *done;
    if (!hasPositionals(parser, command, 1, tr("the group's name"))) return badUsage;
    auto opened = openChosenStore(parser, command);
    if (!opened.store) return opened.status;
    const Store& store = *opened.store;
    const auto group = findGroup(store, parser.positionalArguments().first());
    if (!group) return refuse(command, group.error);
    const auto members = membersOf(store, group->id);
    if (!members) return refuse(command, members.error);
    const auto meetings = meetingsOf(store, group->id);
    if (!meetings) return refuse(command, meetings.error);
    std::vector<int> caseCounts;
    for (const Meeting& meeting : *meetings) {
        const auto cases = casesOf(store, meeting.id);
        if (!cases) return refuse(command, cases.error);
        caseCounts.push_back(static_cast<int>(cases->size()));
    }

    if (parser.isSet("json")) {
        QJsonObject object = groupJson(*group);
        QJsonArray current;
        QJsonArray former;
        for (const Member& member : *members) (member.isCurrent() ? current : former).append(memberJson(member));
        QJsonArray meetingList;
        for (std::size_t i = 0; i < meetings->size(); ++i) {
            QJsonObject meeting = meetingJson((*meetings)[i], meetingReferenceText((*meetings)[i], *meetings));
            meeting["cases"] = caseCounts[i];
            meetingList.append(meeting);
        }
        object["members"] = current;
        object["former_members"] = former;
        object["meetings"] = meetingList;
        printJson(object);
        return success;
    }

    const int width = outputWidth();
    QString out = group->name + '\n';
    if (!group->profession.isEmpty()) out += tr("Profession: %1\n").arg(group->profession);
    out += tr("Meets %1 times a year.\n").arg(group->meetingsPerYear) + guidanceText(*group);
    out += '\n' + tr("Members (%1):").arg(currentCount(*members)) + '\n';
    std::vector<QStringList> rows;
    QStringList former;
    for (const Member& member : *members) {
        if (!member.isCurrent()) {
            former << tr("%1 (left %2)").arg(member.name, dateText(*member.leftOn));
            continue;
        }
        rows.push_back({"  " + member.name, styleText(member),
                        member.peRegister.isEmpty() ? QString{} : tr("PE register %1").arg(member.peRegister)});
    }
    if (rows.empty()) out += tr("  none yet; add them with: palet group add-member \"%1\" NAME...\n").arg(group->name);
    else out += table(rows, width);
    if (!former.isEmpty()) out += hangingIndent(tr("Former members: %1").arg(former.join(", ")), 2, width) + '\n';
    out += '\n' + tr("Meetings (%1):").arg(meetings->size()) + '\n';
    rows.clear();
    for (std::size_t i = 0; i < meetings->size(); ++i) {
        const Meeting& meeting = (*meetings)[i];
        rows.push_back({"  " + meetingReferenceText(meeting, *meetings), timeSpan(meeting), meetingStatusText(meeting.status),
                        caseCountText(caseCounts[i])});
    }
    if (rows.empty()) out += tr("  none yet; plan one with: palet meeting new \"%1\" --date YYYY-MM-DD --start HH:MM --end HH:MM\n").arg(group->name);
    else out += table(rows, width);
    printOut(out);
    return success;
}

int list(const QStringList& arguments)
{
    QCommandLineParser parser;
    addStoreOption(parser);
    addJsonOption(parser);
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments, tr("List the groups."))) return *done;
    if (!hasPositionals(parser, command, 0, {})) return badUsage;
    auto opened = openChosenStore(parser, command);
    if (!opened.store) return opened.status;
    const Store& store = *opened.store;
    const auto groups = listGroups(store);
    if (!groups) return refuse(command, groups.error);

    QJsonArray array;
    std::vector<QStringList> rows{{tr("GROUP"), tr("MEMBERS"), tr("MEETINGS"), tr("NEXT MEETING")}};
    const QDate today = QDate::currentDate();
    for (const Group& group : *groups) {
        const auto members = membersOf(store, group.id);
        if (!members) return refuse(command, members.error);
        const auto meetings = meetingsOf(store, group.id);
        if (!meetings) return refuse(command, meetings.error);
        const auto next = std::find_if(meetings->begin(), meetings->end(), [&](const Meeting& meeting) {
            return meeting.status == MeetingStatus::planned && meeting.date >= today;
        });
        const QString nextText = next == meetings->end() ? QString{} : meetingReferenceText(*next, *meetings);
        QJsonObject object = groupJson(group);
        object["members"] = currentCount(*members);
        object["meetings"] = static_cast<int>(meetings->size());
        object["next_meeting"] = nextText.isEmpty() ? QJsonValue{} : QJsonValue{nextText};
        array.append(object);
        rows.push_back({group.name, QString::number(currentCount(*members)), QString::number(meetings->size()),
                        nextText.isEmpty() ? "-" : nextText});
    }
    if (parser.isSet("json")) printJson(array);
    else if (groups->empty()) printOut(tr("No groups yet. Create one: palet group create NAME\n"));
    else printOut(table(rows, outputWidth()));
    return success;
}

int addMember(const QStringList& arguments)
{
    QCommandLineParser parser;
    addStoreOption(parser);
    addJsonOption(parser);
    parser.addPositionalArgument("GROUP", tr("The group."));
    parser.addPositionalArgument("NAME", tr("The new members' names."), "NAME...");
    parser.addOption({"style", tr("The member's learning style: doener, dromer, denker or beslisser."), "STYLE"});
    parser.addOption({"pe-register", tr("The member's registration for PE points."), "NUMBER"});
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments, tr("Add members to a group."))) return *done;
    if (!hasPositionals(parser, command, 2, tr("the group and at least one name"), true)) return badUsage;
    const QStringList names = parser.positionalArguments().mid(1);
    if (names.size() > 1 && (parser.isSet("style") || parser.isSet("pe-register")))
        return misuse(command, tr("--style and --pe-register are for one member at a time"));
    std::optional<LearningStyle> style;
    if (parser.isSet("style") && !(style = learningStyleOption(parser, command))) return badUsage;
    std::vector<NewMember> members;
    for (const QString& name : names) members.push_back({name, style, parser.value("pe-register")});

    auto opened = openChosenStore(parser, command);
    if (!opened.store) return opened.status;
    Store& store = *opened.store;
    const QString groupName = parser.positionalArguments().first();
    const auto added = addMembers(store, groupName, members);
    if (!added) return refuse(command, added.error);
    const auto group = findGroup(store, groupName);
    const auto all = group ? membersOf(store, group->id) : StoreResult<std::vector<Member>>{group.failure()};
    if (!all) return refuse(command, all.error);
    if (parser.isSet("json")) {
        QJsonArray array;
        for (const Member& member : *added) array.append(memberJson(member));
        printJson(array);
        return success;
    }
    QStringList addedNames;
    for (const Member& member : *added) addedNames << member.name;
    const int count = currentCount(*all);
    const QString size = tr("it has %n member(s) now", count);
    printOut(tr("Added %1 to %2; %3.\n").arg(addedNames.join(", "), group->name, size));
    if (count > usualMostMembers)
        printError(tr("%1: note: intervision groups usually have %2 to %3 members\n").arg(command).arg(usualFewestMembers).arg(usualMostMembers));
    return success;
}

int setGuide(const QStringList& arguments)
{
    QCommandLineParser parser;
    addStoreOption(parser);
    addJsonOption(parser);
    parser.addPositionalArgument("GROUP", tr("The group."));
    parser.addPositionalArgument("NAME", tr("The guide: a person of the firm, not a member; '' for none."));
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments, tr("Name who guides the group's guided meetings."))) return *done;
    if (!hasPositionals(parser, command, 2, tr("the group and the guide"))) return badUsage;
    auto opened = openChosenStore(parser, command);
    if (!opened.store) return opened.status;
    const auto group = setGroupGuide(*opened.store, parser.positionalArguments().at(0), parser.positionalArguments().at(1));
    if (!group) return refuse(command, group.error);
    if (parser.isSet("json")) {
        printJson(groupJson(*group));
        return success;
    }
    printOut(group->guide.isEmpty() ? tr("%1 has no guide now.\n").arg(group->name)
                                    : tr("%1 is guided by %2 from now on; a meeting that names its own guide keeps theirs.\n")
                                          .arg(group->name, group->guide));
    return success;
}

int setProjectorLabels(const QStringList& arguments)
{
    QCommandLineParser parser;
    addStoreOption(parser);
    addJsonOption(parser);
    parser.addPositionalArgument("GROUP", tr("The group."));
    parser.addPositionalArgument("on|off", tr("on: the projector shows the cases' labels; off: only their numbers."));
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments,
                                       tr("Whether the room's projector (palet serve) may show the labels of the group's "
                                          "cases. Off by default; case texts are never shown.")))
        return *done;
    if (!hasPositionals(parser, command, 2, tr("the group and on or off"))) return badUsage;
    const QString choice = parser.positionalArguments().at(1).toLower();
    if (choice != "on" && choice != "off" && choice != "aan" && choice != "uit")
        return misuse(command, tr("say on or off, not '%1'").arg(parser.positionalArguments().at(1)));
    const bool shown = choice == "on" || choice == "aan";
    auto opened = openChosenStore(parser, command);
    if (!opened.store) return opened.status;
    const auto group = setCaseLabelsOnProjector(*opened.store, parser.positionalArguments().at(0), shown);
    if (!group) return refuse(command, group.error);
    if (parser.isSet("json")) {
        printJson(groupJson(*group));
        return success;
    }
    printOut(shown ? tr("The room's projector shows the labels of %1's cases from now on (never their texts).\n").arg(group->name)
                   : tr("The room's projector shows %1's cases by their numbers only.\n").arg(group->name));
    return success;
}

int removeMemberCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    addStoreOption(parser);
    addJsonOption(parser);
    parser.addPositionalArgument("GROUP", tr("The group."));
    parser.addPositionalArgument("NAME", tr("The member who leaves."));
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments,
                                       tr("A member leaves the group; their history stays (see 'palet member erase').")))
        return *done;
    if (!hasPositionals(parser, command, 2, tr("the group and the member's name"))) return badUsage;
    auto opened = openChosenStore(parser, command);
    if (!opened.store) return opened.status;
    const QString groupName = parser.positionalArguments().at(0);
    const auto removed = removeMember(*opened.store, groupName, parser.positionalArguments().at(1), QDate::currentDate());
    if (!removed) return refuse(command, removed.error);
    if (parser.isSet("json")) {
        printJson(memberJson(*removed));
        return success;
    }
    const auto group = findGroup(*opened.store, groupName);
    printOut(tr("%1 left %2. Their cases and attendance stay in the group's history;\n"
                "to remove their personal data and case texts for good: palet member erase \"%1\" --group \"%2\"\n")
                 .arg(removed->name, group ? group->name : groupName));
    return success;
}

} // namespace

int runGroup(const QStringList& arguments)
{
    static const std::vector<Subcommand> subcommands{
        {"create", create, QT_TRANSLATE_NOOP("palet", "Create a group.")},
        {"show", show, QT_TRANSLATE_NOOP("palet", "Show a group: its members and meetings.")},
        {"list", list, QT_TRANSLATE_NOOP("palet", "List the groups.")},
        {"add-member", addMember, QT_TRANSLATE_NOOP("palet", "Add members to a group.")},
        {"set-guide", setGuide, QT_TRANSLATE_NOOP("palet", "Name the group's guide; '' for none.")},
        {"projector-labels", setProjectorLabels,
         QT_TRANSLATE_NOOP("palet", "Whether the room's projector shows the labels of the group's cases (on or off).")},
        {"remove-member", removeMemberCommand, QT_TRANSLATE_NOOP("palet", "A member leaves the group; the history stays.")},
    };
    return runSubcommand(arguments, subcommands, tr("Intervision groups and their members."));
}

} // namespace palet::cli
