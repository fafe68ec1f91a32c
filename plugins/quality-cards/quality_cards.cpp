// Quality cards: when the dealing phase starts, every adviser is dealt a hand of quality cards
// from a shuffled deck. The shuffle follows the session's seed, so a session can be replayed.

#include <palet/plugin_export.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <random>
#include <string>

namespace {

using namespace palet;

constexpr int handSize = 5;

LocalizedText text(std::string nl, std::string en) { return {std::move(nl), std::move(en)}; }

struct Quality {
    const char* nl;
    const char* en;
};

// Common quality words, as found on quality cards; the list is Palet's own.
constexpr std::array<Quality, 36> deck{{
    {"zorgzaam", "caring"},           {"geduldig", "patient"},         {"daadkrachtig", "decisive"},
    {"nauwkeurig", "precise"},        {"creatief", "creative"},        {"eerlijk", "honest"},
    {"flexibel", "flexible"},         {"moedig", "courageous"},        {"betrouwbaar", "reliable"},
    {"humoristisch", "humorous"},     {"analytisch", "analytical"},    {"empathisch", "empathetic"},
    {"doortastend", "resolute"},      {"bescheiden", "modest"},        {"enthousiast", "enthusiastic"},
    {"kritisch", "critical"},         {"loyaal", "loyal"},             {"open", "open"},
    {"optimistisch", "optimistic"},   {"rustig", "calm"},              {"standvastig", "steadfast"},
    {"tactvol", "tactful"},           {"verbindend", "connecting"},    {"zelfstandig", "independent"},
    {"nieuwsgierig", "curious"},      {"ordelijk", "orderly"},         {"spontaan", "spontaneous"},
    {"vasthoudend", "persistent"},    {"behulpzaam", "helpful"},       {"diplomatiek", "diplomatic"},
    {"gedreven", "driven"},           {"respectvol", "respectful"},    {"besluitvaardig", "decisive in choices"},
    {"inventief", "inventive"},       {"relativerend", "level-headed"}, {"toegewijd", "dedicated"},
}};

// Fisher-Yates with the fully specified mt19937_64, so the same seed deals the same cards on
// every platform (std::shuffle's use of the engine is left to the library).
std::array<int, deck.size()> shuffled(std::uint64_t seed)
{
    std::array<int, deck.size()> order{};
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
    std::mt19937_64 engine{seed};
    for (std::size_t i = order.size() - 1; i > 0; --i) std::swap(order[i], order[engine() % (i + 1)]);
    return order;
}

class QualityCards final : public MethodPlugin {
public:
    MethodSpec spec(const MethodContext& context) const override
    {
        MethodSpec spec = base();
        const int advisers = std::max(1, context.groupSize - 1);
        // The round of cards takes two minutes for each adviser, within bounds.
        spec.phases[2].minutes = PhaseDuration::fixed(std::clamp(2 * advisers, 6, 20));
        return spec;
    }

    std::vector<RoleMessage> onEvent(const SessionEvent& event) override
    {
        if (event.kind != SessionEvent::Kind::phaseStarted || event.phaseId != "deal") return {};
        const auto holders = event.roleHolders.find("adviser");
        if (holders == event.roleHolders.end()) return {};
        const auto order = shuffled(event.seed);
        std::vector<RoleMessage> messages;
        std::size_t next = 0;
        for (const std::string& member : holders->second) {
            std::string nl = "Jouw kaarten:";
            std::string en = "Your cards:";
            for (int card = 0; card < handSize; ++card, ++next) {
                const Quality& quality = deck[static_cast<std::size_t>(order[next % deck.size()])];
                nl += std::string(card ? ", " : " ") + quality.nl;
                en += std::string(card ? ", " : " ") + quality.en;
            }
            messages.push_back({"adviser", member, text(nl, en)});
        }
        return messages;
    }

private:
    static MethodSpec base()
    {
        MethodSpec spec;
        spec.id = "quality-cards";
        spec.version = {1, 0, 0};
        spec.name = text("Kwaliteitenkaarten", "Quality cards");
        spec.summary = text("De adviseurs krijgen kwaliteitenkaarten en leggen de kwaliteiten die zij in het verhaal van de inbrenger zagen; de inbrenger kiest er een en verkent valkuil en uitdaging.",
                            "The advisers are dealt quality cards and lay the qualities they saw in the case owner's story; the case owner picks one and explores its pitfall and challenge.");
        spec.notes = text("In de geest van het kwaliteitenspel rond kernkwaliteiten (Ofman). De kaartenset en de minuten zijn een voorstel van Palet; de kaarten worden bij elke sessie opnieuw geschud volgens de seed van de sessie.",
                          "In the spirit of the quality game around core qualities (Ofman). The card set and the minutes are Palet's suggestion; the cards are shuffled anew for each session following the session's seed.");
        spec.sources = {{"Daniel Ofman", "Bezieling en kwaliteit in organisaties", "Servire", {}, {},
                         text("Kernkwaliteit, valkuil, uitdaging en allergie (kernkwadrant).",
                              "Core quality, pitfall, challenge and allergy (core quadrant).")}};
        spec.styles = {LearningStyle::dromer, LearningStyle::doener};
        spec.themes = {"behaviour-patterns", "positive-experience", "skills"};
        spec.groupSize = {3, 8, 5};
        spec.conditions = {Condition::safeGroup};
        spec.roles = {
            {"case-owner", text("Inbrenger", "Case owner"), {}, RoleHolders::one},
            {"facilitator", text("Procesbegeleider", "Facilitator"), {}, RoleHolders::one},
            {"adviser", text("Adviseur", "Adviser"), {}, RoleHolders::everyoneElse},
        };
        spec.phases = {
            {"story", text("Verhaal", "Story"), {}, PhaseDuration::fixed(5),
             {{"case-owner", text("Vertel over een situatie waarin je iets goed deed of juist vastliep.",
                                  "Tell about a situation in which you did well or got stuck.")},
              {"adviser", text("Luister en let op wat de inbrenger liet zien.", "Listen and note what the case owner showed.")}},
             {"case-owner"}, {}},
            {"deal", text("Kaarten delen", "Dealing the cards"), {}, PhaseDuration::fixed(5),
             {{"adviser", text("Bekijk je kaarten en kies de kwaliteiten die je in het verhaal zag.",
                               "Look at your cards and choose the qualities you saw in the story.")},
              {"facilitator", text("Deel de kaarten en bewaak de stilte.", "Deal the cards and keep the silence.")}},
             {"facilitator"}, {}},
            {"lay-cards", text("Kaarten leggen", "Laying the cards"), {}, PhaseDuration::fixed(8),
             {{"adviser", text("Leg om de beurt een kaart bij de inbrenger en zeg waar je die kwaliteit zag.",
                               "In turn, lay a card before the case owner and say where you saw that quality.")},
              {"case-owner", text("Luister; reageer nog niet.", "Listen; do not respond yet.")}},
             {"adviser", "facilitator"}, {}},
            {"quadrant", text("Kernkwadrant", "Core quadrant"), {}, PhaseDuration::range(8, 12),
             {{"case-owner", text("Kies de kaart die het meest raakt en verken de valkuil en de uitdaging ervan.",
                                  "Choose the card that touches you most and explore its pitfall and challenge.")},
              {"adviser", text("Help met vragen bij valkuil en uitdaging.", "Help with questions on the pitfall and the challenge.")}},
             {}, {}},
            {"takeaway", text("Wat neem je mee?", "Takeaway"), {}, PhaseDuration::fixed(5),
             {{"case-owner", text("Zeg wat je meeneemt naar je werk.", "Say what you take back to your work.")},
              {"adviser", text("Luister.", "Listen.")}},
             {"case-owner", "facilitator"}, {}},
        };
        return spec;
    }
};

} // namespace

PALET_EXPORT_METHOD(QualityCards, "quality-cards")
