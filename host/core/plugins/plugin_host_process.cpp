#include "plugins/plugin_host_process.hpp"

#include "plugins/plugin_wire.hpp"
#include "translate.hpp"

#include <QDeadlineTimer>
#include <QFileInfo>

#include <algorithm>
#include <cstring>

#include <signal.h>
#include <unistd.h>

namespace palet {
namespace {

constexpr qsizetype errorTailBytes = 4096;
constexpr int graceMs = 1000;

QString qs(const std::string& text) { return QString::fromStdString(text); }

// "SIGSEGV (Segmentation fault)"
QString signalName(int signal)
{
    const char* abbreviation = sigabbrev_np(signal);
    const char* description = strsignal(signal);
    const QString name = abbreviation ? QStringLiteral("SIG") + QString::fromLatin1(abbreviation)
                                      : tr("signal %1").arg(signal);
    return description ? QStringLiteral("%1 (%2)").arg(name, QString::fromLocal8Bit(description)) : name;
}

QString secondsText(std::chrono::milliseconds span)
{
    return QString::number(static_cast<double>(span.count()) / 1000.0, 'g', 4);
}

} // namespace

PluginHostProcess::PluginHostProcess(std::string library, PluginTrace trace)
    : library_(std::move(library)), trace_(std::move(trace))
{
    process_.setProcessChannelMode(QProcess::SeparateChannels);
}

PluginHostProcess::~PluginHostProcess() { stop(); }

QString PluginHostProcess::helperProgram()
{
    const QByteArray given = qgetenv("PALET_PLUGIN_HOST");
    if (!given.isEmpty()) return QString::fromLocal8Bit(given);
    // Beside the running program, the way it is installed; /proc/self/exe needs no QCoreApplication.
    return QFileInfo{QStringLiteral("/proc/self/exe")}.canonicalFilePath().section('/', 0, -2) + QStringLiteral("/palet-plugin-host");
}

std::string PluginHostProcess::start()
{
    if (running()) return {};
    errorTail_.clear();
    const QString program = helperProgram();
    process_.start(program, {QString::number(getpid())});
    if (!process_.waitForStarted(graceMs * 5))
        return tr("%1: cannot start Palet's plugin helper %2: %3").arg(qs(library_), program, process_.errorString()).toStdString();
    pid_ = process_.processId();
    trace_(tr("started the helper %1 (process %2) for %3").arg(program).arg(pid_).arg(qs(library_)));
    return {};
}

void PluginHostProcess::keepErrorTail()
{
    errorTail_ += process_.readAllStandardError();
    if (errorTail_.size() > errorTailBytes) errorTail_ = errorTail_.right(errorTailBytes);
}

void PluginHostProcess::killGroup()
{
    // The helper leads a process group of its own: this ends whatever a plugin started too.
    if (pid_ > 0) ::kill(static_cast<pid_t>(-pid_), SIGKILL);
}

void PluginHostProcess::stop()
{
    if (running()) {
        process_.closeWriteChannel();
        if (!process_.waitForFinished(graceMs)) {
            killGroup();
            process_.kill();
            process_.waitForFinished(graceMs);
        }
    }
    killGroup();
    pid_ = 0;
}

HostReply PluginHostProcess::breakDown(const QString& what)
{
    keepErrorTail();
    killGroup();
    if (running()) {
        process_.kill();
        process_.waitForFinished(graceMs);
    }
    pid_ = 0;
    QString sentence = QStringLiteral("%1: %2").arg(qs(library_), what);
    // The plugin's own last words often say why (an assertion, a message before an abort);
    // bytes that are no text are left out.
    QString lastLine = QString::fromUtf8(errorTail_).trimmed().section('\n', -1).trimmed().left(300);
    if (std::any_of(lastLine.begin(), lastLine.end(), [](QChar c) { return !c.isPrint() || c == QChar::ReplacementCharacter; }))
        lastLine.clear();
    if (!lastLine.isEmpty()) sentence += tr("; its last line on standard error: %1").arg(lastLine);
    trace_(tr("stopped the helper for %1").arg(qs(library_)));
    return {std::nullopt, sentence.toStdString(), true, what.toStdString()};
}

HostReply PluginHostProcess::call(const QCborMap& request, std::chrono::milliseconds deadline, const QString& activity)
{
    if (!running())
        return {std::nullopt, tr("%1: the plugin's helper is not running").arg(qs(library_)).toStdString(), true,
                tr("the plugin's helper is not running").toStdString()};
    process_.write(wire::frame(request));
    const QDeadlineTimer timer{deadline, Qt::PreciseTimer};
    for (;;) {
        keepErrorTail();
        const qint64 available = process_.bytesAvailable();
        if (available >= 4) {
            char header[4];
            process_.peek(header, sizeof header);
            const std::uint32_t size = wire::frameLength(header);
            if (size > wire::maxFrameBytes)
                return breakDown(tr("the plugin's helper answered with bytes that are not Palet's plugin protocol while %1, "
                                    "so Palet stopped it (did the plugin write into its pipe?)").arg(activity));
            if (available >= 4 + static_cast<qint64>(size)) {
                process_.read(header, sizeof header);
                const auto answer = wire::message(process_.read(size));
                // One answer per request: anything more was not written by the helper.
                if (!answer || process_.bytesAvailable() > 0)
                    return breakDown(tr("the plugin's helper answered with bytes that are not Palet's plugin protocol while %1, "
                                        "so Palet stopped it (did the plugin write into its pipe?)").arg(activity));
                return {answer, {}, false, {}};
            }
        }
        if (!running()) {
            if (process_.exitStatus() == QProcess::CrashExit)
                return breakDown(tr("the plugin crashed with %1 while %2").arg(signalName(process_.exitCode()), activity));
            return breakDown(tr("the plugin ended its helper process (exit status %1) while %2").arg(process_.exitCode()).arg(activity));
        }
        if (timer.hasExpired())
            return breakDown(tr("the plugin did not answer within %1 seconds while %2, so Palet stopped it")
                                 .arg(secondsText(deadline), activity));
        process_.waitForReadyRead(static_cast<int>(std::max<qint64>(timer.remainingTime(), 1)));
    }
}

} // namespace palet
