#include "apikeylistmodel.h"

#include "displaytext.h"
#include "modelroles.h"
#include "store/apikeyrepository.h"
#include "storejob.h"

ApiKeyListModel::ApiKeyListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ApiKeyListModel::setDatabase(const DatabaseConfig &config)
{
    m_database = config;
}

void ApiKeyListModel::reload()
{
    if (!m_database.isValid())
        return;
    BackgroundJob::runOnStore<QList<ApiKey>>(
        m_database, this, [](Connection &db) { return ApiKeyRepository(db).list(); },
        [this](Result<QList<ApiKey>> result) {
            if (!result) {
                emit loadFailed(result.error().message());
                return;
            }
            beginResetModel();
            m_rows = *result;
            endResetModel();
            m_loaded = true;
            emit loaded();
        });
}

void ApiKeyListModel::create(const QString &name, std::function<void(Result<QString>)> done)
{
    BackgroundJob::runOnStore<QString>(
        m_database, this,
        [name](Connection &db) -> Result<QString> {
            auto created = ApiKeyRepository(db).create(name);
            if (!created)
                return created.error();
            return created->second;
        },
        [this, done](Result<QString> result) {
            if (result) {
                reload();
                emit keysChanged();
            }
            done(std::move(result));
        });
}

void ApiKeyListModel::revoke(const QString &name, std::function<void(StoreError)> done)
{
    BackgroundJob::runOnStore<bool>(
        m_database, this,
        [name](Connection &db) -> Result<bool> {
            if (StoreError error = ApiKeyRepository(db).revoke(name))
                return error;
            return true;
        },
        [this, done](Result<bool> result) {
            if (result) {
                reload();
                emit keysChanged();
            }
            done(result ? StoreError() : result.error());
        });
}

int ApiKeyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApiKeyListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApiKeyListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApiKey &key = m_rows.at(index.row());
    if (role == ModelRoles::Id)
        return key.id;
    if (role != Qt::DisplayRole && role != ModelRoles::Sort)
        return {};
    switch (index.column()) {
    case Name:
        return key.name;
    case Prefix:
        return key.tokenPrefix + QChar(0x2026);
    case Created:
        return DisplayText::dateTime(key.createdAt);
    case LastUsed:
        return key.lastUsedAt.isValid() ? DisplayText::relativeTime(key.lastUsedAt) : tr("Never");
    case State:
        return key.isRevoked() ? tr("Revoked %1").arg(DisplayText::dateTime(key.revokedAt))
                               : tr("Active");
    default:
        return {};
    }
}

QVariant ApiKeyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Prefix:
        return tr("Token starts with");
    case Created:
        return tr("Created");
    case LastUsed:
        return tr("Last used");
    case State:
        return tr("State");
    default:
        return {};
    }
}
