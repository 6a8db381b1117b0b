#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGINT/SIGTERM into a Qt signal on the event loop (through a self-pipe), so that Ctrl-C
// can cancel a sync cleanly instead of killing the process mid-page.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void interrupted(int signalNumber);

private:
    void readSignal();
    QSocketNotifier *m_notifier = nullptr;
};
