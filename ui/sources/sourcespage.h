#pragma once

#include "store/syncsource.h"
#include "store/synctask.h"
#include "widgets/page.h"

#include <QHash>

struct AppContext;
class ActionsDelegate;
class EmptyState;
class MessageBanner;
class QAction;
class QMenu;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTimer;
class QToolButton;
class SourceDialog;
class SourceListModel;
class SourceType;
class TableView;
class TasksPanel;

// The Sources page: the table of sources (name, type, enabled, last run, actions) with Add (one
// entry per source type), Sync, Cancel, Tasks, Configure and Delete; the tasks panel of the
// source whose Tasks was opened; and, with no source yet, an empty state that offers a sample
// directory or the HTTP API.
class SourcesPage : public Page
{
    Q_OBJECT

public:
    SourcesPage(AppContext *context, SourceListModel *model, QWidget *parent = nullptr);

    void storeOpened() override;
    void refresh() override;
    void focusSearch() override;

    TableView *view() const { return m_view; }
    ActionsDelegate *actionsDelegate() const { return m_actions; }
    TasksPanel *tasksPanel() const { return m_tasks; }
    QMenu *addMenu() const { return m_addMenu; }
    EmptyState *emptyState() const { return m_empty; }
    MessageBanner *banner() const { return m_banner; }
    void setApiOfferVisible(bool visible);

    void sync(const QString &sourceName);
    void cancel(const QString &sourceName);
    void openTasks(const QString &sourceName);
    SourceDialog *openConfigure(const QString &sourceName);
    SourceDialog *openAdd(const QString &typeKey, const QString &presetName = {});
    // Asks for confirmation (non-blocking) and deletes the sources.
    void confirmDelete(const QStringList &sourceNames);
    void showAddMenu();

signals:
    void message(const QString &text, int timeoutMs = 0);
    void taskDetailsRequested(const SyncTask &task);
    void apiSettingsRequested();

private:
    void createActions();
    void rebuildAddMenu();
    void updateState();
    void trigger(const QModelIndex &index, const QString &key);
    QStringList selectedNames() const;
    QString currentName() const;
    void deleteSources(const QStringList &names);
    void removeSecrets(const SyncSource &source);

    AppContext *m_context;
    SourceListModel *m_model;
    TableView *m_view;
    ActionsDelegate *m_actions;
    TasksPanel *m_tasks;
    EmptyState *m_empty;
    MessageBanner *m_banner;
    QStackedWidget *m_stack;
    QSplitter *m_splitter;
    QToolButton *m_addButton;
    QMenu *m_addMenu;
    QPushButton *m_apiOffer = nullptr;
    QAction *m_syncAction;
    QAction *m_cancelAction;
    QAction *m_tasksAction;
    QAction *m_configureAction;
    QAction *m_deleteAction;
    QTimer *m_poll;
    QHash<quint64, QString> m_syncRequests; // request id → source name
    bool m_runnerConnected = false;
};
