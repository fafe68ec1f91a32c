#pragma once
// An intervision group and its members, as the store keeps them.

#include <palet/learning_style.hpp>

#include <QDate>
#include <QString>

#include <optional>

namespace palet {

struct Group {
    qint64 id = 0;
    QString name; // unique, compared without regard to case; never contains '@'
    QString profession; // may be empty
    int meetingsPerYear = 4;
    int guidedMeetings = 4; // meetings with a guide before the group runs on its own (seeds: 4 or 5)
    int minimumPresent = 3; // a meeting goes ahead with at least this many members present
    QString guide; // who guides its guided meetings (a person of the firm, not a member); may be empty
    bool caseLabelsOnProjector = false; // the room's projector may show the cases' labels (never their texts)
};

struct Member {
    qint64 id = 0;
    qint64 groupId = 0;
    QString name; // unique within the group, compared without regard to case
    std::optional<LearningStyle> learningStyle;
    QString peRegister; // registration for PE points (permanente educatie); empty when not given
    std::optional<QDate> leftOn; // a former member: the history stays, new cases are refused

    bool isCurrent() const { return !leftOn; }
};

} // namespace palet
