// Carousel: every member present gets a turn of equal length, fitted into the minutes available.
// The number of turns and their minutes follow from the context, which a script cannot express.

#include <palet/plugin_export.hpp>

#include <algorithm>
#include <string>

namespace {

using namespace palet;

constexpr int openingMinutes = 5;
constexpr int closingMinutes = 5;
constexpr int shortestTurn = 4;
constexpr int longestTurn = 20;

LocalizedText text(std::string nl, std::string en) { return {std::move(nl), std::move(en)}; }

class Carousel final : public MethodPlugin {
public:
    MethodSpec spec(const MethodContext& context) const override
    {
        MethodSpec spec = base();
        const int members = std::clamp(context.groupSize, spec.groupSize.min, spec.groupSize.max);
        const int turn = turnMinutes(members, context.minutesAvailable);

        spec.phases.push_back({"opening", text("Opening", "Opening"), {}, PhaseDuration::fixed(openingMinutes),
                               {{"facilitator", text("Leg de werkvorm uit en bepaal de volgorde van de beurten.",
                                                     "Explain the method and set the order of the turns.")},
                                {"adviser", text("Bedenk je vraag: kort en over je eigen handelen.",
                                                 "Think of your question: short, and about your own actions.")}},
                               {}, {}});
        for (int number = 1; number <= members; ++number) {
            const std::string n = std::to_string(number);
            spec.phases.push_back(
                {"turn-" + n, text("Beurt " + n, "Turn " + n),
                 text("Beurt " + n + " van " + std::to_string(members) + ": " + std::to_string(turn) + " minuten.",
                      "Turn " + n + " of " + std::to_string(members) + ": " + std::to_string(turn) + " minutes."),
                 PhaseDuration::fixed(turn),
                 {{"case-owner", text("Stel je vraag in één minuut, luister dan en zeg aan het eind welke tip je meeneemt.",
                                      "Put your question in one minute, then listen, and at the end say which tip you take.")},
                  {"adviser", text("Geef om de beurt één korte tip of vraag; geen discussie.",
                                   "In turn, give one short tip or question; no discussion.")},
                  {"timekeeper", text("Bewaak de beurt en geef een teken een minuut voor het einde.",
                                      "Guard the turn and give a sign one minute before it ends.")}},
                 {}, {}});
        }
        spec.phases.push_back({"closing", text("Afsluiting", "Closing"), {}, PhaseDuration::fixed(closingMinutes),
                               {{"facilitator", text("Vraag ieder in één zin wat hij of zij meeneemt.",
                                                     "Ask everyone for one sentence on what they take with them.")},
                                {"adviser", text("Zeg in één zin wat je meeneemt.", "Say in one sentence what you take with you.")}},
                               {}, {}});
        return spec;
    }

    std::vector<RoleMessage> onEvent(const SessionEvent& event) override
    {
        if (event.kind != SessionEvent::Kind::phaseStarted || event.phaseId.rfind("turn-", 0) != 0) return {};
        const std::string minutes = std::to_string(event.plannedMinutes);
        return {{"facilitator", {},
                 text("Geef het woord aan de volgende; deze beurt duurt " + minutes + " minuten.",
                      "Give the floor to the next member; this turn lasts " + minutes + " minutes.")},
                {"case-owner", {},
                 text("Jouw beurt: stel je vraag in één minuut.", "Your turn: put your question in one minute.")}};
    }

private:
    // Equal turns in what is left after opening and closing, kept between the shortest that
    // still helps and the longest that keeps the pace.
    static int turnMinutes(int members, int minutesAvailable)
    {
        if (minutesAvailable <= 0) return 10;
        const int left = minutesAvailable - openingMinutes - closingMinutes;
        return std::clamp(left / members, shortestTurn, longestTurn);
    }

    static MethodSpec base()
    {
        MethodSpec spec;
        spec.id = "carousel";
        spec.version = {1, 0, 0};
        spec.name = text("Carrousel", "Carousel");
        spec.summary = text("Iedere aanwezige krijgt een beurt van gelijke lengte voor een korte vraag; de beurten passen in de beschikbare tijd.",
                            "Every member present gets a turn of equal length for a short question; the turns fit the time available.");
        spec.notes = text("Het aantal beurten en hun minuten volgen uit de groepsgrootte en de beschikbare tijd: vijf minuten opening en afsluiting, de rest gelijk verdeeld, tussen 4 en 20 minuten per beurt. Deze verdeling is een voorstel van Palet.",
                          "The number of turns and their minutes follow from the group size and the time available: five minutes for opening and closing, the rest shared equally, between 4 and 20 minutes a turn. This split is Palet's suggestion.");
        spec.sources = {{"Palet", "Carousel", {}, {}, {},
                         text("Rondevorm met gelijke beurten, zoals die in de intervisiepraktijk voor korte vragen wordt gebruikt.",
                              "A round of equal turns, as used in intervision practice for short questions.")}};
        spec.styles = {LearningStyle::doener, LearningStyle::beslisser};
        spec.themes = {"work-problem", "advice"};
        spec.groupSize = {3, 10, 6};
        spec.roles = {
            {"case-owner", text("Inbrenger", "Case owner"), text("Wie aan de beurt is; wisselt elke beurt.", "Whoever has the turn; changes every turn."), RoleHolders::one},
            {"facilitator", text("Procesbegeleider", "Facilitator"), {}, RoleHolders::one},
            {"timekeeper", text("Tijdbewaker", "Timekeeper"), {}, RoleHolders::optional},
            {"adviser", text("Adviseur", "Adviser"), {}, RoleHolders::everyoneElse},
        };
        return spec;
    }
};

} // namespace

PALET_EXPORT_METHOD(Carousel, "carousel")
