#pragma once
// A case (leervraag, probleemstelling) a member brings to a meeting. Confidential by design: only
// its owner and a short label are needed; the longer text and the takeaway are optional.

#include <QString>

#include <array>
#include <optional>

namespace palet {

// A case is brought in, chosen by the group (or not), treated with a method, and looked back on
// at the start of the next meeting.
enum class CaseStatus { broughtIn, chosen, treated, lookedBack };

inline constexpr std::array<CaseStatus, 4> allCaseStatuses{CaseStatus::broughtIn, CaseStatus::chosen,
                                                           CaseStatus::treated, CaseStatus::lookedBack};

inline QString caseStatusId(CaseStatus status)
{
    switch (status) {
    case CaseStatus::broughtIn: return QStringLiteral("brought-in");
    case CaseStatus::chosen: return QStringLiteral("chosen");
    case CaseStatus::treated: return QStringLiteral("treated");
    case CaseStatus::lookedBack: return QStringLiteral("looked-back");
    }
    return {};
}

inline std::optional<CaseStatus> caseStatusFromId(const QString& id)
{
    for (CaseStatus status : allCaseStatuses)
        if (caseStatusId(status) == id) return status;
    return std::nullopt;
}

inline constexpr int maximumLabelLength = 80;

// Whether a case suits intervision (seeds): one too tied to the person belongs in individual
// coaching, one too much about content in a work meeting.
enum class CaseTriage { intervision, coaching, workMeeting };

inline constexpr std::array<CaseTriage, 3> allCaseTriages{CaseTriage::intervision, CaseTriage::coaching,
                                                          CaseTriage::workMeeting};

inline QString caseTriageId(CaseTriage triage)
{
    switch (triage) {
    case CaseTriage::intervision: return QStringLiteral("intervision");
    case CaseTriage::coaching: return QStringLiteral("coaching");
    case CaseTriage::workMeeting: return QStringLiteral("work-meeting");
    }
    return {};
}

inline std::optional<CaseTriage> caseTriageFromId(const QString& id)
{
    for (CaseTriage triage : allCaseTriages)
        if (caseTriageId(triage) == id) return triage;
    return std::nullopt;
}

struct Case {
    qint64 id = 0;
    qint64 meetingId = 0;
    qint64 ownerId = 0;
    QString ownerName;
    int number = 0; // 1, 2, … in the order the cases were brought in to the meeting
    QString label;  // short, required
    QString text;   // optional, may be long
    CaseStatus status = CaseStatus::broughtIn;
    QString takeaway; // what the owner takes away; optional
    QString followUp; // what the owner did with it, told at the next meeting's look-back; optional
    std::optional<CaseTriage> triage; // none: not triaged yet
    int votes = 0;                    // members who find it current and appealing
    QString methodId;                 // the method the group chose for it; empty: none yet
    QString theme;                    // the kind of problem, a method theme id; empty: not said
};

} // namespace palet
