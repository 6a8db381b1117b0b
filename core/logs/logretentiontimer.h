#pragma once

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QTimer>

// Applies LogRetention to the log folders once when created and then shortly after every local
// midnight, for as long as the application runs. A single-shot timer aimed at the next run,
// re-aimed after each one, so a clock change or a suspended laptop only delays it.
class LogRetentionTimer : public QObject
{
    Q_OBJECT

public:
    LogRetentionTimer(const QStringList &directories, int keepDays, QObject *parent = nullptr);

    QStringList directories() const { return m_directories; }
    int keepDays() const { return m_keepDays; }
    // When the timer fires next (local time).
    QDateTime nextRun() const { return m_nextRun; }
    // Milliseconds until the timer fires, -1 when nothing is scheduled.
    int remainingTime() const { return m_timer.remainingTime(); }

    // 00:01 local after `now`: the first run time past the midnight that starts a new log file.
    static QDateTime nextRunAfter(const QDateTime &now);

public slots:
    // Applies retention now and returns how many files were removed.
    int applyNow();

signals:
    void applied(int removed);

private:
    void schedule();

    QStringList m_directories;
    int m_keepDays;
    QTimer m_timer;
    QDateTime m_nextRun;
};
