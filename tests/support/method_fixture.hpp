#pragma once
// Writes small, valid method scripts into test folders.

#include <QDir>
#include <QFile>
#include <QString>

#include <stdexcept>

namespace palet::test {

inline QString methodYaml(const QString& id, const QString& version, const QString& name, int minutes = 10,
                          int minMembers = 3, int maxMembers = 8)
{
    return QString(R"(id: %1
version: %2
name: {en: "%3"}
group_size: {min: %5, max: %6}
styles: [dromer]
themes: [dilemma]
roles:
  - id: case-owner
    name: {en: Case owner}
    holders: one
  - id: adviser
    name: {en: Adviser}
    holders: everyone-else
phases:
  - id: tell
    name: {en: Tell}
    minutes: %4
    instructions:
      case-owner: {en: Tell the case.}
      adviser: {en: Listen.}
)")
        .arg(id, version, name)
        .arg(minutes)
        .arg(minMembers)
        .arg(maxMembers);
}

inline QString writeFile(const QString& folder, const QString& name, const QByteArray& content)
{
    QDir{}.mkpath(folder);
    const QString path = QDir{folder}.filePath(name);
    QFile file{path};
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        throw std::runtime_error("cannot write test file " + path.toStdString());
    return path;
}

inline QString writeMethod(const QString& folder, const QString& id, const QString& version, const QString& name,
                           int minutes = 10)
{
    return writeFile(folder, id + "-" + version + ".yaml", methodYaml(id, version, name, minutes).toUtf8());
}

} // namespace palet::test
