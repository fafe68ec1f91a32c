#pragma once
// What a member attended in a year: each held meeting they were present at, its hours and the
// PE points their register grants (the same rules as the certificates), and the totals.

#include "papers/pe_rules.hpp"
#include "records/store.hpp"

#include <QDate>
#include <QJsonObject>

#include <vector>

namespace palet {

struct AttendedMeeting {
    QString reference; // GROUP@YYYY-MM-DD
    QDate date;
    int heldMinutes = 0;
    int countedMinutes = 0;
    int points = 0; // hundredths
};

struct MemberHistory {
    QString member;
    QString group;
    QString peRegister;
    QString registerName; // empty when no rules are known for it
    int year = 0;
    std::vector<AttendedMeeting> meetings;
    int countedMinutes = 0;
    int points = 0;
};

// One history per group that has (or had) a member of that name; refused with a suggestion when
// none has.
StoreResult<std::vector<MemberHistory>> memberHistories(const Store& store, const QString& memberName, int year,
                                                        const PeRules& rules);

QJsonObject memberHistoryJson(const MemberHistory& history);

} // namespace palet
