#include "departmentmembermodel.h"

#include "modelroles.h"
#include "storejob.h"

#include <QSqlQuery>

DepartmentMemberModel::DepartmentMemberModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DepartmentMemberModel::setDatabase(const DatabaseConfig &config)
{
    m_database = config;
}

void DepartmentMemberModel::setDepartment(qint64 departmentId)
{
    ++m_generation;
    beginResetModel();
    m_departmentId = departmentId;
    m_rows.clear();
    m_atEnd = departmentId == 0 || !m_database.isValid();
    m_fetching = false;
    endResetModel();
    if (m_atEnd)
        emit loaded();
    else
        fetchMore({});
}

bool DepartmentMemberModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void DepartmentMemberModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    m_fetching = true;
    const quint64 generation = m_generation;
    const qint64 department = m_departmentId;
    // Owners first, then by name; the offset is fine for the sizes a department has.
    const int offset = int(m_rows.size());
    BackgroundJob::runOnStore<QList<Member>>(
        m_database, this,
        [department, offset](Connection &db) -> Result<QList<Member>> {
            QSqlQuery query(db.database());
            query.setForwardOnly(true);
            query.prepare(QStringLiteral(
                "SELECT u.id, u.nickname, u.username, u.email, du.is_owner, du.is_main, "
                "du.managed_by_source FROM department_users du JOIN users u ON u.id = du.user_id "
                "WHERE du.department_id = ? ORDER BY du.is_owner DESC, lower(u.nickname), u.id "
                "LIMIT ? OFFSET ?"));
            if (StoreError error = db.run(query, {department, PageSize, offset}))
                return error;
            QList<Member> members;
            while (query.next()) {
                members << Member{query.value(0).toLongLong(),         query.value(1).toString(),
                                  query.value(2).toString(),           query.value(3).toString(),
                                  query.value(4).toInt() != 0,         query.value(5).toInt() != 0,
                                  !query.value(6).toString().isEmpty()};
            }
            return members;
        },
        [this, generation](Result<QList<Member>> result) {
            if (generation != m_generation)
                return;
            if (!result) {
                m_fetching = false;
                m_atEnd = true;
                emit loadFailed(result.error().message());
                return;
            }
            m_atEnd = result->size() < PageSize;
            if (!result->isEmpty()) {
                const int first = int(m_rows.size());
                // Still "fetching" while the rows go in: a view (or a tester) that asks for
                // more from rowsAboutToBeInserted must not start the same page again.
                beginInsertRows({}, first, first + int(result->size()) - 1);
                m_rows << *result;
                endInsertRows();
            }
            m_fetching = false;
            emit loaded();
        });
}

int DepartmentMemberModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DepartmentMemberModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DepartmentMemberModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Member &member = m_rows.at(index.row());
    if (role == ModelRoles::Id)
        return member.userId;
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole)
            return member.nickname.isEmpty() ? member.username : member.nickname;
        if (role == Qt::ToolTipRole)
            return member.managedBySource ? tr("Membership kept by a sync source")
                                          : tr("Membership made by hand; a sync never removes it");
        break;
    case Username:
        if (role == Qt::DisplayRole)
            return member.username;
        break;
    case Email:
        if (role == Qt::DisplayRole)
            return member.email;
        break;
    case Owner:
        if (role == Qt::CheckStateRole)
            return member.isOwner ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::AccessibleTextRole || role == Qt::ToolTipRole)
            return member.isOwner ? tr("Owner of this department") : tr("Not an owner");
        break;
    case Main:
        if (role == Qt::CheckStateRole)
            return member.isMain ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::AccessibleTextRole || role == Qt::ToolTipRole)
            return member.isMain ? tr("This is the user's main department")
                                 : tr("Not the user's main department");
        break;
    default:
        break;
    }
    return {};
}

QVariant DepartmentMemberModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case Owner:
        return tr("Owner");
    case Main:
        return tr("Main");
    default:
        return {};
    }
}
