// palet: pick, plan and run intervision methods. This file only dispatches to the commands.

#include "cli_context.hpp"
#include "commands.hpp"
#include "interface_language.hpp"

#include "did_you_mean.hpp"
#include "translate.hpp"

#include <QCoreApplication>
#include <QGuiApplication>

#include <exception>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string_view>

namespace {

using Command = std::function<int(const QStringList&)>;

struct CommandInfo {
    Command run;
    const char* summary;
};

const std::map<QString, CommandInfo>& commands()
{
    using namespace palet::cli;
    static const std::map<QString, CommandInfo> table{
        {"agenda", {runAgenda, QT_TRANSLATE_NOOP("palet", "Write a meeting's agenda as text, Markdown, HTML, iCalendar or JSON.")}},
        {"attendance", {runAttendance, QT_TRANSLATE_NOOP("palet", "A held meeting's proof of attendance; members confirm their presence.")}},
        {"certificates", {runCertificates, QT_TRANSLATE_NOOP("palet", "Certificates of participation with PE points; verify one.")}},
        {"case", {runCase, QT_TRANSLATE_NOOP("palet", "Bring in and list the cases of a meeting.")}},
        {"check", {runCheck, QT_TRANSLATE_NOOP("palet", "Load plugins and check that they work.")}},
        {"firm", {runFirm, QT_TRANSLATE_NOOP("palet", "The firm's details for invoices and certificates.")}},
        {"group", {runGroup, QT_TRANSLATE_NOOP("palet", "Create, show and list groups; add and remove members.")}},
        {"invoices", {runInvoices, QT_TRANSLATE_NOOP("palet", "A held meeting's invoices, one per participant; credit them.")}},
        {"list", {runList, QT_TRANSLATE_NOOP("palet", "List the methods Palet can find, with filters.")}},
        {"meeting", {runMeeting, QT_TRANSLATE_NOOP("palet", "Plan and list a group's meetings; record their costs.")}},
        {"member", {runMember, QT_TRANSLATE_NOOP("palet", "A member's year of meetings and PE points, invoice address, erasure.")}},
        {"pack", {runPack, QT_TRANSLATE_NOOP("palet", "Build, sign, check, install and remove signed method packs.")}},
        {"plugin", {runPlugin, QT_TRANSLATE_NOOP("palet", "Install a native method plugin after checking it; make its manifest.")}},
        {"plan", {runPlan, QT_TRANSLATE_NOOP("palet", "Plan a meeting: agenda, chosen cases, methods and roles.")}},
        {"recommend", {runRecommend, QT_TRANSLATE_NOOP("palet", "Rank the methods for a group, a case and the time.")}},
        {"report", {runReport, QT_TRANSLATE_NOOP("palet", "Report on a meeting run: time per part, cases, takeaways, attendance.")}},
        {"resume", {runResume, QT_TRANSLATE_NOOP("palet", "Continue a session from its journal after palet stopped.")}},
        {"run", {runRun, QT_TRANSLATE_NOOP("palet", "Run a meeting live: phases, time, roles and a journal.")}},
        {"serve", {runServe, QT_TRANSLATE_NOOP("palet", "Run a meeting in the room: projector, phones and a console in the browser.")}},
        {"show", {runShow, QT_TRANSLATE_NOOP("palet", "Show one method: phases, roles and minutes.")}},
        {"trust", {runTrust, QT_TRANSLATE_NOOP("palet", "Add, list and remove the keys whose packs you trust.")}},
        {"validate", {runValidate, QT_TRANSLATE_NOOP("palet", "Check method scripts and report every error.")}},
    };
    return table;
}

QString usage()
{
    QString text = palet::tr("Usage: palet COMMAND [OPTIONS]\n\nCommands:\n");
    for (const auto& [name, info] : commands()) text += QString("  %1  %2\n").arg(name.leftJustified(12), palet::tr(info.summary));
    text += palet::tr("\n  help [COMMAND]  Show this text or a command's help.\n"
                      "  --version       Print the version.\n\n"
                      "Run 'palet COMMAND --help' for a command's options.\n");
    return text;
}

// Qt's GUI library asks for a runtime folder it does not need for PDF and warns when a session
// (cron, ssh) has none; that warning is not for the user.
QtMessageHandler& qtHandler()
{
    static QtMessageHandler handler = nullptr;
    return handler;
}

void quietAboutRuntimeFolder(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith("QStandardPaths: XDG_RUNTIME_DIR")) return;
    if (qtHandler()) qtHandler()(type, context, message);
}

// The commands that write PDF need Qt's GUI library for fonts and layout. They never show a
// window, so it runs without a display, whatever the environment says.
std::unique_ptr<QCoreApplication> application(int& argc, char* argv[])
{
    static const std::set<std::string_view> writingPdf{"attendance", "certificates", "invoices"};
    if (argc > 1 && writingPdf.count(argv[1])) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        qtHandler() = qInstallMessageHandler(quietAboutRuntimeFolder);
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char* argv[])
{
    const auto app = application(argc, argv);
    QCoreApplication::setApplicationName("palet");
    QCoreApplication::setApplicationVersion(PALET_VERSION);

    using namespace palet::cli;
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const InterfaceTranslation translation{arguments};
    if (arguments.isEmpty()) {
        printError(usage());
        return badUsage;
    }
    const QString first = arguments.first();
    if (first == "--version" || first == "-v") {
        printOut(QString("palet %1\n").arg(PALET_VERSION));
        return success;
    }
    if (first == "help" || first == "--help" || first == "-h") {
        if (arguments.size() > 1 && commands().count(arguments[1]))
            return commands().at(arguments[1]).run({"palet " + arguments[1], "--help"});
        if (arguments.size() > 1) {
            printError(palet::tr("palet: unknown command '%1'\n").arg(arguments[1]));
            return badUsage;
        }
        printOut(usage());
        return success;
    }
    const auto command = commands().find(first);
    if (command == commands().end()) {
        std::vector<std::string_view> names;
        std::vector<std::string> storage;
        for (const auto& [name, info] : commands()) storage.push_back(name.toStdString());
        for (const auto& name : storage) names.push_back(name);
        const auto suggestion = palet::closestMatch(first.toStdString(), names);
        printError(palet::tr("palet: unknown command '%1'%2\nRun 'palet help' for the list.\n")
                       .arg(first, suggestion ? palet::tr("; did you mean '%1'?").arg(qs(*suggestion)) : QString{}));
        return badUsage;
    }
    arguments[0] = "palet " + first;
    try {
        return command->second.run(arguments);
    } catch (const std::exception& error) { // e.g. a method file that changed while it was read
        printError(palet::tr("palet: %1\n").arg(QString::fromUtf8(error.what())));
        return badInput;
    }
}
