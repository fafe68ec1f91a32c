#pragma once
// Runs the real `palet` binary in a sandbox of its own: a temporary home and XDG folders, so
// only the built-in methods and what a test puts there are found.

#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace palet::test {

struct PaletRun {
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;

    QJsonDocument json() const;
};

class PaletSandbox {
public:
    PaletSandbox();

    QString path(const QString& relative) const { return root_.filePath(relative); }
    QString userMethods() const { return path("data/palet/methods"); }
    void set(const QString& name, const QString& value) { environment_.insert(name, value); }

    PaletRun run(const QStringList& arguments, int timeoutMs = 20000) const;
    // Starts palet with standard input closed and returns at once, for tests that stop it midway.
    std::unique_ptr<QProcess> start(const QStringList& arguments) const;
    const QProcessEnvironment& environment() const { return environment_; }

private:
    QTemporaryDir root_;
    QProcessEnvironment environment_;
};

} // namespace palet::test
