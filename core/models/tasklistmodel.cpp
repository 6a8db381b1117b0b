#include "tasklistmodel.h"

#include "displaytext.h"
#include "modelroles.h"
#include "store/taskrepository.h"
#include "storejob.h"
#include "sync/taskrunner.h"

namespace {
bool isNewer(const SyncTask &candidate, const SyncTask &current)
{
    if (candidate.attempt != current.attempt)
        return candidate.attempt > current.attempt;
    return TaskStatusText::isFinished(candidate.status)
        || !TaskStatusText::isFinished(current.status);
}

struct Page
{
    QList<SyncTask> tasks;
    qint64 total = 0;
};
} // namespace

TaskListModel::TaskListModel(QObject *parent)
    : KeyedTableModel(parent)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, [this]() {
        for (int r = 0; r < m_rows.size(); ++r) {
            if (!TaskStatusText::isFinished(m_rows.at(r).status))
                emit dataChanged(index(r, Duration), index(r, Duration));
        }
    });
}

void TaskListModel::setDatabase(const DatabaseConfig &config)
{
    m_database = config;
}

void TaskListModel::setRunner(TaskRunner *runner)
{
    if (m_runner)
        disconnect(m_runner, nullptr, this, nullptr);
    m_runner = runner;
    if (!runner)
        return;
    connect(runner, &TaskRunner::started, this,
            [this](quint64, const SyncTask &task) { onStarted(task); });
    connect(runner, &TaskRunner::progress, this,
            [this](quint64, const TaskProgress &progress) { onProgress(progress); });
    connect(runner, &TaskRunner::finished, this,
            [this](quint64, const SyncTask &task, const QJsonObject &) { onFinished(task); });
}

void TaskListModel::setSource(qint64 sourceId, const QString &sourceName)
{
    if (sourceId == m_sourceId && m_loaded) {
        reload();
        return;
    }
    ++m_generation; // whatever is on its way belongs to the previous source
    beginResetModel();
    m_sourceId = sourceId;
    m_sourceName = sourceName;
    m_rows.clear();
    m_total = 0;
    m_loaded = false;
    m_loading = false;
    m_fetching = false;
    m_reloadAgain = false;
    endResetModel();
    updateTicker();
    reload();
}

void TaskListModel::reload()
{
    if (!m_database.isValid() || m_sourceId == 0)
        return;
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    const quint64 generation = ++m_generation;
    const qint64 sourceId = m_sourceId;
    const int limit = int(qMax<qsizetype>(PageSize, m_rows.size()));
    BackgroundJob::runOnStore<Page>(
        m_database, this,
        [sourceId, limit](Connection &db) -> Result<Page> {
            TaskRepository tasks(db);
            auto list = tasks.listForSource(sourceId, limit);
            if (!list)
                return list.error();
            auto total = tasks.countForSource(sourceId);
            if (!total)
                return total.error();
            return Page{*list, *total};
        },
        [this, generation](Result<Page> result) {
            m_loading = false;
            if (generation == m_generation) {
                if (!result) {
                    emit loadFailed(result.error().message());
                } else {
                    apply(result->tasks, result->total);
                    m_loaded = true;
                    emit loaded();
                }
            }
            if (m_reloadAgain) {
                m_reloadAgain = false;
                reload();
            }
        });
}

void TaskListModel::apply(const QList<SyncTask> &freshList, qint64 total)
{
    QList<SyncTask> fresh = freshList;
    for (SyncTask &task : fresh) {
        const int existing = rowOfTask(task.id);
        if (existing >= 0 && !isNewer(task, m_rows.at(existing)))
            task = m_rows.at(existing); // the live state is the later one
    }
    m_total = total;
    replaceRows(m_rows, fresh, [](const SyncTask &task) { return task.id; });
    updateTicker();
}

bool TaskListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loaded && m_rows.size() < m_total;
}

void TaskListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_fetching || !canFetchMore(parent))
        return;
    m_fetching = true;
    const quint64 generation = m_generation;
    const qint64 sourceId = m_sourceId;
    const int offset = int(m_rows.size());
    BackgroundJob::runOnStore<QList<SyncTask>>(
        m_database, this,
        [sourceId, offset](Connection &db) {
            return TaskRepository(db).listForSource(sourceId, PageSize, offset);
        },
        [this, generation](Result<QList<SyncTask>> result) {
            if (generation != m_generation || !result || result->isEmpty()) {
                m_fetching = false;
                return;
            }
            QList<SyncTask> older;
            for (const SyncTask &task : std::as_const(*result)) {
                if (rowOfTask(task.id) < 0)
                    older << task;
            }
            if (!older.isEmpty()) {
                const int first = int(m_rows.size());
                beginInsertRows({}, first, first + int(older.size()) - 1);
                m_rows << older;
                endInsertRows();
            }
            m_fetching = false; // only now: fetchMore() from a rows signal must not double a page
        });
}

void TaskListModel::onStarted(const SyncTask &task)
{
    if (task.sourceId != m_sourceId || !m_loaded)
        return;
    TaskProgress progress;
    progress.taskId = task.id;
    progress.batch = task.batch;
    m_live.insert(task.id, progress);
    const int existing = rowOfTask(task.id);
    if (existing >= 0) { // a retry: same task, next attempt
        m_rows[existing] = task;
        emitRowChanged(existing);
    } else {
        beginInsertRows({}, 0, 0);
        m_rows.prepend(task);
        ++m_total;
        endInsertRows();
    }
    updateTicker();
}

void TaskListModel::onProgress(const TaskProgress &progress)
{
    const int r = rowOfTask(progress.taskId);
    if (r < 0)
        return;
    m_live.insert(progress.taskId, progress);
    m_rows[r].recordsDone = progress.recordsDone;
    m_rows[r].phase = progress.phase;
    emit dataChanged(index(r, Status), index(r, Message));
}

void TaskListModel::onFinished(const SyncTask &task)
{
    m_live.remove(task.id);
    const int r = rowOfTask(task.id);
    if (r < 0) {
        if (task.sourceId == m_sourceId)
            reload();
        return;
    }
    m_rows[r] = task;
    emitRowChanged(r);
    updateTicker();
}

void TaskListModel::updateTicker()
{
    bool running = false;
    for (const SyncTask &task : std::as_const(m_rows))
        running = running || !TaskStatusText::isFinished(task.status);
    if (running && !m_ticker.isActive())
        m_ticker.start();
    else if (!running)
        m_ticker.stop();
}

void TaskListModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int TaskListModel::rowOfBatch(const QString &batch) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).batch == batch)
            return i;
    }
    return -1;
}

int TaskListModel::rowOfTask(qint64 taskId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == taskId)
            return i;
    }
    return -1;
}

QStringList TaskListModel::actionsFor(const SyncTask &task)
{
    QStringList actions{QStringLiteral("details")};
    if (TaskStatusText::isRetryable(task.status))
        actions << QStringLiteral("retry");
    else if (!TaskStatusText::isFinished(task.status))
        actions << QStringLiteral("cancel");
    return actions;
}

int TaskListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskListModel::countCell(const SyncTask &task, const QString &action, int role) const
{
    const bool known = !task.counts.isEmpty();
    const qint64 count = DisplayText::countOf(task.counts, action);
    switch (role) {
    case Qt::DisplayRole:
        return known ? DisplayText::number(count) : QString();
    case ModelRoles::Sort:
        return count;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return known ? DisplayText::countsDetail(task.counts) : QVariant();
    default:
        return {};
    }
}

QVariant TaskListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncTask &task = m_rows.at(index.row());
    if (role == ModelRoles::Id)
        return task.id;
    if (role == ModelRoles::Actions)
        return actionsFor(task);
    if (role == ModelRoles::Status)
        return TaskStatusText::key(task.status);
    if (role == ModelRoles::Running)
        return !TaskStatusText::isFinished(task.status);
    switch (index.column()) {
    case Batch:
        if (role == Qt::DisplayRole || role == ModelRoles::Sort)
            return task.batch;
        if (role == Qt::ToolTipRole)
            return tr("Batch %1 (task #%2)").arg(task.batch).arg(task.id);
        break;
    case Status:
        if (role == Qt::DisplayRole)
            return TaskStatusText::title(task.status);
        if (role == ModelRoles::Sort)
            return int(task.status);
        if (role == ModelRoles::RecordsDone)
            return task.recordsDone;
        if (role == ModelRoles::RecordsExpected)
            return m_live.value(task.id).recordsExpected;
        break;
    case Message: {
        QString text = task.message;
        if (!TaskStatusText::isFinished(task.status)) {
            const TaskProgress live = m_live.value(task.id);
            text = live.recordsExpected > 0
                ? tr("%1 of %2 records · %3")
                      .arg(DisplayText::number(task.recordsDone),
                           DisplayText::number(live.recordsExpected),
                           DisplayText::rate(live.recordsPerSecond))
                : tr("%1 records so far").arg(DisplayText::number(task.recordsDone));
        }
        if (role == Qt::DisplayRole)
            return text.simplified();
        if (role == ModelRoles::Sort)
            return text;
        if (role == Qt::ToolTipRole && !text.isEmpty())
            // Rich text so that the tooltip wraps a long message instead of running off-screen.
            return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
        break;
    }
    case Created:
        return countCell(task, QStringLiteral("created"), role);
    case Updated:
        return countCell(task, QStringLiteral("updated"), role);
    case Deleted:
        return countCell(task, QStringLiteral("deleted"), role);
    case Failed:
        return countCell(task, QStringLiteral("failed"), role);
    case Duration: {
        qint64 ms = task.costMs;
        if (!TaskStatusText::isFinished(task.status) && task.startedAt.isValid())
            ms = task.startedAt.msecsTo(QDateTime::currentDateTimeUtc());
        if (role == Qt::DisplayRole)
            return DisplayText::duration(ms);
        if (role == ModelRoles::Sort)
            return ms;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    case StartedAt: {
        const QDateTime when = task.startedAt.isValid() ? task.startedAt : task.createdAt;
        if (role == Qt::DisplayRole)
            return DisplayText::dateTime(when);
        if (role == ModelRoles::Sort)
            return when;
        if (role == Qt::ToolTipRole)
            return task.finishedAt.isValid()
                ? tr("Finished %1").arg(DisplayText::dateTime(task.finishedAt))
                : QVariant();
        break;
    }
    case Attempt:
        if (role == Qt::DisplayRole || role == ModelRoles::Sort)
            return task.attempt;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant TaskListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section >= Created && section <= Attempt
        && section != StartedAt)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Batch:
        return tr("Batch");
    case Status:
        return tr("Status");
    case Message:
        return tr("Message");
    case Created:
        return tr("Created");
    case Updated:
        return tr("Updated");
    case Deleted:
        return tr("Deleted");
    case Failed:
        return tr("Failed");
    case Duration:
        return tr("Duration");
    case StartedAt:
        return tr("Started at");
    case Attempt:
        return tr("Attempt");
    case Actions:
        return tr("Actions");
    default:
        return {};
    }
}
