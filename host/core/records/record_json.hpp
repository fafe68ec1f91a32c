#pragma once
// Records as JSON for other programs (the contract is in docs/records.md).

#include "records/case.hpp"
#include "records/group.hpp"
#include "records/meeting.hpp"

#include <QJsonObject>

namespace palet {

QJsonObject groupJson(const Group& group);
QJsonObject memberJson(const Member& member);
QJsonObject meetingJson(const Meeting& meeting, const QString& reference);

// The text and the takeaway only when asked for; otherwise they are null.
QJsonObject caseJson(const Case& found, bool withTexts);

} // namespace palet
