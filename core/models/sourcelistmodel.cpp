#include "sourcelistmodel.h"

#include "displaytext.h"
#include "modelroles.h"
#include "store/sourcerepository.h"
#include "store/taskrepository.h"
#include "storejob.h"
#include "sync/sourceregistry.h"
#include "sync/sourcetype.h"
#include "sync/taskrunner.h"

namespace {
// Of two states of the same task, the later one: a higher attempt, else finished over running.
bool isNewer(const SyncTask &candidate, const SyncTask &current)
{
    if (candidate.id != current.id)
        return candidate.id > current.id;
    if (candidate.attempt != current.attempt)
        return candidate.attempt > current.attempt;
    return TaskStatusText::isFinished(candidate.status)
        || !TaskStatusText::isFinished(current.status);
}
} // namespace

SourceListModel::SourceListModel(const SourceRegistry *types, QObject *parent)
    : KeyedTableModel(parent)
    , m_types(types)
{ }

void SourceListModel::setDatabase(const DatabaseConfig &config)
{
    m_database = config;
}

void SourceListModel::setRunner(TaskRunner *runner)
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

void SourceListModel::reload()
{
    if (!m_database.isValid())
        return;
    if (m_loading) {
        m_reloadAgain = true; // one more after this one, so no change is missed
        return;
    }
    m_loading = true;
    const quint64 generation = ++m_generation;
    struct Loaded
    {
        QList<SyncSource> sources;
        QList<SyncTask> lastTasks;
    };
    BackgroundJob::runOnStore<Loaded>(
        m_database, this,
        [](Connection &db) -> Result<Loaded> {
            auto sources = SourceRepository(db).list();
            if (!sources)
                return sources.error();
            Loaded loaded;
            loaded.sources = *sources;
            TaskRepository tasks(db);
            for (const SyncSource &source : std::as_const(loaded.sources)) {
                auto last = tasks.listForSource(source.id, 1);
                if (!last)
                    return last.error();
                loaded.lastTasks << (last->isEmpty() ? SyncTask() : last->constFirst());
            }
            return loaded;
        },
        [this, generation](Result<Loaded> result) {
            m_loading = false;
            if (generation == m_generation) {
                if (!result) {
                    emit loadFailed(result.error().message());
                } else {
                    QList<Row> fresh;
                    for (int i = 0; i < result->sources.size(); ++i) {
                        Row row;
                        row.source = result->sources.at(i);
                        row.lastTask = result->lastTasks.at(i);
                        const SourceType *type =
                            m_types ? m_types->find(row.source.sourceType) : nullptr;
                        row.typeKnown = type != nullptr;
                        row.typeTitle = type ? type->title() : row.source.sourceType;
                        row.canPull = type && type->canPull();
                        row.running = row.lastTask.id != 0
                            && !TaskStatusText::isFinished(row.lastTask.status);
                        fresh << row;
                    }
                    apply(std::move(fresh));
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

void SourceListModel::apply(QList<Row> fresh)
{
    // Live state of this process's tasks is fresher than what the database said a moment ago.
    for (Row &row : fresh) {
        const int existing = rowOfSource(row.source.id);
        if (existing < 0)
            continue;
        const Row &old = m_rows.at(existing);
        if (old.lastTask.id && !isNewer(row.lastTask, old.lastTask)) {
            row.lastTask = old.lastTask;
            row.running = old.running;
        }
        if (old.ownTask && row.running && row.lastTask.id == old.lastTask.id) {
            row.ownTask = true;
            row.progress = old.progress;
        }
    }
    const bool wasRunning = !runningRows().isEmpty();
    replaceRows(m_rows, fresh, [](const Row &row) { return row.source.id; });
    if (wasRunning || !runningRows().isEmpty())
        emit runningChanged();
}

void SourceListModel::onStarted(const SyncTask &task)
{
    const int r = rowOfSource(task.sourceId);
    if (r < 0) {
        reload(); // a push created its source just now
        return;
    }
    Row &row = m_rows[r];
    row.lastTask = task;
    row.running = true;
    row.ownTask = true;
    row.progress = TaskProgress();
    row.progress.taskId = task.id;
    row.progress.batch = task.batch;
    row.progress.sourceName = row.source.name;
    emitRowChanged(r);
    emit runningChanged();
}

void SourceListModel::onProgress(const TaskProgress &progress)
{
    const int r = rowOfName(progress.sourceName);
    if (r < 0 || m_rows.at(r).lastTask.id != progress.taskId)
        return;
    Row &row = m_rows[r];
    row.progress = progress;
    row.lastTask.recordsDone = progress.recordsDone;
    row.lastTask.phase = progress.phase;
    emit dataChanged(index(r, LastRun), index(r, LastRun));
    emit runningChanged();
}

void SourceListModel::onFinished(const SyncTask &task)
{
    const int r = rowOfSource(task.sourceId);
    if (r < 0)
        return;
    Row &row = m_rows[r];
    if (!isNewer(task, row.lastTask) && row.lastTask.id == task.id
        && TaskStatusText::isFinished(row.lastTask.status))
        return;
    row.lastTask = task;
    row.running = false;
    row.ownTask = false;
    emitRowChanged(r);
    emit runningChanged();
}

void SourceListModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int SourceListModel::rowOfSource(qint64 sourceId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).source.id == sourceId)
            return i;
    }
    return -1;
}

int SourceListModel::rowOfName(const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).source.name == name)
            return i;
    }
    return -1;
}

QList<SourceListModel::Row> SourceListModel::runningRows() const
{
    QList<Row> running;
    for (const Row &row : m_rows) {
        if (row.running)
            running << row;
    }
    return running;
}

QStringList SourceListModel::actionsFor(const Row &row)
{
    QStringList actions;
    if (row.source.enabled) {
        if (row.running)
            actions << QStringLiteral("cancel");
        else if (row.canPull)
            actions << QStringLiteral("sync");
        actions << QStringLiteral("tasks");
    }
    actions << QStringLiteral("configure") << QStringLiteral("delete");
    return actions;
}

int SourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SourceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SourceListModel::lastRunText(const Row &row) const
{
    const SyncTask &task = row.lastTask;
    if (!task.id)
        return tr("Never synced");
    if (row.running) {
        if (row.progress.recordsExpected > 0)
            return tr("%1 of %2 records · %3")
                .arg(DisplayText::number(task.recordsDone),
                     DisplayText::number(row.progress.recordsExpected),
                     DisplayText::rate(row.progress.recordsPerSecond));
        return tr("%1 records").arg(DisplayText::number(task.recordsDone));
    }
    const QDateTime when = task.finishedAt.isValid() ? task.finishedAt : task.createdAt;
    const QString counts = DisplayText::countsShort(task.counts);
    return counts.isEmpty() ? DisplayText::relativeTime(when)
                            : tr("%1 · %2").arg(DisplayText::relativeTime(when), counts);
}

QVariant SourceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const SyncSource &source = row.source;
    if (role == ModelRoles::Id)
        return source.id;
    if (role == ModelRoles::Actions)
        return actionsFor(row);
    if (role == ModelRoles::Running)
        return row.running;
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole || role == ModelRoles::Sort)
            return source.name;
        if (role == Qt::ToolTipRole)
            return source.displayName.isEmpty()
                ? source.name
                : tr("%1 (%2)").arg(source.displayName, source.name);
        break;
    case Type:
        if (role == Qt::DisplayRole || role == ModelRoles::Sort)
            return row.typeTitle;
        if (role == Qt::ToolTipRole)
            return row.typeKnown ? tr("Type key: %1").arg(source.sourceType)
                                 : tr("The type “%1” is not known to this UserSync: is the plugin "
                                      "that provides it installed?")
                                       .arg(source.sourceType);
        break;
    case Enabled:
        if (role == Qt::CheckStateRole)
            return source.enabled ? Qt::Checked : Qt::Unchecked;
        if (role == ModelRoles::Sort)
            return source.enabled;
        if (role == Qt::ToolTipRole)
            return source.enabled ? tr("Enabled: Sync and Tasks are offered")
                                  : tr("Disabled: enable it in Configure to sync");
        if (role == Qt::AccessibleTextRole)
            return source.enabled ? tr("Enabled") : tr("Disabled");
        break;
    case LastRun: {
        const SyncTask &task = row.lastTask;
        switch (role) {
        case Qt::DisplayRole:
            return task.id
                ? TaskStatusText::title(task.status) + QStringLiteral(" · ") + lastRunText(row)
                : lastRunText(row);
        case ModelRoles::Status:
            return task.id ? TaskStatusText::key(task.status) : QString();
        case ModelRoles::Detail:
            return lastRunText(row);
        case ModelRoles::RecordsDone:
            return task.recordsDone;
        case ModelRoles::RecordsExpected:
            return row.running ? row.progress.recordsExpected : qint64(-1);
        case ModelRoles::RecordsPerSecond:
            return row.progress.recordsPerSecond;
        case ModelRoles::Sort:
            return task.createdAt;
        case Qt::ToolTipRole:
            if (!task.id)
                return tr("This source has not been synced yet.");
            return tr("Batch %1, %2\nStarted %3\n%4")
                .arg(task.batch, TaskStatusText::title(task.status),
                     DisplayText::dateTime(task.startedAt.isValid() ? task.startedAt
                                                                    : task.createdAt),
                     task.message.isEmpty() ? DisplayText::countsDetail(task.counts)
                                            : task.message);
        default:
            break;
        }
        break;
    }
    case Actions:
        break;
    default:
        break;
    }
    return {};
}

QVariant SourceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Enabled:
        return tr("Enabled");
    case LastRun:
        return tr("Last run");
    case Actions:
        return tr("Actions");
    default:
        return {};
    }
}
