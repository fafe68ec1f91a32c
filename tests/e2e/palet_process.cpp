#include "palet_process.hpp"

#include <catch2/catch.hpp>

#include <QProcess>

namespace palet::test {

QJsonDocument PaletRun::json() const
{
    QJsonParseError error{};
    const auto document = QJsonDocument::fromJson(out.toUtf8(), &error);
    INFO("stdout: " << out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document;
}

PaletSandbox::PaletSandbox()
{
    REQUIRE(root_.isValid());
    environment_.insert("PATH", qEnvironmentVariable("PATH"));
    environment_.insert("HOME", path("home"));
    environment_.insert("XDG_DATA_HOME", path("data"));
    environment_.insert("XDG_DATA_DIRS", path("system"));
    environment_.insert("XDG_CACHE_HOME", path("cache"));
    environment_.insert("LANG", "C.UTF-8");
    environment_.insert("COLUMNS", "100");
}

PaletRun PaletSandbox::run(const QStringList& arguments, int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(environment_);
    process.setWorkingDirectory(root_.path());
    process.start(PALET_BINARY, arguments);
    REQUIRE(process.waitForStarted());
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(timeoutMs);
    if (!finished) process.kill();
    INFO("palet " << arguments.join(' ').toStdString());
    REQUIRE(finished); // a hang is a bug
    PaletRun run;
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

std::unique_ptr<QProcess> PaletSandbox::start(const QStringList& arguments) const
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(environment_);
    process->setWorkingDirectory(root_.path());
    process->start(PALET_BINARY, arguments);
    REQUIRE(process->waitForStarted());
    process->closeWriteChannel();
    return process;
}

} // namespace palet::test
