#include "handout/method_handout.hpp"

#include "handout/handout_content.hpp"
#include "handout/handout_labels.hpp"
#include "text/text_layout.hpp"

#include <algorithm>

namespace palet {
namespace {

QString section(const QString& title) { return '\n' + title + '\n'; }

QString renderText(const HandoutContent& content, int width)
{
    QString out = content.title + '\n' + wrap(content.figures, width).join('\n') + '\n';
    if (!content.summary.isEmpty()) out += '\n' + wrap(content.summary, width).join('\n') + '\n';
    if (!content.description.isEmpty()) out += '\n' + wrap(content.description, width).join('\n') + '\n';
    if (!content.facts.empty()) {
        std::vector<QStringList> facts;
        for (const auto& [label, text] : content.facts) facts.push_back({label, text});
        out += '\n' + columns(facts, width);
    }

    out += section(content.rolesTitle);
    for (const auto& role : content.roles) {
        out += QString("  %1 %2\n").arg(role.name, role.detail);
        if (!role.description.isEmpty()) out += "      " + hangingIndent(role.description, 6, width) + '\n';
    }

    out += section(content.phasesTitle);
    qsizetype nameWidth = 0;
    for (const auto& phase : content.phases) nameWidth = std::max(nameWidth, phase.name.size());
    nameWidth = std::min<qsizetype>(nameWidth, width - 30);
    for (const auto& phase : content.phases) {
        if (!phase.roundStart.isEmpty()) out += "  " + hangingIndent(phase.roundStart, 2, width) + '\n';
        out += QString("  %1. %2  %3  %4\n").arg(phase.number).arg(phase.name.leftJustified(nameWidth), phase.minutes.leftJustified(9), phase.start);
        if (!phase.description.isEmpty()) out += "     " + hangingIndent(phase.description, 5, width) + '\n';
        std::vector<QStringList> instructions;
        for (const auto& [role, text] : phase.instructions) instructions.push_back({"     " + role, text});
        out += columns(instructions, width);
        for (const QString* line : {&phase.optional, &phase.speakers, &phase.presence, &phase.materials})
            if (!line->isEmpty()) out += "     " + hangingIndent(*line, 5, width) + '\n';
        if (!phase.roundEnd.isEmpty()) out += "  " + hangingIndent(phase.roundEnd, 2, width) + '\n';
    }
    out += "  " + content.total + '\n';

    if (!content.notes.isEmpty()) out += section(content.notesTitle) + "  " + hangingIndent(content.notes, 2, width) + '\n';
    if (!content.sources.isEmpty()) {
        out += section(content.sourcesTitle);
        for (const auto& source : content.sources) out += "  " + hangingIndent(source, 2, width) + '\n';
    }
    if (!content.pluginNote.isEmpty()) out += '\n' + wrap(content.pluginNote, width).join('\n') + '\n';
    return out + '\n' + content.origin + '\n';
}

// Text safe inside Markdown: characters with a meaning there are escaped.
QString md(const QString& text)
{
    QString escaped;
    for (const QChar c : text) {
        if (QStringLiteral("\\`*_[]<>#|").contains(c)) escaped += '\\';
        escaped += c;
    }
    return escaped;
}

QString renderMarkdown(const HandoutContent& content)
{
    QString out = "# " + md(content.title) + "\n\n*" + md(content.figures) + "*\n";
    if (!content.summary.isEmpty()) out += '\n' + md(content.summary) + '\n';
    if (!content.description.isEmpty()) out += '\n' + md(content.description) + '\n';
    if (!content.facts.empty()) {
        out += '\n';
        for (const auto& [label, text] : content.facts) out += "- **" + md(label) + ":** " + md(text) + '\n';
    }
    out += "\n## " + md(content.rolesTitle) + "\n\n";
    for (const auto& role : content.roles)
        out += "- **" + md(role.name) + "** " + md(role.detail) + (role.description.isEmpty() ? "" : ": " + md(role.description)) + '\n';
    out += "\n## " + md(content.phasesTitle) + "\n";
    for (const auto& phase : content.phases) {
        if (!phase.roundStart.isEmpty()) out += "\n**" + md(phase.roundStart) + "**\n";
        out += QString("\n### %1. %2 — %3, %4\n\n").arg(phase.number).arg(md(phase.name), md(phase.minutes), md(phase.start));
        if (!phase.description.isEmpty()) out += md(phase.description) + "\n\n";
        for (const auto& [role, text] : phase.instructions) out += "- **" + md(role) + ":** " + md(text) + '\n';
        for (const QString* line : {&phase.optional, &phase.speakers, &phase.presence, &phase.materials})
            if (!line->isEmpty()) out += "\n*" + md(*line) + "*\n";
        if (!phase.roundEnd.isEmpty()) out += "\n**" + md(phase.roundEnd) + "**\n";
    }
    out += "\n**" + md(content.total) + "**\n";
    if (!content.notes.isEmpty()) out += "\n## " + md(content.notesTitle) + "\n\n" + md(content.notes) + '\n';
    if (!content.sources.isEmpty()) {
        out += "\n## " + md(content.sourcesTitle) + "\n\n";
        for (const auto& source : content.sources) out += "- " + md(source) + '\n';
    }
    if (!content.pluginNote.isEmpty()) out += '\n' + md(content.pluginNote) + '\n';
    return out + "\n---\n\n" + md(content.origin) + '\n';
}

QString renderHtml(const HandoutContent& content)
{
    const auto h = [](const QString& text) { return text.toHtmlEscaped(); };
    QString out = QString("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\" />\n<title>%2</title>\n")
                      .arg(content.language == Language::nl ? "nl" : "en", h(content.title));
    out += "<style>\n"
           "  @page { size: A4; margin: 15mm; }\n"
           "  body { font: 10.5pt/1.35 sans-serif; max-width: 48em; margin: 1em auto; color: #222; }\n"
           "  h1 { font-size: 1.5em; margin-bottom: 0.1em; } h2 { font-size: 1.15em; border-bottom: 1px solid #ccc; }\n"
           "  .figures, .origin { color: #555; } table { border-collapse: collapse; width: 100%; }\n"
           "  td { vertical-align: top; padding: 0.15em 0.5em 0.15em 0; } td.role { font-weight: bold; white-space: nowrap; }\n"
           "  .phase { break-inside: avoid; margin-bottom: 0.6em; } .phase h3 { font-size: 1em; margin: 0.6em 0 0.2em; }\n"
           "  .time { font-weight: normal; color: #555; } .note { font-style: italic; margin: 0.2em 0; }\n"
           "  .confidential { color: #555; font-style: italic; margin-top: 1.5em; }\n"
           "  table, tr, ul, li { break-inside: avoid; page-break-inside: avoid; } h2, h3 { break-after: avoid; }\n"
           "</style>\n</head>\n<body>\n";
    out += "<h1>" + h(content.title) + "</h1>\n<p class=\"figures\">" + h(content.figures) + "</p>\n";
    if (!content.summary.isEmpty()) out += "<p>" + h(content.summary) + "</p>\n";
    if (!content.description.isEmpty()) out += "<p>" + h(content.description) + "</p>\n";
    if (!content.facts.empty()) {
        out += "<ul>\n";
        for (const auto& [label, text] : content.facts) out += "<li><strong>" + h(label) + ":</strong> " + h(text) + "</li>\n";
        out += "</ul>\n";
    }
    out += "<h2>" + h(content.rolesTitle) + "</h2>\n<table>\n";
    for (const auto& role : content.roles)
        out += "<tr><td class=\"role\">" + h(role.name) + "</td><td>" + h(role.detail) + "</td><td>" + h(role.description) + "</td></tr>\n";
    out += "</table>\n<h2>" + h(content.phasesTitle) + "</h2>\n";
    for (const auto& phase : content.phases) {
        if (!phase.roundStart.isEmpty()) out += "<p class=\"round\"><strong>" + h(phase.roundStart) + "</strong></p>\n";
        out += QString("<div class=\"phase\">\n<h3>%1. %2 <span class=\"time\">%3, %4</span></h3>\n")
                   .arg(phase.number).arg(h(phase.name), h(phase.minutes), h(phase.start));
        if (!phase.description.isEmpty()) out += "<p>" + h(phase.description) + "</p>\n";
        out += "<table>\n";
        for (const auto& [role, text] : phase.instructions) out += "<tr><td class=\"role\">" + h(role) + "</td><td>" + h(text) + "</td></tr>\n";
        out += "</table>\n";
        for (const QString* line : {&phase.optional, &phase.speakers, &phase.presence, &phase.materials})
            if (!line->isEmpty()) out += "<p class=\"note\">" + h(*line) + "</p>\n";
        if (!phase.roundEnd.isEmpty()) out += "<p class=\"round\"><strong>" + h(phase.roundEnd) + "</strong></p>\n";
        out += "</div>\n";
    }
    out += "<p><strong>" + h(content.total) + "</strong></p>\n";
    if (!content.notes.isEmpty()) out += "<h2>" + h(content.notesTitle) + "</h2>\n<p>" + h(content.notes) + "</p>\n";
    if (!content.sources.isEmpty()) {
        out += "<h2>" + h(content.sourcesTitle) + "</h2>\n<ul>\n";
        for (const auto& source : content.sources) out += "<li>" + h(source) + "</li>\n";
        out += "</ul>\n";
    }
    if (!content.pluginNote.isEmpty()) out += "<p class=\"note\">" + h(content.pluginNote) + "</p>\n";
    return out + "<p class=\"origin\">" + h(content.origin) + "</p>\n<p class=\"confidential\">" +
           h(handoutLabel(HandoutLabel::confidential, content.language)) + "</p>\n</body>\n</html>\n";
}

} // namespace

std::optional<HandoutFormat> handoutFormatFromId(std::string_view id)
{
    if (id == "text") return HandoutFormat::text;
    if (id == "md" || id == "markdown") return HandoutFormat::markdown;
    if (id == "html") return HandoutFormat::html;
    return std::nullopt;
}

QString renderHandout(const CatalogEntry& entry, int members, Language language, HandoutFormat format, int width,
                      const std::string& textLanguage)
{
    const HandoutContent content = handoutContent(entry, members, language, textLanguage);
    switch (format) {
    case HandoutFormat::text: return renderText(content, width);
    case HandoutFormat::markdown: return renderMarkdown(content);
    case HandoutFormat::html: return renderHtml(content);
    }
    return {};
}

} // namespace palet
