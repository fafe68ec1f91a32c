#include "catalog/text_language.hpp"

namespace palet {
namespace {

void choose(LocalizedText& text, const std::string& tag, Language fallback)
{
    const std::string chosen = text.in(tag, fallback);
    text.nl = chosen;
    text.en = chosen;
}

} // namespace

void showTextsIn(MethodSpec& spec, const std::string& tag, Language fallback)
{
    if (tag.empty() || languageFromCode(primaryLanguage(tag))) return;
    const auto each = [&](LocalizedText& text) { choose(text, tag, fallback); };
    for (LocalizedText* text : {&spec.name, &spec.summary, &spec.description, &spec.notes}) each(*text);
    for (Attribution& source : spec.sources) each(source.note);
    for (Role& role : spec.roles) {
        each(role.name);
        each(role.description);
    }
    for (Phase& phase : spec.phases) {
        each(phase.name);
        each(phase.description);
        for (RoleInstruction& instruction : phase.instructions) each(instruction.text);
        for (LocalizedText& material : phase.materials) each(material);
    }
    for (Round& round : spec.rounds) {
        each(round.name);
        each(round.description);
    }
}

void showTextsIn(MethodOverview& overview, const std::string& tag, Language fallback)
{
    if (tag.empty() || languageFromCode(primaryLanguage(tag))) return;
    choose(overview.name, tag, fallback);
    choose(overview.summary, tag, fallback);
}

} // namespace palet
