#pragma once
// One function per `palet` command; each takes the arguments from the command name on and
// returns the exit status.

#include <QStringList>

namespace palet::cli {

int runList(const QStringList& arguments);
int runShow(const QStringList& arguments);
int runValidate(const QStringList& arguments);
int runCheck(const QStringList& arguments);
int runRecommend(const QStringList& arguments);
int runGroup(const QStringList& arguments);
int runMeeting(const QStringList& arguments);
int runCase(const QStringList& arguments);
int runMember(const QStringList& arguments);
int runRun(const QStringList& arguments);
int runResume(const QStringList& arguments);
int runServe(const QStringList& arguments);
int runPlan(const QStringList& arguments);
int runAgenda(const QStringList& arguments);
int runAttendance(const QStringList& arguments);
int runCertificates(const QStringList& arguments);
int runFirm(const QStringList& arguments);
int runInvoices(const QStringList& arguments);
int runReport(const QStringList& arguments);
int runPack(const QStringList& arguments);
int runPlugin(const QStringList& arguments);
int runTrust(const QStringList& arguments);

} // namespace palet::cli
