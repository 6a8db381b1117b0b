#pragma once

#include "store/synctask.h"

#include <QWidget>

struct AppContext;
class ActionsDelegate;
class MessageBanner;
class QLabel;
class QSplitter;
class QToolButton;
class TableView;
class TaskChart;
class TaskListModel;

// The tasks of one source, newest first, with Retry, Cancel and Details, the full message of
// the selected task, and a chart of the last runs. Follows the TaskRunner live; a timer picks
// up runs of other processes while the panel is shown.
class TasksPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TasksPanel(AppContext *context, QWidget *parent = nullptr);

    void storeOpened();
    void showSource(qint64 sourceId, const QString &sourceName);
    qint64 sourceId() const;
    TaskListModel *model() const { return m_model; }
    TableView *view() const { return m_view; }
    ActionsDelegate *actionsDelegate() const { return m_actions; }
    TaskChart *chart() const { return m_chart; }
    void refresh();
    void retry(const QString &batch);
    void cancel(const QString &batch);

signals:
    void closeRequested();
    void detailsRequested(const SyncTask &task);
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateButtons();
    void trigger(const QModelIndex &index, const QString &key);
    SyncTask currentTask(bool *ok) const;

    AppContext *m_context;
    TaskListModel *m_model;
    TableView *m_view;
    ActionsDelegate *m_actions;
    TaskChart *m_chart;
    MessageBanner *m_banner;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_message;
    QToolButton *m_retry;
    QToolButton *m_cancel;
    QToolButton *m_details;
    QTimer *m_poll;
};
