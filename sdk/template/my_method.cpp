// my-method: a round of tips whose length follows the group. A starting point for your own
// Palet method plugin; rename it, then change the method to yours.
//
// A plugin does what a YAML script cannot: it computes the method for the group that is actually
// there (spec) and speaks to the roles while the session runs (onEvent). Its manifest,
// my-method.plugin.yaml, describes the method for `palet list` and `palet show`, which never load
// this library; the build makes it from what spec() returns for the ideal group with the time not
// known, so the method is written once, here.

#include <palet/plugin_export.hpp> // MethodPlugin, MethodSpec, PALET_EXPORT_METHOD

#include <algorithm>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

// Everything but the export lives in an unnamed namespace: nothing else needs to see it.
namespace {

using namespace palet;

constexpr int questionMinutes = 5;
constexpr int closingMinutes = 5;

LocalizedText text(std::string nl, std::string en) { return {std::move(nl), std::move(en)}; }

class MyMethod final : public MethodPlugin {
public:
    // Called when a session is planned (and by `palet check`), with the group and time at hand.
    MethodSpec spec(const MethodContext& context) const override
    {
        // You may throw. PALET_EXPORT_METHOD wraps every call in a try/catch, so no exception
        // ever reaches the host: it gets the message ("the plugin failed to compute its method:
        // ...") and the session does not start.
        if (context.groupSize < 0) throw std::invalid_argument("the group size cannot be negative");

        MethodSpec spec = base();
        // 0 means "not known yet": plan for the ideal group.
        const int members = context.groupSize > 0
                                ? std::clamp(context.groupSize, spec.groupSize.min, spec.groupSize.max)
                                : spec.groupSize.ideal;
        // The round takes two minutes for every member present; one minute when that does not
        // fit in the time available. (The manifest, made for the ideal group, gives its minutes.)
        int perMember = 2;
        if (context.minutesAvailable > 0
            && questionMinutes + perMember * members + closingMinutes > context.minutesAvailable)
            perMember = 1;
        const int roundMinutes = perMember * members;

        // Both languages, always: the host shows the one the user asked for.
        // Fill a Phase (and every other struct of the SDK) by field names, in the order the
        // header declares them; the fields you leave out keep their defaults.
        spec.phases = {
            Phase{.id = "question",
                  .name = text("Vraag", "Question"),
                  .minutes = PhaseDuration::fixed(questionMinutes),
                  .instructions = {{.roleId = "case-owner",
                                    .text = text("Vertel je vraag in een paar zinnen.", "Tell your question in a few sentences.")},
                                   {.roleId = "adviser",
                                    .text = text("Luister; vraag alleen door als iets onduidelijk is.",
                                                 "Listen; ask only when something is unclear.")}}},
            Phase{.id = "round",
                  .name = text("Tipronde", "Round of tips"),
                  .description = text(std::to_string(roundMinutes) + " minuten voor " + std::to_string(members) + " aanwezigen.",
                                      std::to_string(roundMinutes) + " minutes for " + std::to_string(members) + " members present."),
                  .minutes = PhaseDuration::fixed(roundMinutes),
                  .instructions = {{.roleId = "adviser",
                                    .text = text("Geef in je beurt één tip; geen discussie.", "Give one tip in your turn; no discussion.")},
                                   {.roleId = "facilitator",
                                    .text = text("Geef ieder om de beurt het woord en bewaak de minuten.",
                                                 "Give everyone the floor in turn and guard the minutes.")},
                                   {.roleId = "case-owner",
                                    .text = text("Luister en schrijf de tips op.", "Listen and write the tips down.")}},
                  .speakers = {"adviser", "facilitator"}},
            Phase{.id = "closing",
                  .name = text("Afsluiting", "Closing"),
                  .minutes = PhaseDuration::fixed(closingMinutes),
                  .instructions = {{.roleId = "case-owner",
                                    .text = text("Zeg welke tip je gaat proberen.", "Say which tip you will try.")},
                                   {.roleId = "adviser", .text = text("Luister.", "Listen.")}},
                  .speakers = {"case-owner", "facilitator"}},
        };
        return spec;
    }

    // Called as the session moves through the phases; what it returns is shown to the roles.
    // The same goes here: an exception becomes an error message for the host, never a crash.
    std::vector<RoleMessage> onEvent(const SessionEvent& event) override
    {
        if (event.kind != SessionEvent::Kind::phaseStarted || event.phaseId != "round") return {};
        const std::string minutes = std::to_string(event.plannedMinutes);
        // An empty member addresses everyone who holds the role.
        // The members in the order the facilitator named them, each with the roles they hold
        // (SDK 2.0): the first adviser named speaks first.
        std::string first;
        for (const MemberRoles& member : event.members)
            if (first.empty() && std::find(member.roleIds.begin(), member.roleIds.end(), "adviser") != member.roleIds.end())
                first = member.member;
        const std::string nl = first.empty() ? "de eerste adviseur" : first;
        const std::string en = first.empty() ? "the first adviser" : first;
        // An empty member addresses everyone who holds the role.
        return {RoleMessage{.roleId = "facilitator",
                            .text = text("De tipronde begint: " + minutes + " minuten. Geef het woord aan " + nl + ".",
                                         "The round of tips starts: " + minutes + " minutes. Give the floor to " + en + ".")}};
    }

private:
    // What does not depend on the context.
    static MethodSpec base()
    {
        MethodSpec spec;
        spec.id = "my-method";
        spec.version = {1, 0, 0};
        spec.name = text("Mijn werkvorm", "My method");
        spec.summary = text("De inbrenger stelt een vraag en krijgt van iedere adviseur één tip; de ronde duurt zo lang als de groep groot is.",
                            "The case owner asks a question and gets one tip from each adviser; the round lasts as long as the group is large.");
        spec.sources = {Attribution{.author = "Your name",
                                    .title = "My method",
                                    .note = text("Een voorbeeld uit de Palet SDK.", "An example from the Palet SDK.")}};
        spec.styles = {LearningStyle::doener};
        spec.themes = {"advice"};
        spec.groupSize = {3, 8, 5};
        spec.roles = {
            Role{.id = "case-owner", .name = text("Inbrenger", "Case owner"), .holders = RoleHolders::one},
            Role{.id = "facilitator", .name = text("Procesbegeleider", "Facilitator"), .holders = RoleHolders::one},
            Role{.id = "adviser", .name = text("Adviseur", "Adviser"), .holders = RoleHolders::everyoneElse},
        };
        return spec;
    }
};

} // namespace

// Exports the plain-C descriptor (SDK version, ABI tag, method id) that the host checks before it
// runs any of this code, and a table of functions that catch every exception. The id must equal
// spec.id above, which the manifest takes.
PALET_EXPORT_METHOD(MyMethod, "my-method")
