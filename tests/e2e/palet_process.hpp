#pragma once
// Runs the real `palet` binary in a sandbox of its own: a temporary home and XDG folders, so
// only the built-in methods and what a test puts there are found.

#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

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

private:
    QTemporaryDir root_;
    QProcessEnvironment environment_;
};

} // namespace palet::test
