#include "papers/pe_rules.hpp"

#include "catalog/yaml_tree.hpp"
#include "did_you_mean.hpp"
#include "translate.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <map>

namespace palet {
namespace {

constexpr int formatVersion = 1;

class RuleReader {
public:
    RuleReader(QString file, Diagnostics& errors) : file_(std::move(file)), errors_(errors) {}

    void fail(const YamlNode& node, const QString& message)
    {
        errors_.push_back({file_.toStdString(), node.line, node.column, message.toStdString()});
    }

    // The map's entries by key, refusing unknown and duplicate keys and reporting missing ones.
    std::map<std::string, YamlNode::Ptr> entries(const YamlNode& node, const std::vector<std::string_view>& known,
                                                 const std::vector<std::string_view>& required, const QString& what)
    {
        std::map<std::string, YamlNode::Ptr> found;
        if (node.kind != YamlNode::Kind::map) {
            fail(node, tr("%1 must be a mapping, not %2").arg(what, yamlKindName(node.kind)));
            return found;
        }
        for (const auto& [key, value] : node.entries) {
            if (std::find(known.begin(), known.end(), key->scalar) == known.end()) {
                const auto close = closestMatch(key->scalar, known);
                fail(*key, tr("unknown key '%1' in %2%3")
                               .arg(QString::fromStdString(key->scalar), what,
                                    close ? tr("; did you mean '%1'?").arg(QString::fromUtf8(close->data(), close->size()))
                                          : QString{}));
                continue;
            }
            if (!found.emplace(key->scalar, value).second)
                fail(*key, tr("'%1' is given twice in %2").arg(QString::fromStdString(key->scalar), what));
        }
        for (std::string_view key : required)
            if (!found.count(std::string{key}))
                fail(node, tr("%1 needs '%2'").arg(what, QString::fromUtf8(key.data(), key.size())));
        return found;
    }

    std::optional<QString> text(const YamlNode& node, const QString& what)
    {
        if (node.kind != YamlNode::Kind::scalar || node.scalar.empty()) {
            fail(node, tr("%1 must be a text").arg(what));
            return std::nullopt;
        }
        return QString::fromStdString(node.scalar);
    }

    // A decimal with at most two places, as hundredths: "1" is 100, "0.5" is 50.
    std::optional<int> hundredths(const YamlNode& node, const QString& what, int low, int high)
    {
        static const QRegularExpression decimal{"^[0-9]{1,4}(\\.[0-9]{1,2})?$"};
        const QString value = node.kind == YamlNode::Kind::scalar ? QString::fromStdString(node.scalar) : QString{};
        if (node.quoted || !decimal.match(value).hasMatch()) {
            fail(node, tr("%1 must be a number with at most two decimals, such as 1 or 0.5, not '%2'").arg(what, value));
            return std::nullopt;
        }
        const QStringList parts = value.split('.');
        int result = parts[0].toInt() * 100;
        if (parts.size() == 2) result += parts[1].leftJustified(2, '0').toInt();
        if (result < low || result > high) {
            fail(node, tr("%1 must be from %2 to %3, not %4").arg(what, pointsText(low), pointsText(high), value));
            return std::nullopt;
        }
        return result;
    }

    std::optional<int> whole(const YamlNode& node, const QString& what, int low, int high)
    {
        bool ok = false;
        const int value = node.kind == YamlNode::Kind::scalar && !node.quoted ? QString::fromStdString(node.scalar).toInt(&ok) : 0;
        if (!ok || value < low || value > high) {
            fail(node, tr("%1 must be a whole number from %2 to %3").arg(what).arg(low).arg(high));
            return std::nullopt;
        }
        return value;
    }

    std::optional<bool> flag(const YamlNode& node, const QString& what)
    {
        if (node.kind == YamlNode::Kind::scalar && !node.quoted && (node.scalar == "true" || node.scalar == "false"))
            return node.scalar == "true";
        fail(node, tr("%1 must be true or false").arg(what));
        return std::nullopt;
    }

    std::optional<PeRegisterRule> rule(const YamlNode& node)
    {
        const auto keys = entries(node,
                                  {"id", "name", "prefixes", "points_per_hour", "rounding", "step", "minimum_minutes",
                                   "maximum_points", "breaks_count", "category", "note", "sources"},
                                  {"id", "name", "prefixes", "points_per_hour", "sources"}, tr("a register"));
        if (node.kind != YamlNode::Kind::map) return std::nullopt;
        const std::size_t before = errors_.size();
        PeRegisterRule rule;
        rule.file = file_;
        const auto get = [&](const char* key) -> const YamlNode* {
            const auto found = keys.find(key);
            return found == keys.end() ? nullptr : found->second.get();
        };
        static const QRegularExpression idForm{"^[a-z][a-z0-9-]*$"};
        if (const YamlNode* id = get("id"))
            if (const auto value = text(*id, "id")) {
                if (!idForm.match(*value).hasMatch()) fail(*id, tr("id must be lower-case letters, digits and '-', not '%1'").arg(*value));
                rule.id = *value;
            }
        if (const YamlNode* name = get("name"))
            if (const auto value = text(*name, "name")) rule.name = *value;
        if (const YamlNode* prefixes = get("prefixes")) {
            if (prefixes->kind != YamlNode::Kind::sequence || prefixes->items.empty())
                fail(*prefixes, tr("prefixes must be a list of texts, such as [MfN]"));
            else
                for (const auto& item : prefixes->items)
                    if (const auto value = text(*item, "a prefix")) rule.prefixes << *value;
        }
        if (const YamlNode* rate = get("points_per_hour"))
            if (const auto value = hundredths(*rate, "points_per_hour", 0, 100000)) rule.pointsPerHour = *value;
        if (const YamlNode* step = get("step"))
            if (const auto value = hundredths(*step, "step", 1, 10000)) rule.step = *value;
        if (const YamlNode* rounding = get("rounding")) {
            const auto value = text(*rounding, "rounding");
            if (value == "down") rule.rounding = PointsRounding::down;
            else if (value == "nearest") rule.rounding = PointsRounding::nearest;
            else if (value == "none") rule.rounding = PointsRounding::none;
            else if (value) fail(*rounding, tr("rounding must be down, nearest or none, not '%1'").arg(*value));
        }
        if (const YamlNode* minimum = get("minimum_minutes"))
            if (const auto value = whole(*minimum, "minimum_minutes", 0, 1440)) rule.minimumMinutes = *value;
        if (const YamlNode* maximum = get("maximum_points"))
            if (const auto value = hundredths(*maximum, "maximum_points", 0, 100000)) rule.maximumPoints = *value;
        if (const YamlNode* breaks = get("breaks_count"))
            if (const auto value = flag(*breaks, "breaks_count")) rule.breaksCount = *value;
        if (const YamlNode* category = get("category"))
            if (const auto value = text(*category, "category")) rule.category = *value;
        if (const YamlNode* note = get("note"))
            if (const auto value = text(*note, "note")) rule.note = *value;
        if (const YamlNode* sources = get("sources")) {
            if (sources->kind != YamlNode::Kind::sequence || sources->items.empty())
                fail(*sources, tr("sources must be a list: where the rule comes from"));
            else
                for (const auto& item : sources->items) {
                    const auto fields = entries(*item, {"title", "url", "checked"}, {"title", "checked"}, tr("a source"));
                    PeSource source;
                    for (const auto& [key, value] : fields)
                        if (const auto field = text(*value, QString::fromStdString(key)))
                            (key == "title" ? source.title : key == "url" ? source.url : source.checked) = *field;
                    rule.sources.push_back(source);
                }
        }
        if (errors_.size() != before) return std::nullopt;
        return rule;
    }

    void read(const YamlNode& root, PeRules& rules)
    {
        const auto keys = entries(root, {"format", "registers"}, {"format", "registers"}, tr("the file"));
        if (const auto format = keys.find("format"); format != keys.end())
            if (const auto value = whole(*format->second, "format", 1, 1000); value && *value != formatVersion)
                fail(*format->second, tr("format %1 is not one this Palet reads (it reads %2)").arg(*value).arg(formatVersion));
        const auto registers = keys.find("registers");
        if (registers == keys.end()) return;
        if (registers->second->kind != YamlNode::Kind::sequence) {
            fail(*registers->second, tr("registers must be a list"));
            return;
        }
        std::vector<PeRegisterRule> read;
        for (const auto& item : registers->second->items)
            if (auto one = rule(*item)) {
                for (const PeRegisterRule& earlier : read)
                    if (earlier.id == one->id) fail(*item, tr("register '%1' is given twice").arg(one->id));
                read.push_back(std::move(*one));
            }
        for (PeRegisterRule& one : read) {
            auto same = std::find_if(rules.registers.begin(), rules.registers.end(),
                                     [&](const PeRegisterRule& earlier) { return earlier.id == one.id; });
            if (same != rules.registers.end()) *same = std::move(one);
            else rules.registers.push_back(std::move(one));
        }
    }

private:
    QString file_;
    Diagnostics& errors_;
};

} // namespace

PeRulesReading readPeRules(const QStringList& files)
{
    PeRulesReading reading;
    for (const QString& file : files) {
        QFile input{file};
        if (!input.open(QIODevice::ReadOnly)) {
            reading.errors.push_back({file.toStdString(), 0, 0, tr("cannot be read: %1").arg(input.errorString()).toStdString()});
            continue;
        }
        const QByteArray bytes = input.read(1024 * 1024 + 1);
        const YamlReadResult document = readYamlDocument(std::string_view{bytes.constData(), std::size_t(bytes.size())},
                                                         file.toStdString());
        if (!document.root) {
            reading.errors.insert(reading.errors.end(), document.errors.begin(), document.errors.end());
            continue;
        }
        // A file with errors adds nothing: half a rule set would give wrong points.
        Diagnostics errors;
        PeRules added = reading.rules;
        RuleReader{file, errors}.read(*document.root, added);
        if (errors.empty()) reading.rules = std::move(added);
        reading.errors.insert(reading.errors.end(), errors.begin(), errors.end());
    }
    return reading;
}

QStringList peRuleFiles()
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QStringList candidates{QDir::cleanPath(QCoreApplication::applicationDirPath() + "/../share/palet/pe-registers.yaml")};
    QStringList dataDirs = environment.value("XDG_DATA_DIRS", "/usr/local/share:/usr/share").split(':', Qt::SkipEmptyParts);
    std::reverse(dataDirs.begin(), dataDirs.end()); // the first has the highest precedence, so it is read last
    for (const QString& folder : dataDirs) candidates << QDir{folder}.filePath("palet/pe-registers.yaml");
    QString dataHome = environment.value("XDG_DATA_HOME");
    if (dataHome.isEmpty()) dataHome = QDir{environment.value("HOME", QDir::homePath())}.filePath(".local/share");
    candidates << QDir{dataHome}.filePath("palet/pe-registers.yaml");
    QStringList files;
    for (const QString& candidate : candidates)
        if (QFileInfo{candidate}.isFile() && !files.contains(QFileInfo{candidate}.canonicalFilePath()))
            files << QFileInfo{candidate}.canonicalFilePath();
    return files;
}

RegisterMatch matchRegister(const PeRules& rules, const QString& peRegister)
{
    const QString given = peRegister.simplified();
    RegisterMatch best;
    qsizetype bestLength = 0;
    for (const PeRegisterRule& rule : rules.registers)
        for (const QString& prefix : rule.prefixes) {
            if (prefix.size() <= bestLength || !given.startsWith(prefix, Qt::CaseInsensitive)) continue;
            // A prefix is a whole word: "NIP" does not match "NIPO 12".
            if (given.size() > prefix.size() && given[prefix.size()].isLetter()) continue;
            best.rule = &rule;
            bestLength = prefix.size();
            QString number = given.mid(prefix.size());
            while (!number.isEmpty() && (number[0].isSpace() || number[0] == ':' || number[0] == '-' || number[0] == '#'))
                number.remove(0, 1);
            best.number = number;
        }
    return best;
}

PeCredit creditFor(const PeRegisterRule& rule, int heldMinutes, int breakMinutes)
{
    PeCredit credit;
    credit.countedMinutes = std::max(0, rule.breaksCount ? heldMinutes : heldMinutes - breakMinutes);
    if (credit.countedMinutes < rule.minimumMinutes || credit.countedMinutes == 0) {
        credit.points = 0;
        return credit;
    }
    // Exact in integers: points·60 = minutes · (points per hour).
    const qint64 scaled = qint64(credit.countedMinutes) * rule.pointsPerHour; // hundredths × 60
    const qint64 unit = qint64(rule.step) * 60;
    qint64 points = 0;
    switch (rule.rounding) {
    case PointsRounding::down: points = scaled / unit * rule.step; break;
    case PointsRounding::nearest: points = (scaled + unit / 2) / unit * rule.step; break;
    case PointsRounding::none: points = scaled / 60; break;
    }
    if (rule.maximumPoints) points = std::min<qint64>(points, *rule.maximumPoints);
    credit.points = int(points);
    return credit;
}

QString pointsText(int hundredths)
{
    QString text = QString::number(hundredths / 100);
    if (const int rest = hundredths % 100; rest != 0) {
        QString decimals = QString::number(rest).rightJustified(2, '0');
        if (decimals.endsWith('0')) decimals.chop(1);
        text += '.' + decimals;
    }
    return text;
}

} // namespace palet
