#include "packs/pack_manifest.hpp"

#include "catalog/yaml_tree.hpp"
#include "did_you_mean.hpp"
#include "translate.hpp"

#include <algorithm>
#include <map>

namespace palet {
namespace {

using Kind = YamlNode::Kind;

QString qs(std::string_view text) { return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())); }

class ManifestReader {
public:
    explicit ManifestReader(const std::string& file) : file_(file) {}

    void error(const YamlNode& node, const QString& message)
    {
        errors_.push_back({file_, node.line, node.column, message.toStdString()});
    }

    std::optional<std::string> text(const YamlNode& node, std::string_view key)
    {
        if (node.kind != Kind::scalar || node.scalar.empty()) {
            error(node, tr("'%1' must be a text").arg(qs(key)));
            return std::nullopt;
        }
        return node.scalar;
    }

    // One text for both languages, or {nl, en}.
    std::optional<LocalizedText> localized(const YamlNode& node, std::string_view key)
    {
        if (node.kind == Kind::scalar && !node.scalar.empty()) return LocalizedText{node.scalar, node.scalar};
        if (node.kind != Kind::map) {
            error(node, tr("'%1' must be a text or a mapping with 'nl' and 'en'").arg(qs(key)));
            return std::nullopt;
        }
        LocalizedText result;
        for (const auto& [name, value] : node.entries) {
            std::string* into = name->scalar == "nl" ? &result.nl : name->scalar == "en" ? &result.en : nullptr;
            if (!into) {
                error(*name, tr("'%1' takes only 'nl' and 'en', not '%2'").arg(qs(key), qs(name->scalar)));
                continue;
            }
            if (const auto value_ = text(*value, key)) *into = *value_;
        }
        if (result.empty()) {
            error(node, tr("'%1' needs a text in 'nl' or 'en'").arg(qs(key)));
            return std::nullopt;
        }
        return result;
    }

    std::optional<SemanticVersion> version(const YamlNode& node, std::string_view key)
    {
        const auto parsed = node.kind == Kind::scalar ? SemanticVersion::parse(node.scalar) : std::nullopt;
        if (!parsed) error(node, tr("'%1' must be a version of three numbers, such as 1.0.0").arg(qs(key)));
        return parsed;
    }

    std::optional<std::vector<Language>> languages(const YamlNode& node)
    {
        if (node.kind != Kind::sequence || node.items.empty()) {
            error(node, tr("'languages' must be a list such as [nl, en]"));
            return std::nullopt;
        }
        std::vector<Language> result;
        for (const auto& item : node.items) {
            const auto language = item->kind == Kind::scalar ? languageFromCode(item->scalar) : std::nullopt;
            if (!language) {
                error(*item, tr("'languages' takes nl and en, not '%1'").arg(qs(item->scalar)));
                continue;
            }
            if (std::find(result.begin(), result.end(), *language) == result.end()) result.push_back(*language);
        }
        return result;
    }

    Diagnostics takeErrors() { return std::move(errors_); }

private:
    const std::string& file_;
    Diagnostics errors_;
};

} // namespace

bool isPackId(std::string_view text)
{
    if (text.empty() || text.size() > 64) return false;
    char previous = '.';
    for (char c : text) {
        const bool alphanumeric = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        const bool separator = c == '-' || c == '.';
        if (!alphanumeric && !separator) return false;
        if (separator && (previous == '-' || previous == '.')) return false;
        previous = c;
    }
    return previous != '-' && previous != '.';
}

std::string packFileName(const PackManifest& manifest)
{
    return manifest.id + '-' + manifest.version.toString() + ".palet";
}

PackManifestRead readPackManifest(std::string_view text, const std::string& file)
{
    PackManifestRead read;
    YamlReadResult document = readYamlDocument(text, file, {64 * 1024, 8, 2000});
    if (!document.root) {
        read.errors = std::move(document.errors);
        return read;
    }
    const YamlNode& root = *document.root;
    ManifestReader reader{file};
    if (root.kind != Kind::map) {
        reader.error(root, tr("a pack manifest must be a mapping with id, name, version and publisher"));
        read.errors = reader.takeErrors();
        return read;
    }
    static const std::vector<std::string_view> known{"id",      "name",           "version",  "publisher",
                                                     "description", "licence", "requires-palet", "languages"};
    std::map<std::string, const YamlNode*, std::less<>> fields;
    for (const auto& [key, value] : root.entries) {
        if (std::find(known.begin(), known.end(), key->scalar) == known.end()) {
            const auto suggestion = closestMatch(key->scalar, known);
            reader.error(*key, tr("unknown key '%1'%2").arg(qs(key->scalar), suggestion ? tr("; did you mean '%1'?").arg(qs(*suggestion)) : QString{}));
            continue;
        }
        if (!fields.emplace(key->scalar, value.get()).second)
            reader.error(*key, tr("'%1' is given twice").arg(qs(key->scalar)));
    }
    const auto field = [&](std::string_view key) -> const YamlNode* {
        const auto found = fields.find(key);
        return found == fields.end() ? nullptr : found->second;
    };
    for (std::string_view required : {"id", "name", "version", "publisher"})
        if (!field(required)) reader.error(root, tr("the pack manifest needs '%1'").arg(qs(required)));

    PackManifest manifest;
    bool good = true;
    const auto take = [&](auto parsed, auto& into) {
        if (parsed) into = std::move(*parsed);
        else good = false;
    };
    if (const YamlNode* id = field("id")) {
        if (id->kind == Kind::scalar && isPackId(id->scalar)) manifest.id = id->scalar;
        else {
            reader.error(*id, tr("'id' must be lowercase letters and digits in words joined by '-' or '.', such as "
                                 "'acme.intervision' (at most 64 characters)"));
            good = false;
        }
    }
    if (const YamlNode* name = field("name")) take(reader.localized(*name, "name"), manifest.name);
    if (const YamlNode* version = field("version")) take(reader.version(*version, "version"), manifest.version);
    if (const YamlNode* publisher = field("publisher")) take(reader.text(*publisher, "publisher"), manifest.publisher);
    if (const YamlNode* description = field("description")) take(reader.localized(*description, "description"), manifest.description);
    if (const YamlNode* licence = field("licence")) take(reader.localized(*licence, "licence"), manifest.licence);
    if (const YamlNode* requires_ = field("requires-palet")) take(reader.version(*requires_, "requires-palet"), manifest.requiresPalet);
    if (const YamlNode* languages = field("languages")) take(reader.languages(*languages), manifest.languages);
    else {
        if (!manifest.name.nl.empty()) manifest.languages.push_back(Language::nl);
        if (!manifest.name.en.empty()) manifest.languages.push_back(Language::en);
    }
    read.errors = reader.takeErrors();
    if (good && read.errors.empty()) read.manifest = std::move(manifest);
    return read;
}

} // namespace palet
