#include "session/journal_location.hpp"

#include <QDir>
#include <QFileInfo>

namespace palet {

std::string sessionsFolder()
{
    QString base = qEnvironmentVariable("XDG_STATE_HOME");
    if (base.isEmpty()) base = QDir::homePath() + "/.local/state";
    return QDir{base}.filePath("palet/sessions").toStdString();
}

std::string newJournalPath(const std::string& folder, const std::string& methodId, const QDateTime& start)
{
    const QDir dir{QString::fromStdString(folder)};
    const QString stem = start.toString("yyyy-MM-ddTHH-mm-ss") + '-' + QString::fromStdString(methodId);
    QString path = dir.filePath(stem + ".jsonl");
    for (int number = 2; QFileInfo::exists(path); ++number) path = dir.filePath(QString("%1-%2.jsonl").arg(stem).arg(number));
    return path.toStdString();
}

std::optional<std::string> findJournal(const std::string& folder, const std::string& name)
{
    const QString given = QString::fromStdString(name);
    if (QFileInfo{given}.isFile()) return QFileInfo{given}.absoluteFilePath().toStdString();
    if (given.contains('/')) return std::nullopt;
    const QString inFolder = QDir{QString::fromStdString(folder)}.filePath(given.endsWith(".jsonl") ? given : given + ".jsonl");
    if (QFileInfo{inFolder}.isFile()) return inFolder.toStdString();
    return std::nullopt;
}

std::vector<std::string> journalsIn(const std::string& folder)
{
    std::vector<std::string> journals;
    const QDir dir{QString::fromStdString(folder)};
    for (const QFileInfo& file : dir.entryInfoList({"*.jsonl"}, QDir::Files, QDir::Time))
        journals.push_back(file.absoluteFilePath().toStdString());
    return journals;
}

} // namespace palet
