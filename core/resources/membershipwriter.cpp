#include "membershipwriter.h"

#include "departmentdirectory.h"
#include "recordfields.h"
#include "store/bulkinsert.h"
#include "store/connection.h"
#include "store/inlist.h"
#include "store/membership.h"
#include "store/sqlrow.h"
#include "store/sqlvalue.h"
#include "sync/resourcebatch.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("MembershipWriter", text);
}

struct Wanted
{
    qint64 departmentId;
    bool isOwner;
    bool isMain;
};

// A membership is {"uid", "isOwner"?, "isMain"?} or just the department's uid.
QJsonObject entryOf(const QJsonValue &entry)
{
    return entry.isObject() ? entry.toObject() : QJsonObject{{QStringLiteral("uid"), entry}};
}

StoreError run(Connection &db, const QString &sql, const QVariantList &values)
{
    StoreError error;
    QSqlQuery *query = db.prepared(sql, &error);
    if (!query)
        return error;
    return db.run(*query, values);
}
} // namespace

namespace MembershipWriter {

StoreError apply(ResourceBatch &batch, const QString &resource, const QString &usersResource)
{
    Connection &db = batch.connection();
    QList<BatchRecord> &records = batch.records();
    const QString source = batch.sourceName();
    QSet<QString> departmentUids;
    for (const BatchRecord &record : records) {
        for (const QJsonValue &entry : record.data.value(QStringLiteral("departments")).toArray())
            departmentUids << entryOf(entry).value(QStringLiteral("uid")).toString();
    }
    const auto departmentIds =
        DepartmentDirectory::of(batch.state()).idsOf(db, source, departmentUids);
    if (!departmentIds)
        return departmentIds.error();

    QVariantList userIds;
    for (const BatchRecord &record : records) {
        const QStringList pks = record.links.value(usersResource);
        if (!pks.isEmpty() && record.data.contains(QStringLiteral("departments")))
            userIds << pks.constFirst().toLongLong();
    }
    QHash<qint64, QHash<qint64, Membership>> current;
    if (StoreError error = InList::select(
            db,
            QStringLiteral("SELECT user_id, department_id, is_owner, is_main, managed_by_source "
                           "FROM department_users WHERE user_id IN (%IN%)"),
            {}, userIds, [&](const SqlRow &row) {
                const Membership m{row.value(0).toLongLong(), row.value(1).toLongLong(),
                                   row.value(2).toInt() != 0, row.value(3).toInt() != 0,
                                   row.value(4).toString()};
                current[m.userId].insert(m.departmentId, m);
            }))
        return error;

    const QString now = Connection::nowText();
    const QStringList columns{QStringLiteral("user_id"),           QStringLiteral("department_id"),
                              QStringLiteral("is_owner"),          QStringLiteral("is_main"),
                              QStringLiteral("managed_by_source"), QStringLiteral("created_at")};
    BulkInsert inserts(db, QStringLiteral("department_users"), columns);

    for (int i = 0; i < records.size(); ++i) {
        const BatchRecord &record = records.at(i);
        const QStringList pks = record.links.value(usersResource);
        if (pks.isEmpty() && RecordFields::isDeleted(record.data) && !record.originIsNew
            && !record.contentChanged) {
            batch.report(resource, i, RecordAction::Unchanged);
            continue;
        }
        if (pks.isEmpty()) {
            batch.report(resource, i, RecordAction::Skipped,
                         RecordFields::isDeleted(record.data)
                             ? tr("The user is gone, and their memberships with them.")
                             : tr("The user was not saved, so no memberships were changed."));
            continue;
        }
        if (!record.data.contains(QStringLiteral("departments"))) {
            batch.report(resource, i, RecordAction::Unchanged);
            continue;
        }
        const qint64 userId = pks.constFirst().toLongLong();

        QList<Wanted> wanted;
        QStringList unknown;
        for (const QJsonValue &entry : record.data.value(QStringLiteral("departments")).toArray()) {
            const QJsonObject object = entryOf(entry);
            const QString uid = object.value(QStringLiteral("uid")).toString();
            const qint64 id = departmentIds->value(uid, 0);
            if (id == 0) {
                unknown << QStringLiteral("“%1”").arg(uid);
                continue;
            }
            const Wanted w{id, object.value(QStringLiteral("isOwner")).toBool(false),
                           object.value(QStringLiteral("isMain")).toBool(false)};
            auto same = std::find_if(wanted.begin(), wanted.end(),
                                     [&](const Wanted &x) { return x.departmentId == id; });
            if (same != wanted.end())
                *same = w; // listed twice: the later entry wins
            else
                wanted << w;
        }

        const QHash<qint64, Membership> mine = current.value(userId);
        QSet<qint64> wantedIds;
        qint64 explicitMain = 0;
        for (const Wanted &w : std::as_const(wanted)) {
            wantedIds << w.departmentId;
            if (w.isMain)
                explicitMain = w.departmentId;
        }
        QList<qint64> removed;
        qint64 currentMain = 0;
        QSet<qint64> remaining;
        for (const Membership &m : mine) {
            if (m.isMain)
                currentMain = m.departmentId;
            if (m.managedBySource == source && !wantedIds.contains(m.departmentId))
                removed << m.departmentId;
            else
                remaining << m.departmentId;
        }
        remaining |= wantedIds;
        qint64 main = explicitMain;
        if (main == 0 && remaining.contains(currentMain))
            main = currentMain;
        if (main == 0 && !wanted.isEmpty())
            main = wanted.constFirst().departmentId;
        if (main == 0 && !remaining.isEmpty())
            main = *std::min_element(remaining.cbegin(), remaining.cend());

        bool changed = !removed.isEmpty();
        StoreError error = batch.guarded([&]() -> StoreError {
            // Clear the old main first: the schema allows one main department per user.
            if (currentMain != 0 && currentMain != main && remaining.contains(currentMain)) {
                if (StoreError e = run(db,
                                       QStringLiteral("UPDATE department_users SET is_main = 0 "
                                                      "WHERE user_id = ? AND department_id = ?"),
                                       {userId, currentMain}))
                    return e;
                changed = true;
            }
            for (qint64 departmentId : std::as_const(removed)) {
                if (StoreError e = run(
                        db,
                        QStringLiteral(
                            "DELETE FROM department_users WHERE user_id = ? AND department_id = ?"),
                        {userId, departmentId}))
                    return e;
            }
            for (const Wanted &w : std::as_const(wanted)) {
                const bool isMain = w.departmentId == main;
                if (!mine.contains(w.departmentId)) {
                    inserts.add({userId, w.departmentId, SqlValue::flag(w.isOwner),
                                 SqlValue::flag(isMain), source, now});
                    changed = true;
                    continue;
                }
                const Membership &m = mine.value(w.departmentId);
                if (m.isOwner != w.isOwner || m.isMain != isMain) {
                    if (StoreError e = run(
                            db,
                            QStringLiteral("UPDATE department_users SET is_owner = ?, is_main = ? "
                                           "WHERE user_id = ? AND department_id = ?"),
                            {SqlValue::flag(w.isOwner), SqlValue::flag(isMain), userId,
                             w.departmentId}))
                        return e;
                    changed = true;
                }
            }
            // A main kept from a hand-made membership that the list does not mention.
            if (main != 0 && !wantedIds.contains(main) && !mine.value(main).isMain) {
                if (StoreError e = run(db,
                                       QStringLiteral("UPDATE department_users SET is_main = 1 "
                                                      "WHERE user_id = ? AND department_id = ?"),
                                       {userId, main}))
                    return e;
                changed = true;
            }
            return batch.careful() ? inserts.flush() : StoreError();
        });
        if (error) {
            if (!batch.careful())
                return error;
            batch.report(resource, i, RecordAction::Failed, error.message());
            continue;
        }
        if (!unknown.isEmpty()) {
            batch.report(
                resource, i, RecordAction::Failed,
                tr("Department %1 is not known in source “%2”; the other memberships were applied.")
                    .arg(unknown.join(QStringLiteral(", ")), source));
        } else {
            // A user's first memberships are created; later changes are updates.
            const RecordAction action = !changed ? RecordAction::Unchanged
                : mine.isEmpty()                 ? RecordAction::Created
                                                 : RecordAction::Updated;
            batch.report(resource, i, action);
        }
    }
    return inserts.flush();
}

} // namespace MembershipWriter
