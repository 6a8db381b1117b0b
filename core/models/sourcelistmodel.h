#pragma once

#include "keyedtablemodel.h"
#include "store/databaseconfig.h"
#include "store/syncsource.h"
#include "store/synctask.h"
#include "sync/taskprogress.h"

#include <QPointer>

class SourceRegistry;
class TaskRunner;

// The configured sources with their last task, for the Sources page. Loads in the background;
// follows the TaskRunner live (a running task's progress, its end) and picks up tasks of other
// processes (CLI, HTTP API, another workstation) on reload().
class SourceListModel : public KeyedTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Type, Enabled, LastRun, Actions, ColumnCount };

    struct Row
    {
        SyncSource source;
        SyncTask lastTask; // id 0: never ran
        QString typeTitle;
        bool typeKnown = false;
        bool canPull = false;
        bool running = false; // lastTask is init/processing
        bool ownTask = false; // ...run by this process's TaskRunner (live progress)
        TaskProgress progress;
    };

    explicit SourceListModel(const SourceRegistry *types, QObject *parent = nullptr);

    void setDatabase(const DatabaseConfig &config);
    void setRunner(TaskRunner *runner);
    // Reloads in the background; rows that stay keep their selection.
    void reload();
    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Row &row(int row) const { return m_rows.at(row); }
    int rowOfSource(qint64 sourceId) const;
    int rowOfName(const QString &name) const;
    QList<Row> runningRows() const;
    // Action keys offered for a row: sync, cancel, tasks, configure, delete.
    static QStringList actionsFor(const Row &row);

signals:
    void loaded();
    void loadFailed(const QString &message);
    // A task started, progressed or ended (here or, after a reload, elsewhere).
    void runningChanged();

private:
    void apply(QList<Row> fresh);
    void onStarted(const SyncTask &task);
    void onProgress(const TaskProgress &progress);
    void onFinished(const SyncTask &task);
    void emitRowChanged(int row);
    QString lastRunText(const Row &row) const;

    const SourceRegistry *m_types;
    DatabaseConfig m_database;
    QPointer<TaskRunner> m_runner;
    QList<Row> m_rows;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_reloadAgain = false;
    quint64 m_generation = 0;
};
