#include "records_sandbox.hpp"

#include <catch2/catch.hpp>

#include <QProcess>

namespace palet::test {

RecordsSandbox::RecordsSandbox()
{
    if (onSqlite()) {
        storeUrl_ = sqliteFile();
    } else {
        storeUrl_ = scratch_.url();
        set("PALET_DB", storeUrl_);
    }
}

void RecordsSandbox::set(const QString& name, const QString& value)
{
    sandbox_.set(name, value);
}

PaletRun RecordsSandbox::runWithInput(const QStringList& arguments, const QByteArray& input) const
{
    QProcess process;
    process.setProcessEnvironment(sandbox_.environment());
    process.setWorkingDirectory(path("."));
    process.start(PALET_BINARY, arguments);
    REQUIRE(process.waitForStarted());
    process.write(input);
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(20000);
    if (!finished) process.kill();
    REQUIRE(finished);
    PaletRun run;
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

Store RecordsSandbox::openStore() const
{
    const auto location = parseStoreLocation(storeUrl_);
    REQUIRE(location);
    auto store = Store::open(*location);
    INFO(store.error.toStdString());
    REQUIRE(store);
    return std::move(*store);
}

} // namespace palet::test
