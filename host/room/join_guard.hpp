#pragma once
// Slows down guessing of join codes: after 5 wrong codes from one address within a minute that
// address must wait, and after 30 wrong codes from anywhere within a minute everyone must. Six
// digits valid for at most twenty minutes then take far longer to guess than they live.

#include <QHash>
#include <QString>

#include <deque>

namespace palet::room {

class JoinGuard {
public:
    // Whether a code from `address` is tried at `nowMs` (ms since 1970).
    bool allows(const QString& address, qint64 nowMs);
    void failed(const QString& address, qint64 nowMs);

private:
    static void forget(std::deque<qint64>& times, qint64 nowMs);

    QHash<QString, std::deque<qint64>> failures_;
    std::deque<qint64> allFailures_;
};

} // namespace palet::room
