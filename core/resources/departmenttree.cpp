#include "departmenttree.h"

#include "departmentdirectory.h"
#include "recordfields.h"
#include "store/bulkinsert.h"
#include "store/connection.h"
#include "store/department.h"
#include "store/idallocator.h"
#include "store/inlist.h"
#include "store/sqlrow.h"
#include "store/sqlvalue.h"
#include "sync/resourcebatch.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DepartmentTree", text);
}

struct Plan
{
    enum class Kind { Create, Update, Unchanged, Delete, Failed, Skipped };
    Kind kind = Kind::Unchanged;
    Department department;
    QString message;
};

Department desiredDepartment(const Department &current, const BatchRecord &record, bool exists)
{
    Department department = current;
    const QJsonObject &data = record.data;
    if (data.contains(QStringLiteral("title")))
        department.title = data.value(QStringLiteral("title")).toString();
    if (!exists && department.title.isEmpty())
        department.title = record.uid; // a nameless department would be invisible in the tree
    if (data.value(QStringLiteral("sort")).isDouble())
        department.sort = data.value(QStringLiteral("sort")).toInt();
    department.custom = RecordFields::mergeCustom(
        current.custom, data, RecordFields::departmentIgnored(), RecordFields::departmentColumns());
    return department;
}

StoreError setParent(Connection &db, qint64 id, qint64 parent)
{
    StoreError error;
    QSqlQuery *query = db.prepared(
        QStringLiteral("UPDATE departments SET parent_id = ?, updated_at = ? WHERE id = ?"),
        &error);
    if (!query)
        return error;
    return db.run(*query, {SqlValue::nullableId(parent), Connection::nowText(), id});
}

QString titleOrTop(const DepartmentDirectory &directory, qint64 id)
{
    return id == 0 ? QCoreApplication::translate("DepartmentTree", "the top level")
                   : QStringLiteral("“%1”").arg(directory.titleOf(id));
}

// Places `id` under `parent` unless that closes a loop; returns the failure message, if any.
QString place(Connection &db, DepartmentDirectory &directory, qint64 id, qint64 parent,
              QSet<qint64> &leaves, StoreError *error)
{
    QString path;
    if (parent == id || directory.wouldCycle(id, parent, &path)) {
        return tr("Moving “%1” under “%2” would create a loop (%3); its parent was left unchanged.")
            .arg(directory.titleOf(id), directory.titleOf(parent), path);
    }
    leaves << directory.parentOf(id) << parent;
    *error = setParent(db, id, parent);
    directory.moved(id, parent);
    return {};
}

StoreError updateOutcome(Connection &db, const ResourceBatch &batch, const QString &resource,
                         const QString &uid, RecordAction action, const QString &message)
{
    // A failed record is applied again by the next sync, even if it arrives unchanged.
    if (action == RecordAction::Failed) {
        if (StoreError error = db.exec(
                QStringLiteral("UPDATE sync_records SET content_hash = '' WHERE source_name = ? "
                               "AND data_type = 'department' AND uid = ?"),
                {batch.sourceName(), uid}))
            return error;
    }
    return db.exec(QStringLiteral("UPDATE sync_task_results SET action = ?, message = ? WHERE "
                                  "task_id = ? AND attempt = ? "
                                  "AND resource = ? AND data_type = 'department' AND uid = ?"),
                   {RecordActionText::key(action), message, batch.info().taskId,
                    batch.info().attempt, resource, uid});
}
} // namespace

namespace DepartmentTree {

StoreError apply(ResourceBatch &batch, const QString &resource)
{
    Connection &db = batch.connection();
    DepartmentDirectory &directory = DepartmentDirectory::of(batch.state());
    if (StoreError error = directory.load(db, batch.sourceName()))
        return error;
    QList<BatchRecord> &records = batch.records();

    QVariantList linkedIds;
    for (const BatchRecord &record : records) {
        const QStringList pks = record.links.value(resource);
        if (!pks.isEmpty() && directory.exists(pks.constFirst().toLongLong()))
            linkedIds << pks.constFirst().toLongLong();
    }
    QHash<qint64, Department> current;
    if (StoreError error = InList::select(
            db,
            QStringLiteral(
                "SELECT id, title, parent_id, sort, custom FROM departments WHERE id IN (%IN%)"),
            {}, linkedIds, [&](const SqlRow &row) {
                Department department;
                department.id = row.value(0).toLongLong();
                department.title = row.value(1).toString();
                department.parentId = row.value(2).toLongLong();
                department.sort = row.value(3).toInt();
                department.custom = SqlValue::toJsonObject(row.value(4));
                current.insert(department.id, department);
            }))
        return error;

    QList<Plan> plans(records.size());
    int creates = 0;
    bool remade = false; // a department this source made was deleted by hand and is made again
    for (int i = 0; i < records.size(); ++i) {
        const BatchRecord &record = records.at(i);
        Plan &plan = plans[i];
        directory.recordUids().insert(record.uid);
        const QStringList pks = record.links.value(resource);
        const qint64 linkedId = pks.isEmpty() ? 0 : pks.constFirst().toLongLong();
        const bool exists = current.contains(linkedId);
        if (linkedId != 0 && !exists)
            batch.unlink(i, resource, pks.constFirst());
        if (RecordFields::isDeleted(record.data)) {
            plan.kind = exists ? Plan::Kind::Delete : Plan::Kind::Skipped;
            plan.department = current.value(linkedId);
            if (!exists && !record.originIsNew && !record.contentChanged)
                plan.kind =
                    Plan::Kind::Unchanged; // deleted by an earlier sync that sent the same record
            else if (!exists)
                plan.message =
                    tr("No department was synced for this uid, so there is nothing to delete.");
            continue;
        }
        plan.department = desiredDepartment(current.value(linkedId), record, exists);
        remade |= linkedId != 0 && !exists;
        if (!exists) {
            plan.kind = Plan::Kind::Create;
            ++creates;
        } else {
            const Department &before = current.value(linkedId);
            const bool changed = before.title != plan.department.title
                || before.sort != plan.department.sort || before.custom != plan.department.custom;
            plan.kind = changed ? Plan::Kind::Update : Plan::Kind::Unchanged;
        }
    }

    // Deleting the department took its memberships with it; the user records that made them may
    // arrive unchanged and be skipped, so they are all applied once more.
    if (remade) {
        if (StoreError error = db.exec(
                QStringLiteral("UPDATE sync_records SET content_hash = '' WHERE source_name = ? "
                               "AND data_type = 'user'"),
                {batch.sourceName()}))
            return error;
    }
    auto ids = IdAllocator::allocate(db, QStringLiteral("departments"), creates);
    if (!ids)
        return ids.error();
    const QString now = Connection::nowText();
    BulkInsert inserts(db, QStringLiteral("departments"),
                       {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("is_leaf"),
                        QStringLiteral("sort"), QStringLiteral("custom"),
                        QStringLiteral("created_at"), QStringLiteral("updated_at")});
    QSet<qint64> leaves;
    int next = 0;
    for (int i = 0; i < records.size(); ++i) {
        Plan &plan = plans[i];
        Department &d = plan.department;
        if (plan.kind == Plan::Kind::Create) {
            d.id = ids->at(next++);
            d.parentId = 0;
            inserts.add({d.id, d.title, 1, d.sort, SqlValue::jsonText(d.custom), now, now});
            directory.added(d.id, records.at(i).uid, d.title, 0);
            directory.createdUids().insert(records.at(i).uid);
            batch.link(i, resource, QString::number(d.id));
        } else if (plan.kind == Plan::Kind::Update) {
            StoreError error;
            QSqlQuery *update = db.prepared(
                QStringLiteral(
                    "UPDATE departments SET title = ?, sort = ?, custom = ?, updated_at = ? "
                    "WHERE id = ?"),
                &error);
            if (!update)
                return error;
            if (StoreError failed =
                    db.run(*update, {d.title, d.sort, SqlValue::jsonText(d.custom), now, d.id}))
                return failed;
            directory.renamed(d.id, d.title);
        }
    }
    if (StoreError error = inserts.flush())
        return error;

    for (int i = 0; i < records.size(); ++i) {
        Plan &plan = plans[i];
        if (plan.kind != Plan::Kind::Delete)
            continue;
        const qint64 id = plan.department.id;
        const qint64 grandparent = directory.parentOf(id);
        const QList<qint64> children = directory.childrenOf(id);
        if (!children.isEmpty()) {
            if (StoreError error = db.exec(
                    QStringLiteral(
                        "UPDATE departments SET parent_id = ?, updated_at = ? WHERE parent_id = ?"),
                    {SqlValue::nullableId(grandparent), now, id}))
                return error;
        }
        for (qint64 child : children) {
            directory.moved(child, grandparent);
            batch.reportOther(resource, QStringLiteral("department"), directory.uidOf(child), 0,
                              RecordAction::Updated,
                              tr("“%1” moved up to %2 because its parent “%3” was deleted.")
                                  .arg(directory.titleOf(child), titleOrTop(directory, grandparent),
                                       plan.department.title));
        }
        if (StoreError error =
                db.exec(QStringLiteral("DELETE FROM departments WHERE id = ?"), {id}))
            return error;
        directory.removed(id);
        leaves << grandparent;
        batch.unlink(i, resource, QString::number(id));
    }

    // Parents, now that every department of the page exists.
    for (int i = 0; i < records.size(); ++i) {
        Plan &plan = plans[i];
        if (plan.kind != Plan::Kind::Create && plan.kind != Plan::Kind::Update
            && plan.kind != Plan::Kind::Unchanged)
            continue;
        const BatchRecord &record = records.at(i);
        if (!record.data.contains(QStringLiteral("parentUid")))
            continue; // absent: the parent is left as it is
        const qint64 id = plan.department.id;
        const QString parentUid = RecordFields::text(record.data, QStringLiteral("parentUid"));
        const qint64 parent = parentUid.isEmpty() ? 0 : directory.idOf(parentUid);
        if (!parentUid.isEmpty() && parent == 0) {
            directory.pendingParents().insert(record.uid, parentUid);
            continue;
        }
        directory.pendingParents().remove(record.uid);
        if (parent == directory.parentOf(id))
            continue;
        StoreError error;
        const QString refused = place(db, directory, id, parent, leaves, &error);
        if (error)
            return error;
        if (!refused.isEmpty()) {
            plan.kind = Plan::Kind::Failed;
            plan.message = refused;
        } else if (plan.kind == Plan::Kind::Unchanged) {
            plan.kind = Plan::Kind::Update;
            plan.message = tr("Moved under %1.").arg(titleOrTop(directory, parent));
        }
    }
    for (const Plan &plan : plans) {
        if (plan.kind == Plan::Kind::Create)
            leaves << plan.department.id;
    }
    if (StoreError error = DepartmentDirectory::refreshLeaves(db, leaves))
        return error;

    for (int i = 0; i < records.size(); ++i) {
        const Plan &plan = plans.at(i);
        static const QHash<int, RecordAction> actions{
            {int(Plan::Kind::Create), RecordAction::Created},
            {int(Plan::Kind::Update), RecordAction::Updated},
            {int(Plan::Kind::Unchanged), RecordAction::Unchanged},
            {int(Plan::Kind::Delete), RecordAction::Deleted},
            {int(Plan::Kind::Failed), RecordAction::Failed},
            {int(Plan::Kind::Skipped), RecordAction::Skipped}};
        batch.report(resource, i, actions.value(int(plan.kind)), plan.message);
    }
    return {};
}

StoreError finish(ResourceBatch &batch, const QString &resource)
{
    Connection &db = batch.connection();
    DepartmentDirectory &directory = DepartmentDirectory::of(batch.state());
    if (StoreError error = directory.load(db, batch.sourceName()))
        return error;
    QSet<qint64> leaves;

    // Departments of this task whose parent came on a later page, or never.
    const QHash<QString, QString> pending = directory.pendingParents();
    directory.pendingParents().clear();
    for (auto it = pending.constBegin(); it != pending.constEnd(); ++it) {
        const qint64 id = directory.idOf(it.key());
        if (id == 0)
            continue;
        const qint64 parent = directory.idOf(it.value());
        if (parent == 0) {
            const QString message = tr("Parent department “%1” is not known in source “%2”; “%3” "
                                       "stays at %4 until it arrives.")
                                        .arg(it.value(), batch.sourceName(), directory.titleOf(id),
                                             titleOrTop(directory, directory.parentOf(id)));
            if (StoreError error =
                    updateOutcome(db, batch, resource, it.key(), RecordAction::Failed, message))
                return error;
            continue;
        }
        if (parent == directory.parentOf(id))
            continue;
        StoreError error;
        const QString refused = place(db, directory, id, parent, leaves, &error);
        if (error)
            return error;
        if (!refused.isEmpty()) {
            if (StoreError failed =
                    updateOutcome(db, batch, resource, it.key(), RecordAction::Failed, refused))
                return failed;
        }
    }

    // Departments of earlier syncs or pushes that waited at the top level for a parent created now.
    QVariantList created;
    for (const QString &uid : std::as_const(directory.createdUids()))
        created << uid;
    directory.createdUids().clear();
    const QSet<QString> ownRecords = directory.recordUids();
    directory.recordUids().clear();
    QList<QPair<qint64, QString>> waiting; // department id, parent uid
    if (StoreError error = InList::select(
            db,
            QStringLiteral(
                "SELECT l.resource_pk, r.parent_uid FROM sync_records r JOIN sync_record_resources "
                "l "
                "ON l.record_id = r.id AND l.resource = ? JOIN departments d ON d.id = "
                "CAST(l.resource_pk AS BIGINT) "
                "WHERE r.source_name = ? AND r.data_type = 'department' AND d.parent_id IS NULL "
                "AND r.parent_uid IN (%IN%)"),
            {resource, batch.sourceName()}, created, [&](const SqlRow &row) {
                waiting << qMakePair(row.value(0).toLongLong(), row.value(1).toString());
            }))
        return error;
    for (const auto &[id, parentUid] : std::as_const(waiting)) {
        const qint64 parent = directory.idOf(parentUid);
        if (parent == 0 || directory.parentOf(id) == parent
            || ownRecords.contains(directory.uidOf(id)))
            continue;
        StoreError error;
        const QString refused = place(db, directory, id, parent, leaves, &error);
        if (error)
            return error;
        batch.reportOther(resource, QStringLiteral("department"), directory.uidOf(id), 0,
                          refused.isEmpty() ? RecordAction::Updated : RecordAction::Failed,
                          refused.isEmpty() ? tr("Placed under “%1”, which arrived in this batch.")
                                                  .arg(directory.titleOf(parent))
                                            : refused);
    }
    return DepartmentDirectory::refreshLeaves(db, leaves);
}

} // namespace DepartmentTree
