#include "departmentdirectory.h"

#include "store/connection.h"
#include "store/inlist.h"
#include "store/sqlrow.h"
#include "store/sqlvalue.h"
#include "sync/taskstate.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

DepartmentDirectory &DepartmentDirectory::of(TaskState &state)
{
    return state.slot<DepartmentDirectory>(QStringLiteral("departments.directory"));
}

StoreError DepartmentDirectory::load(Connection &connection, const QString &sourceName)
{
    if (m_loaded)
        return {};
    QSqlQuery all(connection.database());
    all.setForwardOnly(true);
    if (!all.exec(QStringLiteral("SELECT id, parent_id, title FROM departments")))
        return StoreError::fromSql(all.lastError());
    while (all.next()) {
        const qint64 id = all.value(0).toLongLong();
        m_parent.insert(id, all.value(1).toLongLong());
        m_title.insert(id, all.value(2).toString());
    }
    all.finish();
    QSqlQuery links(connection.database());
    links.setForwardOnly(true);
    links.prepare(QStringLiteral(
        "SELECT r.uid, l.resource_pk FROM sync_records r JOIN sync_record_resources l "
        "ON l.record_id = r.id WHERE r.source_name = ? AND r.data_type = 'department' "
        "AND l.resource = 'departments'"));
    if (StoreError error = connection.run(links, {sourceName}))
        return error;
    while (links.next()) {
        const qint64 id = links.value(1).toLongLong();
        if (!m_parent.contains(id))
            continue; // a stale link: the department was deleted by hand
        m_idByUid.insert(links.value(0).toString(), id);
        m_uidById.insert(id, links.value(0).toString());
    }
    m_loaded = true;
    return {};
}

Result<QHash<QString, qint64>> DepartmentDirectory::idsOf(Connection &connection,
                                                          const QString &sourceName,
                                                          const QSet<QString> &uids) const
{
    QHash<QString, qint64> ids;
    if (m_loaded) {
        for (const QString &uid : uids) {
            if (const qint64 id = idOf(uid))
                ids.insert(uid, id);
        }
        return ids;
    }
    QVariantList values;
    values.reserve(uids.size());
    for (const QString &uid : uids)
        values << uid;
    QHash<QString, QString> pkByUid;
    if (StoreError error = InList::select(
            connection,
            QStringLiteral("SELECT r.uid, l.resource_pk FROM sync_records r JOIN "
                           "sync_record_resources l ON l.record_id = r.id WHERE r.source_name = ? "
                           "AND r.data_type = 'department' AND l.resource = 'departments' "
                           "AND r.uid IN (%IN%)"),
            {sourceName}, values,
            [&](const SqlRow &row) { pkByUid.insert(row.text(0), row.text(1)); }))
        return error;
    QSet<QString> existing;
    if (StoreError error = InList::existingIds(connection, QStringLiteral("departments"),
                                               pkByUid.values(), &existing))
        return error;
    for (auto it = pkByUid.constBegin(); it != pkByUid.constEnd(); ++it) {
        if (existing.contains(it.value()))
            ids.insert(it.key(), it.value().toLongLong());
    }
    return ids;
}

QList<qint64> DepartmentDirectory::childrenOf(qint64 id) const
{
    QList<qint64> children;
    for (auto it = m_parent.constBegin(); it != m_parent.constEnd(); ++it) {
        if (it.value() == id)
            children << it.key();
    }
    std::sort(children.begin(), children.end());
    return children;
}

bool DepartmentDirectory::wouldCycle(qint64 id, qint64 parent, QString *path) const
{
    QList<qint64> chain{id};
    qint64 cursor = parent;
    // The walk is bounded by the number of departments, so a loop already in the data cannot hang
    // it.
    for (qsizetype steps = 0; cursor != 0 && steps <= m_parent.size(); ++steps) {
        chain << cursor;
        if (cursor == id) {
            if (path) {
                QStringList names;
                for (qint64 step : chain)
                    names << m_title.value(step, QStringLiteral("#%1").arg(step));
                *path = names.join(QStringLiteral(" → "));
            }
            return true;
        }
        cursor = m_parent.value(cursor, 0);
    }
    return false;
}

void DepartmentDirectory::added(qint64 id, const QString &uid, const QString &title, qint64 parent)
{
    m_idByUid.insert(uid, id);
    m_uidById.insert(id, uid);
    m_parent.insert(id, parent);
    m_title.insert(id, title);
}

void DepartmentDirectory::removed(qint64 id)
{
    const QString uid = m_uidById.take(id);
    if (!uid.isEmpty())
        m_idByUid.remove(uid);
    m_parent.remove(id);
    m_title.remove(id);
}

StoreError DepartmentDirectory::refreshLeaves(Connection &connection, const QSet<qint64> &ids)
{
    QVariantList values;
    for (qint64 id : ids) {
        if (id != 0)
            values << id;
    }
    if (values.isEmpty())
        return {};
    const QString leaf = QStringLiteral(
        "CASE WHEN EXISTS (SELECT 1 FROM departments c WHERE c.parent_id = departments.id) "
        "THEN 0 ELSE 1 END");
    for (qsizetype start = 0; start < values.size(); start += InList::ChunkSize) {
        const QVariantList chunk = values.mid(start, InList::ChunkSize);
        // Only rows whose flag really changes are written.
        if (StoreError error = connection.exec(
                QStringLiteral(
                    "UPDATE departments SET is_leaf = %1 WHERE id IN (%2) AND is_leaf <> %1")
                    .arg(leaf, SqlValue::placeholders(int(chunk.size()))),
                chunk))
            return error;
    }
    return {};
}
