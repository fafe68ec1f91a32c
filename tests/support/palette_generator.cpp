#include "palette_generator.hpp"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <fcntl.h>
#include <sys/stat.h>

#include <stdexcept>

namespace palet::test {
namespace {

struct Template {
    QString id;
    QStringList lines;
    bool formatTwo = false;
    bool block = false;
};

QByteArray readAll(const QString& path)
{
    QFile file{path};
    if (!file.open(QIODevice::ReadOnly)) throw std::runtime_error("cannot read " + path.toStdString());
    return file.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QDir{}.mkpath(QFileInfo{path}.absolutePath());
    QFile file{path};
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write " + path.toStdString());
}

std::vector<Template> templatesIn(const QString& builtinMethods)
{
    std::vector<Template> templates;
    static const QRegularExpression id{R"(^id:\s*(\S+)\s*$)", QRegularExpression::MultilineOption};
    for (const QString& subfolder : {QString{}, QString{"/blocks"}}) {
        const QDir dir{builtinMethods + subfolder};
        for (const QString& name : dir.entryList({"*.yaml"}, QDir::Files, QDir::Name)) {
            const QString text = QString::fromUtf8(readAll(dir.filePath(name)));
            const auto match = id.match(text);
            if (!match.hasMatch()) throw std::runtime_error("no top-level id in " + name.toStdString());
            templates.push_back({match.captured(1), text.split('\n'), text.contains(QRegularExpression{"^format: 2", QRegularExpression::MultilineOption}),
                                 !subfolder.isEmpty()});
        }
    }
    if (templates.empty()) throw std::runtime_error("no method scripts in " + builtinMethods.toStdString());
    return templates;
}

const QStringList styleChoices{"[doener, beslisser]", "[dromer, denker]",  "[denker]",
                               "[beslisser, doener, dromer]", "[dromer]", "[denker, beslisser]"};
const QStringList themeChoices{"[work-problem, advice]", "[dilemma, ethics]", "[communication, conflict, boundaries]",
                               "[decision, strategy]", "[feelings, client-contact]",
                               "[skills, collaboration, positive-experience]", "[work-problem, firm-theme-%1]"};

// Method `number` from `model`: its own id, numbered names and summaries, styles, themes and
// version; every third format-1 method becomes format 2, and every other format-2 one gains
// French texts.
QString derived(const Template& model, int number, const QString& id, bool& formatTwo, bool& otherLanguage)
{
    formatTwo = model.formatTwo || number % 3 == 0;
    otherLanguage = formatTwo && number % 2 == 0;
    static const QRegularExpression text{R"(^  (nl|en|de|fr): )"};
    QStringList out{QString("# Generated for a palette at scale: method %1, from %2.").arg(number).arg(model.id)};
    QString block;
    for (const QString& line : model.lines) {
        if (!line.isEmpty() && !line.front().isSpace() && !line.startsWith('#') && !line.startsWith('-'))
            block = line.section(':', 0, 0);
        if (line.startsWith("format:")) {
            out << (formatTwo ? "format: 2" : line);
        } else if (line.startsWith("id:")) {
            out << "id: " + id;
        } else if (line.startsWith("version:")) {
            out << QString("version: 1.%1.%2").arg(number % 4).arg(number % 3);
        } else if (line.startsWith("styles:") && !model.block) {
            out << "styles: " + styleChoices[number % styleChoices.size()];
        } else if (line.startsWith("themes:") && !model.block) {
            const QString& themes = themeChoices[number % themeChoices.size()];
            out << "themes: " + (themes.contains("%1") ? themes.arg(number % 17) : themes);
        } else if (block == "name" && text.match(line).hasMatch()) {
            out << QString("%1 %2").arg(line).arg(number);
            if (otherLanguage && line.startsWith("  en:")) out << QString("  fr: Méthode numéro %1").arg(number);
        } else if (block == "summary" && text.match(line).hasMatch()) {
            // Each its own summary, as in a real palette; a quoted one is left as it is.
            const bool plain = line.size() > 6 && line[6] != '\'' && line[6] != '"';
            out << (plain ? QString("%1 (%2)").arg(line).arg(number) : line);
            if (otherLanguage && line.startsWith("  en:"))
                out << QString("  fr: Une méthode de l'équipe %1, numéro %2, pour mesurer Palet avec beaucoup de méthodes.")
                           .arg(number % 10).arg(number);
        } else {
            out << line;
        }
    }
    return out.join('\n');
}

void setTimes(const QString& path, const timespec& when)
{
    const timespec times[2]{when, when};
    if (::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, AT_SYMLINK_NOFOLLOW) != 0)
        throw std::runtime_error("cannot set the time of " + path.toStdString());
}

} // namespace

GeneratedPalette generatePalette(const QString& builtinMethods, const QString& folder, int count)
{
    std::vector<Template> methods;
    std::vector<Template> blocks;
    for (Template& model : templatesIn(builtinMethods)) (model.block ? blocks : methods).push_back(std::move(model));
    if (methods.empty()) throw std::runtime_error("no methods, only blocks, in " + builtinMethods.toStdString());
    GeneratedPalette palette;
    const int digits = static_cast<int>(QString::number(count).size());
    for (int number = 1; number <= count; ++number) {
        // One in 25 is a block, the others methods.
        const auto& models = number % 25 == 0 && !blocks.empty() ? blocks : methods;
        const Template& model = models[static_cast<std::size_t>(number / (number % 25 == 0 ? 25 : 1)) % models.size()];
        const QString id = QString("firm-%1-%2").arg(model.id).arg(number, digits, 10, QChar('0'));
        bool formatTwo = false;
        bool otherLanguage = false;
        const QString script = derived(model, number, id, formatTwo, otherLanguage);
        const QString path = QString("%1/team-%2/%3%4.yaml").arg(folder).arg(number % 10)
                                 .arg(number % 4 == 0 ? QString("shared/") : QString{}, id);
        writeAll(path, script.toUtf8());
        palette.files << QFileInfo{path}.absoluteFilePath();
        palette.ids << id;
        if (!model.block) palette.methodIds << id;
        palette.formatTwo += formatTwo ? 1 : 0;
        palette.otherLanguages += otherLanguage || model.lines.join('\n').contains("\n  de: ") ? 1 : 0;
        palette.blocks += model.block ? 1 : 0;
    }
    return palette;
}

void backdateTree(const QString& folder)
{
    const timespec dayAgo{static_cast<time_t>(QDateTime::currentSecsSinceEpoch() - 86400), 0};
    QStringList folders{folder};
    for (int i = 0; i < folders.size(); ++i) {
        const QDir dir{folders[i]};
        for (const QFileInfo& entry : dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
            if (entry.isDir() && !entry.isSymLink())
                folders << entry.absoluteFilePath();
            else
                setTimes(entry.absoluteFilePath(), dayAgo);
        }
    }
    for (auto it = folders.crbegin(); it != folders.crend(); ++it) setTimes(*it, dayAgo);
}

} // namespace palet::test
