#pragma once

#include "store/databaseconfig.h"
#include "store/taskresult.h"
#include "taskresultquery.h"

#include <QAbstractTableModel>
#include <QHash>

// The per-record outcomes of one task attempt for the task details view: filtered by action,
// searched by text, fetched lazily page by page in the background.
class TaskResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Action, DataType, Uid, Resource, Message, ColumnCount };
    static constexpr int PageSize = 500;

    explicit TaskResultModel(QObject *parent = nullptr);

    void setDatabase(const DatabaseConfig &config);
    void setFilter(const TaskResultFilter &filter);
    const TaskResultFilter &filter() const { return m_filter; }
    // Matching rows in the database (-1 while counting) and per action (search applied).
    qint64 totalCount() const { return m_total; }
    QHash<QString, qint64> actionCounts() const { return m_actionCounts; }
    // Outcomes kept only as a number per action (records a re-sync skipped as unchanged): they
    // have no rows to list or search, so they are loaded only when no search text is set.
    QHash<QString, qint64> countedOnly() const { return m_countedOnly; }
    bool isLoading() const { return m_fetching || m_counting; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const TaskResult &result(int row) const { return m_rows.at(row); }
    // Loads the raw source record of a row in the background; answered by recordReady.
    void requestRecord(int row);

signals:
    void countsChanged();
    void loadingChanged();
    void loadFailed(const QString &message);
    // `json` is indented; fromOrigin: the latest stored record rather than the one this task got.
    void recordReady(qint64 resultId, const QString &json, bool fromOrigin);

private:
    void count();

    DatabaseConfig m_database;
    TaskResultFilter m_filter;
    QList<TaskResult> m_rows;
    qint64 m_total = -1;
    QHash<QString, qint64> m_actionCounts;
    QHash<QString, qint64> m_countedOnly;
    bool m_atEnd = true;
    bool m_fetching = false;
    bool m_counting = false;
    quint64 m_generation = 0;
};
