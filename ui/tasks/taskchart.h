#pragma once

#include <QWidget>

class QAbstractItemModel;
class QTimer;

class QChart;
class QChartView;

// A small chart of a source's last runs: created, updated, deleted and failed records as stacked
// bars and the duration as a line, oldest run on the left. Rebuilt from the tasks model a moment
// after it changes (not on every progress tick).
class TaskChart : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxRuns = 12;

    explicit TaskChart(QWidget *parent = nullptr);
    void setModel(QAbstractItemModel *model);
    int runCount() const { return m_runs; }

private:
    void rebuild();

    QAbstractItemModel *m_model = nullptr;
    QChartView *m_view;
    QTimer *m_timer;
    int m_runs = 0;
};
