#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;
class SourceListModel;

// The status bar's view of running tasks (this process's and, after a reload, other processes'):
// the source, records done and records per second, or how many run at once. Clicking it shows
// the tasks of the first one.
class RunningTasksIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit RunningTasksIndicator(SourceListModel *sources, QWidget *parent = nullptr);
    QString text() const;

signals:
    void activated(const QString &sourceName);

private:
    void update();

    SourceListModel *m_sources;
    QToolButton *m_button;
    QProgressBar *m_bar;
    QString m_first;
};
