#include "logretentiontimer.h"

#include "logretention.h"

#include <limits>

namespace {
QDateTime runTimeOn(const QDate &date)
{
    const QDateTime run(date, QTime(0, 1));
    // A zone whose clocks skip midnight: an hour later is still "shortly after".
    return run.isValid() ? run : QDateTime(date, QTime(1, 1));
}
} // namespace

LogRetentionTimer::LogRetentionTimer(const QStringList &directories, int keepDays, QObject *parent)
    : QObject(parent)
    , m_directories(directories)
    , m_keepDays(keepDays)
{
    m_timer.setSingleShot(true);
    // VeryCoarse is second-accurate; the default coarse timer may be off by 5 % of a day.
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        applyNow();
        schedule();
    });
    applyNow();
    schedule();
}

QDateTime LogRetentionTimer::nextRunAfter(const QDateTime &now)
{
    const QDateTime local = now.toLocalTime();
    const QDateTime today = runTimeOn(local.date());
    return today > local ? today : runTimeOn(local.date().addDays(1));
}

int LogRetentionTimer::applyNow()
{
    const int removed = LogRetention::apply(m_directories, m_keepDays);
    emit applied(removed);
    return removed;
}

void LogRetentionTimer::schedule()
{
    const QDateTime now = QDateTime::currentDateTime();
    m_nextRun = nextRunAfter(now);
    constexpr qint64 MinimumMs = 1000;
    constexpr qint64 MaximumMs = std::numeric_limits<int>::max();
    const qint64 msecs = qBound(MinimumMs, now.msecsTo(m_nextRun), MaximumMs);
    m_timer.start(int(msecs));
}
