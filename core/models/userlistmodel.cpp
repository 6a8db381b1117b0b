#include "userlistmodel.h"

#include "modelroles.h"
#include "storejob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace {
constexpr int MaxWanted = 24; // older requests are for rows scrolled past long ago

QString customText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}
} // namespace

UserListModel::UserListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void UserListModel::setDatabase(const DatabaseConfig &config)
{
    m_database = config;
    m_index.reset();
    m_matchIds.reset();
    ++m_indexDatabase;
    m_indexBuilding = false;
}

void UserListModel::setSearch(const QString &search)
{
    if (search == m_search && m_loadedOnce)
        return;
    m_search = search;
    ++m_epoch;
    startCount(true);
}

void UserListModel::sort(int column, Qt::SortOrder order)
{
    UserQuery::Order byColumn = UserQuery::Order::Id;
    switch (column) {
    case Name:
        byColumn = UserQuery::Order::Nickname;
        break;
    case Username:
        byColumn = UserQuery::Order::Username;
        break;
    case Email:
        byColumn = UserQuery::Order::Email;
        break;
    case Phone:
        byColumn = UserQuery::Order::Phone;
        break;
    default:
        break; // other columns are not sortable in the database: keep the id order
    }
    const bool descending = order == Qt::DescendingOrder;
    if (byColumn == m_order && descending == m_descending)
        return;
    m_order = byColumn;
    m_descending = descending;
    ++m_epoch;
    startCount(true);
}

void UserListModel::reload()
{
    startCount(false);
}

void UserListModel::startCount(bool reset)
{
    if (!m_database.isValid())
        return;
    m_resetPending = m_resetPending || reset;
    if (m_counting) {
        m_countAgain = true;
        return;
    }
    m_counting = true;
    const bool resetNow = m_resetPending;
    m_resetPending = false;
    const quint64 epoch = m_epoch;
    const QString search = m_search;
    const UserQuery::Order order = m_order;
    const bool descending = m_descending;
    BackgroundJob::runOnStore<Fresh>(
        m_database, this,
        [search, order, descending, index = m_index](Connection &db) -> Result<Fresh> {
            Fresh fresh;
            if (index && UserSearchIndex::canAnswer(search)) {
                auto now = UserSearchIndex::stamp(db);
                if (!now)
                    return now.error();
                if (*now == index->builtFrom() && now->running == 0) {
                    auto ids = index->matches(db, search, order, descending);
                    if (ids) {
                        auto first = UserQuery::byIds(db, ids->mid(0, PageSize));
                        if (!first)
                            return first.error();
                        fresh.count = ids->size();
                        fresh.firstPage = *first;
                        fresh.ids = std::make_shared<const QList<qint64>>(std::move(*ids));
                        return fresh;
                    }
                    if (ids.error().kind() != StoreError::Kind::Conflict)
                        return ids.error();
                }
                // Changed by a task since: the database answers until the index is rebuilt,
                // which waits while a task runs (it would be out of date at once).
                fresh.indexStale = now->running == 0;
            }
            auto count = UserQuery::count(db, search);
            if (!count)
                return count.error();
            auto first = UserQuery::page(db, search, order, descending, PageSize, 0);
            if (!first)
                return first.error();
            fresh.count = *count;
            fresh.firstPage = *first;
            return fresh;
        },
        [this, epoch, resetNow, search](Result<Fresh> result) {
            m_counting = false;
            if (!result) {
                emit loadFailed(result.error().message());
            } else {
                if (epoch == m_epoch)
                    applyCount(*result, resetNow);
                maybeBuildIndex(*result, !search.trimmed().isEmpty());
            }
            if (m_countAgain || epoch != m_epoch) {
                m_countAgain = false;
                startCount(epoch != m_epoch);
            }
        });
}

void UserListModel::maybeBuildIndex(const Fresh &fresh, bool searched)
{
    if (m_indexBuilding)
        return;
    const bool wanted = m_index ? fresh.indexStale : (searched || fresh.count >= m_indexThreshold);
    if (!wanted)
        return;
    m_indexBuilding = true;
    const quint64 database = m_indexDatabase;
    BackgroundJob::runOnStore<std::shared_ptr<const UserSearchIndex>>(
        m_database, this, [](Connection &db) { return UserSearchIndex::build(db); },
        [this, database](Result<std::shared_ptr<const UserSearchIndex>> built) {
            if (database != m_indexDatabase)
                return; // built from the store that was open before
            m_indexBuilding = false;
            if (!built) {
                // Searches keep working through the database; a conflict (users changed while
                // read) is retried at the next search.
                if (built.error().kind() != StoreError::Kind::Conflict)
                    qWarning("The users search index could not be built: %s",
                             qPrintable(built.error().message()));
                return;
            }
            m_index = *built;
            emit searchIndexReady();
        });
}

void UserListModel::applyCount(const Fresh &fresh, bool reset)
{
    const qint64 count = fresh.count;
    const QList<DirectoryReader::UserEntry> &firstPage = fresh.firstPage;
    ++m_generation;
    m_matchIds = fresh.ids;
    const int newCount = int(qMin<qint64>(count, std::numeric_limits<int>::max()));
    if (reset || !m_loadedOnce) {
        beginResetModel();
        m_pages.clear();
        m_wanted.clear();
        m_count = newCount;
        storePage(0, m_generation, firstPage);
        endResetModel();
    } else {
        const int oldCount = int(m_count);
        if (newCount > oldCount) {
            beginInsertRows({}, oldCount, newCount - 1);
            m_count = newCount;
            endInsertRows();
        } else if (newCount < oldCount) {
            beginRemoveRows({}, newCount, oldCount - 1);
            m_count = newCount;
            // Pages past the end are gone; the last one may be short now.
            for (auto it = m_pages.begin(); it != m_pages.end();) {
                if (qint64(it.key()) * PageSize >= newCount)
                    it = m_pages.erase(it);
                else
                    ++it;
            }
            endRemoveRows();
        }
        storePage(0, m_generation, firstPage);
        if (m_count > 0)
            emit dataChanged(index(0, 0), index(int(m_count) - 1, columnCount() - 1));
    }
    m_loadedOnce = true;
    emit countChanged();
}

void UserListModel::requestPage(int page) const
{
    if (m_inFlight.contains(page))
        return;
    m_wanted.removeOne(page);
    m_wanted.append(page);
    while (m_wanted.size() > MaxWanted)
        m_wanted.removeFirst();
    if (!m_pumpQueued) {
        m_pumpQueued = true;
        // Never start work from inside data(): the view is painting.
        QTimer::singleShot(0, const_cast<UserListModel *>(this), &UserListModel::pump);
    }
}

void UserListModel::pump()
{
    m_pumpQueued = false;
    while (m_inFlight.size() < MaxInFlight && !m_wanted.isEmpty()) {
        const int page = m_wanted.takeLast();
        const auto cached = m_pages.constFind(page);
        if (cached != m_pages.constEnd() && cached->generation == m_generation)
            continue;
        if (qint64(page) * PageSize >= m_count)
            continue;
        m_inFlight.insert(page);
        const quint64 epoch = m_epoch;
        const quint64 generation = m_generation;
        const QString search = m_search;
        const UserQuery::Order order = m_order;
        const bool descending = m_descending;
        BackgroundJob::runOnStore<QList<DirectoryReader::UserEntry>>(
            m_database, this,
            [search, order, descending, page, ids = m_matchIds](Connection &db) {
                if (ids) // the pages of a search the index answered
                    return UserQuery::byIds(db, ids->mid(qsizetype(page) * PageSize, PageSize));
                return UserQuery::page(db, search, order, descending, PageSize, page * PageSize);
            },
            [this, page, epoch, generation](Result<QList<DirectoryReader::UserEntry>> result) {
                m_inFlight.remove(page);
                if (!result) {
                    emit loadFailed(result.error().message());
                } else if (epoch == m_epoch) {
                    storePage(page, generation, *result);
                    const int first = page * PageSize;
                    const int last = int(qMin<qint64>(m_count, qint64(first) + PageSize)) - 1;
                    if (last >= first)
                        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
                    emit pageLoaded(page);
                }
                pump();
            });
    }
}

void UserListModel::storePage(int page, quint64 generation,
                              const QList<DirectoryReader::UserEntry> &rows)
{
    Page &stored = m_pages[page];
    if (stored.generation > generation)
        return; // a fresher copy arrived first
    stored.rows = rows;
    stored.generation = generation;
    stored.lastUse = ++m_useCounter;
    const qsizetype before = m_customKeys.size();
    for (const DirectoryReader::UserEntry &entry : rows) {
        for (auto it = entry.user.custom.constBegin(); it != entry.user.custom.constEnd(); ++it)
            m_customKeys.insert(it.key());
    }
    if (m_customKeys.size() != before)
        emit customKeysChanged();
    evict();
}

void UserListModel::evict()
{
    while (m_pages.size() > MaxCachedPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
}

QStringList UserListModel::knownCustomKeys() const
{
    QStringList keys(m_customKeys.cbegin(), m_customKeys.cend());
    std::sort(keys.begin(), keys.end());
    return keys;
}

void UserListModel::setCustomColumns(const QStringList &keys)
{
    if (keys == m_customColumns)
        return;
    if (!m_customColumns.isEmpty()) {
        beginRemoveColumns({}, FixedColumnCount,
                           FixedColumnCount + int(m_customColumns.size()) - 1);
        m_customColumns.clear();
        endRemoveColumns();
    }
    if (!keys.isEmpty()) {
        beginInsertColumns({}, FixedColumnCount, FixedColumnCount + int(keys.size()) - 1);
        m_customColumns = keys;
        endInsertColumns();
    }
}

bool UserListModel::isRowLoaded(int row) const
{
    return entry(row) != nullptr;
}

const DirectoryReader::UserEntry *UserListModel::entry(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const auto found = m_pages.constFind(row / PageSize);
    if (found == m_pages.constEnd() || row % PageSize >= found->rows.size())
        return nullptr;
    return &found->rows.at(row % PageSize);
}

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_count);
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FixedColumnCount + int(m_customColumns.size());
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int pageNumber = index.row() / PageSize;
    auto found = m_pages.find(pageNumber);
    const bool present = found != m_pages.end() && index.row() % PageSize < found->rows.size();
    if (role == Qt::DisplayRole || role == ModelRoles::Loading) {
        if (!present || found->generation != m_generation)
            requestPage(pageNumber);
        if (present)
            found->lastUse = ++m_useCounter;
    }
    if (role == ModelRoles::Loading)
        return !present;
    if (!present) {
        if (role == Qt::DisplayRole && index.column() == Name)
            return tr("Loading…");
        return {};
    }
    const DirectoryReader::UserEntry &entry = found->rows.at(index.row() % PageSize);
    if (role == ModelRoles::Id)
        return entry.user.id;
    if (index.column() < FixedColumnCount)
        return fixedCell(entry, index.column(), role);
    const QString key = m_customColumns.value(index.column() - FixedColumnCount);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return customText(entry.user.custom.value(key));
    return {};
}

QVariant UserListModel::fixedCell(const DirectoryReader::UserEntry &entry, int column,
                                  int role) const
{
    const User &user = entry.user;
    switch (column) {
    case Name:
        if (role == Qt::DisplayRole)
            return user.nickname.isEmpty() ? user.username : user.nickname;
        if (role == Qt::ToolTipRole && user.isProtected)
            return tr("Protected account: a sync never deletes it");
        break;
    case Username:
        if (role == Qt::DisplayRole)
            return user.username;
        break;
    case Email:
        if (role == Qt::DisplayRole)
            return user.email;
        break;
    case Phone:
        if (role == Qt::DisplayRole)
            return user.phone;
        break;
    case Departments: {
        if (role == Qt::DisplayRole) {
            QStringList titles;
            for (const DirectoryReader::UserMembership &membership : entry.departments)
                titles << membership.title;
            return titles.join(QStringLiteral(", "));
        }
        if (role == Qt::ToolTipRole && !entry.departments.isEmpty()) {
            QStringList lines;
            for (const DirectoryReader::UserMembership &membership : entry.departments) {
                QStringList marks;
                if (membership.isMain)
                    marks << tr("main department");
                if (membership.isOwner)
                    marks << tr("owner");
                lines << (marks.isEmpty() ? membership.title
                                          : tr("%1 (%2)").arg(membership.title,
                                                              marks.join(QStringLiteral(", "))));
            }
            return lines.join(QLatin1Char('\n'));
        }
        break;
    }
    case Sources: {
        if (role == Qt::DisplayRole) {
            QStringList names;
            for (const DirectoryReader::Link &link : entry.links) {
                if (!names.contains(link.source))
                    names << link.source;
            }
            return names.join(QStringLiteral(", "));
        }
        if (role == Qt::ToolTipRole && !entry.links.isEmpty()) {
            QStringList lines;
            for (const DirectoryReader::Link &link : entry.links)
                lines << tr("%1: uid %2").arg(link.source, link.uid);
            return lines.join(QLatin1Char('\n'));
        }
        break;
    }
    case Enabled:
        if (role == Qt::CheckStateRole)
            return user.enabled ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::AccessibleTextRole)
            return user.enabled ? tr("Enabled") : tr("Disabled");
        break;
    default:
        break;
    }
    return {};
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Username:
        return tr("Username");
    case Email:
        return tr("E-mail");
    case Phone:
        return tr("Phone");
    case Departments:
        return tr("Departments");
    case Sources:
        return tr("Sources");
    case Enabled:
        return tr("Enabled");
    default:
        break;
    }
    return m_customColumns.value(section - FixedColumnCount);
}
