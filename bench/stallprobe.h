#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Measures the longest stall of the event loop it lives on: a 5 ms timer that notes how long it
// went without running. A loop that never blocks shows about 5 ms.
class StallProbe : public QObject
{
    Q_OBJECT

public:
    explicit StallProbe(QObject *parent = nullptr);

    void start();
    void stop();
    double longestMs() const { return double(m_longestNs) / 1e6; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
};
