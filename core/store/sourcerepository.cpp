#include "sourcerepository.h"

#include "connection.h"
#include "sqlvalue.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {
const QString columns = QStringLiteral(
    "id, name, source_type, display_name, enabled, options, sort, created_at, updated_at");

SyncSource fromRow(const QSqlQuery &row)
{
    SyncSource source;
    source.id = row.value(0).toLongLong();
    source.name = row.value(1).toString();
    source.sourceType = row.value(2).toString();
    source.displayName = row.value(3).toString();
    source.enabled = row.value(4).toInt() != 0;
    source.options = SqlValue::toJsonObject(row.value(5));
    source.sort = row.value(6).toInt();
    source.createdAt = SqlValue::toDateTime(row.value(7));
    source.updatedAt = SqlValue::toDateTime(row.value(8));
    return source;
}

QString savingContext(const QString &name)
{
    return QCoreApplication::translate("SourceRepository", "Saving source “%1”").arg(name);
}
} // namespace

SourceRepository::SourceRepository(Connection &connection)
    : m_connection(connection)
{ }

Result<SyncSource> SourceRepository::insert(const SyncSource &source)
{
    const QString now = Connection::nowText();
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral(
        "INSERT INTO sync_sources (name, source_type, display_name, enabled, "
        "options, sort, created_at, updated_at) VALUES (?, ?, ?, ?, ?, "
        "COALESCE((SELECT MAX(sort) FROM sync_sources), 0) + 1, ?, ?) RETURNING id"));
    if (StoreError error = m_connection.run(
            query,
            {source.name, source.sourceType, SqlValue::nullableText(source.displayName),
             SqlValue::flag(source.enabled), SqlValue::jsonText(source.options), now, now},
            savingContext(source.name)))
        return error;
    if (!query.next())
        return StoreError(StoreError::Kind::Query, savingContext(source.name));
    return byId(query.value(0).toLongLong());
}

StoreError SourceRepository::update(const SyncSource &source)
{
    QSqlQuery query(m_connection.database());
    query.prepare(
        QStringLiteral("UPDATE sync_sources SET name = ?, source_type = ?, display_name = ?, "
                       "enabled = ?, options = ?, sort = ?, updated_at = ? WHERE id = ?"));
    if (StoreError error = m_connection.run(
            query,
            {source.name, source.sourceType, SqlValue::nullableText(source.displayName),
             SqlValue::flag(source.enabled), SqlValue::jsonText(source.options), source.sort,
             Connection::nowText(), source.id},
            savingContext(source.name)))
        return error;
    if (query.numRowsAffected() == 0)
        return StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("SourceRepository", "The source “%1” does not exist.")
                .arg(source.name));
    return {};
}

StoreError SourceRepository::remove(qint64 id)
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("DELETE FROM sync_sources WHERE id = ?"));
    if (StoreError error = m_connection.run(query, {id}))
        return error;
    if (query.numRowsAffected() == 0)
        return StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("SourceRepository", "The source #%1 does not exist.")
                .arg(id));
    return {};
}

Result<SyncSource> SourceRepository::byId(qint64 id)
{
    auto rows = select(QStringLiteral("WHERE id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("SourceRepository", "The source #%1 does not exist.")
                .arg(id));
    return rows->constFirst();
}

Result<SyncSource> SourceRepository::byName(const QString &name)
{
    auto rows = select(QStringLiteral("WHERE name = ?"), {name});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("SourceRepository", "There is no source named “%1”.")
                .arg(name));
    return rows->constFirst();
}

Result<QList<SyncSource>> SourceRepository::list()
{
    return select(QStringLiteral("ORDER BY sort, id"), {});
}

Result<QList<SyncSource>> SourceRepository::select(const QString &where, const QVariantList &values)
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM sync_sources ")
                  + where);
    if (StoreError error = m_connection.run(query, values))
        return error;
    QList<SyncSource> sources;
    while (query.next())
        sources << fromRow(query);
    return sources;
}
