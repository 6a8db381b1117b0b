#include "taskresultmodel.h"

#include "displaytext.h"
#include "modelroles.h"
#include "store/taskresultrepository.h"
#include "storejob.h"

#include <QJsonDocument>

namespace {
struct Counts
{
    qint64 total = 0;
    QHash<QString, qint64> byAction;
    QHash<QString, qint64> countedOnly;
};

struct Record
{
    QByteArray json;
    bool fromOrigin = false;
};
} // namespace

TaskResultModel::TaskResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void TaskResultModel::setDatabase(const DatabaseConfig &config)
{
    m_database = config;
}

void TaskResultModel::setFilter(const TaskResultFilter &filter)
{
    ++m_generation;
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_total = -1;
    m_atEnd = filter.taskId == 0 || !m_database.isValid();
    m_fetching = false;
    m_counting = false;
    endResetModel();
    emit countsChanged();
    if (m_atEnd)
        return;
    count();
    fetchMore({});
}

void TaskResultModel::count()
{
    m_counting = true;
    emit loadingChanged();
    const quint64 generation = m_generation;
    const TaskResultFilter filter = m_filter;
    BackgroundJob::runOnStore<Counts>(
        m_database, this,
        [filter](Connection &db) -> Result<Counts> {
            auto total = TaskResultQuery::count(db, filter);
            if (!total)
                return total.error();
            auto byAction = TaskResultQuery::countsByAction(db, filter);
            if (!byAction)
                return byAction.error();
            Counts counts{*total, *byAction, {}};
            if (filter.search.trimmed().isEmpty()) {
                auto counted =
                    TaskResultRepository(db).countedByAction(filter.taskId, filter.attempt);
                if (!counted)
                    return counted.error();
                counts.countedOnly = *counted;
            }
            return counts;
        },
        [this, generation](Result<Counts> result) {
            if (generation != m_generation)
                return;
            m_counting = false;
            if (!result) {
                emit loadFailed(result.error().message());
            } else {
                m_total = result->total;
                m_actionCounts = result->byAction;
                m_countedOnly = result->countedOnly;
                emit countsChanged();
            }
            emit loadingChanged();
        });
}

bool TaskResultModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void TaskResultModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    m_fetching = true;
    emit loadingChanged();
    const quint64 generation = m_generation;
    const TaskResultFilter filter = m_filter;
    const qint64 after = m_rows.isEmpty() ? 0 : m_rows.constLast().id;
    BackgroundJob::runOnStore<QList<TaskResult>>(
        m_database, this,
        [filter, after](Connection &db) {
            return TaskResultQuery::page(db, filter, after, PageSize);
        },
        [this, generation](Result<QList<TaskResult>> result) {
            if (generation != m_generation)
                return;
            if (!result) {
                m_atEnd = true;
                emit loadFailed(result.error().message());
            } else {
                m_atEnd = result->size() < PageSize;
                if (!result->isEmpty()) {
                    const int first = int(m_rows.size());
                    // Still "fetching" while the rows go in, so that a fetchMore() from a
                    // rowsAboutToBeInserted handler does not ask for the same page again.
                    beginInsertRows({}, first, first + int(result->size()) - 1);
                    m_rows << *result;
                    endInsertRows();
                }
            }
            m_fetching = false;
            emit loadingChanged();
        });
}

void TaskResultModel::requestRecord(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const qint64 id = m_rows.at(row).id;
    BackgroundJob::runOnStore<Record>(
        m_database, this,
        [id](Connection &db) -> Result<Record> {
            Record record;
            auto json = TaskResultQuery::record(db, id, &record.fromOrigin);
            if (!json)
                return json.error();
            // Indenting a big record is work too; it happens here, not on the GUI thread.
            const QJsonDocument document = QJsonDocument::fromJson(*json);
            record.json = document.isNull() ? *json : document.toJson(QJsonDocument::Indented);
            return record;
        },
        [this, id](Result<Record> result) {
            if (!result) {
                emit recordReady(id, result.error().message(), false);
                return;
            }
            emit recordReady(id, QString::fromUtf8(result->json), result->fromOrigin);
        });
}

int TaskResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TaskResult &result = m_rows.at(index.row());
    if (role == ModelRoles::Id)
        return result.id;
    if (role == ModelRoles::Action)
        return RecordActionText::key(result.action);
    switch (index.column()) {
    case Action:
        if (role == Qt::DisplayRole)
            return RecordActionText::title(result.action);
        if (role == ModelRoles::Sort)
            return int(result.action);
        break;
    case DataType:
        if (role == Qt::DisplayRole || role == ModelRoles::Sort)
            return result.dataType == QLatin1String("user")      ? tr("User")
                : result.dataType == QLatin1String("department") ? tr("Department")
                                                                 : result.dataType;
        break;
    case Uid:
        if (role == Qt::DisplayRole || role == ModelRoles::Sort || role == Qt::ToolTipRole)
            return result.uid;
        break;
    case Resource:
        if (role == Qt::DisplayRole || role == ModelRoles::Sort)
            return DisplayText::resourceTitle(result.resource);
        break;
    case Message:
        if (role == Qt::DisplayRole || role == ModelRoles::Sort)
            return result.message.simplified();
        if (role == Qt::ToolTipRole && !result.message.isEmpty())
            return QStringLiteral("<p>%1</p>").arg(result.message.toHtmlEscaped());
        break;
    default:
        break;
    }
    return {};
}

QVariant TaskResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Action:
        return tr("Action");
    case DataType:
        return tr("Record");
    case Uid:
        return tr("UID");
    case Resource:
        return tr("Resource");
    case Message:
        return tr("Message");
    default:
        return {};
    }
}
