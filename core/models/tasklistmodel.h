#pragma once

#include "keyedtablemodel.h"
#include "store/databaseconfig.h"
#include "store/synctask.h"
#include "sync/taskprogress.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

class TaskRunner;

// The tasks of one source, newest first, for the Tasks panel. Loads pages in the background
// (fetchMore for older ones), follows the TaskRunner live and merges reload() results without
// losing the selection.
class TaskListModel : public KeyedTableModel
{
    Q_OBJECT

public:
    enum Column {
        Batch,
        Status,
        Message,
        Created,
        Updated,
        Deleted,
        Failed,
        Duration,
        StartedAt,
        Attempt,
        Actions,
        ColumnCount
    };
    static constexpr int PageSize = 50;

    explicit TaskListModel(QObject *parent = nullptr);

    void setDatabase(const DatabaseConfig &config);
    void setRunner(TaskRunner *runner);
    // Shows the tasks of this source (0: none) and loads them.
    void setSource(qint64 sourceId, const QString &sourceName);
    qint64 sourceId() const { return m_sourceId; }
    QString sourceName() const { return m_sourceName; }
    void reload();
    bool isLoaded() const { return m_loaded; }
    qint64 totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const SyncTask &task(int row) const { return m_rows.at(row); }
    int rowOfBatch(const QString &batch) const;
    int rowOfTask(qint64 taskId) const;
    bool isOwnRunning(qint64 taskId) const { return m_live.contains(taskId); }
    // Action keys for a row: details, retry (failed/partial/cancelled), cancel (running).
    static QStringList actionsFor(const SyncTask &task);

signals:
    void loaded();
    void loadFailed(const QString &message);

private:
    void apply(const QList<SyncTask> &fresh, qint64 total);
    void onStarted(const SyncTask &task);
    void onProgress(const TaskProgress &progress);
    void onFinished(const SyncTask &task);
    void updateTicker();
    void emitRowChanged(int row);
    QVariant countCell(const SyncTask &task, const QString &action, int role) const;

    DatabaseConfig m_database;
    QPointer<TaskRunner> m_runner;
    qint64 m_sourceId = 0;
    QString m_sourceName;
    QList<SyncTask> m_rows;
    QHash<qint64, TaskProgress> m_live; // running tasks of this process, by task id
    qint64 m_total = 0;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_fetching = false;
    bool m_reloadAgain = false;
    quint64 m_generation = 0;
    QTimer m_ticker; // refreshes the duration of running tasks
};
