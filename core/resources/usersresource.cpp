#include "usersresource.h"

#include "recordfields.h"
#include "store/bulkinsert.h"
#include "store/connection.h"
#include "store/idallocator.h"
#include "store/inlist.h"
#include "store/sqlrow.h"
#include "store/sqlvalue.h"
#include "store/user.h"
#include "store/userrepository.h"
#include "sync/resourcebatch.h"
#include "sync/userdata.h"
#include "sync/userdataparser.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {
const QString userColumns =
    QStringLiteral("id, nickname, username, email, phone, enabled, protected, custom");
const QStringList uniqueFields{QStringLiteral("username"), QStringLiteral("email"),
                               QStringLiteral("phone")};

QString tr(const char *text)
{
    return QCoreApplication::translate("UsersResource", text);
}

// The unique indexes on username/email/phone are partial (non-empty values only); a query uses
// them only when it repeats their condition.
QString nonEmpty(const QString &field)
{
    return QStringLiteral(" AND %1 IS NOT NULL AND %1 <> ''").arg(field);
}

QString fieldOf(const User &user, const QString &field)
{
    if (field == QLatin1String("username"))
        return user.username;
    if (field == QLatin1String("email"))
        return user.email;
    return user.phone;
}

QString fieldTitle(const QString &field)
{
    if (field == QLatin1String("username"))
        return tr("username");
    if (field == QLatin1String("email"))
        return tr("e-mail address");
    return tr("phone number");
}

bool sameUser(const User &a, const User &b)
{
    return a.nickname == b.nickname && a.username == b.username && a.email == b.email
        && a.phone == b.phone && a.enabled == b.enabled && a.custom == b.custom;
}

// The user as the record wants it: present keys replace, absent keys keep the current value.
User desiredUser(const User &current, const QJsonObject &record)
{
    User user = current;
    const auto assign = [&](const QString &key, QString &target) {
        if (record.contains(key))
            target = record.value(key).toString(); // null becomes empty (stored as NULL)
    };
    assign(QStringLiteral("nickname"), user.nickname);
    assign(QStringLiteral("username"), user.username);
    assign(QStringLiteral("email"), user.email);
    assign(QStringLiteral("phone"), user.phone);
    if (record.value(QStringLiteral("enabled")).isBool())
        user.enabled = record.value(QStringLiteral("enabled")).toBool();
    user.custom = RecordFields::mergeCustom(current.custom, record, RecordFields::userIgnored(),
                                            RecordFields::userColumns());
    return user;
}

QString label(const User &user)
{
    for (const QString &candidate : {user.username, user.email, user.nickname}) {
        if (!candidate.isEmpty())
            return candidate;
    }
    return QStringLiteral("#%1").arg(user.id);
}

struct Plan
{
    enum class Kind { Create, Update, Unchanged, Delete, Failed, Skipped };
    Kind kind = Kind::Unchanged;
    User user; // desired state; for Create the id is a temporary negative one until allocated
    bool adopted = false;
    QString message;
};
} // namespace

QStringList UsersResource::accepts() const
{
    return {UserData::User};
}

StoreError UsersResource::apply(ResourceBatch &batch)
{
    Connection &db = batch.connection();
    QList<BatchRecord> &records = batch.records();

    // Everything the page needs from the users table, in a few IN queries.
    QVariantList linkedIds;
    for (const BatchRecord &record : records) {
        const QStringList pks = record.links.value(Name);
        if (!pks.isEmpty())
            linkedIds << pks.constFirst().toLongLong();
    }
    QHash<qint64, User> linked;
    if (StoreError error = InList::select(db,
                                          QStringLiteral("SELECT ") + userColumns
                                              + QStringLiteral(" FROM users WHERE id IN (%IN%)"),
                                          {}, linkedIds, [&](const SqlRow &row) {
                                              User user = UserRepository::fromRow(row, false);
                                              linked.insert(user.id, user);
                                          }))
        return error;

    const QString matchKey =
        UserDataParser::matchKeys().contains(batch.matchKey()) ? batch.matchKey() : QString();
    QHash<QString, QVariantList> wanted; // unique field → values records ask for
    for (const BatchRecord &record : records) {
        if (RecordFields::isDeleted(record.data))
            continue;
        for (const QString &field : uniqueFields) {
            const QString value = RecordFields::text(record.data, field);
            if (!value.isEmpty())
                wanted[field] << value;
        }
    }
    // Who holds each unique value now; kept up to date as the page claims and releases values.
    // The holders of matchKey values are also the users an unlinked record may adopt, so one
    // lookup per field serves both.
    QHash<QString, QHash<QString, qint64>> owners;
    QHash<qint64, QString> ownerLabels;
    QHash<QString, User> matched;
    for (const QString &field : uniqueFields) {
        QHash<QString, qint64> &holders = owners[field];
        const bool matching = field == matchKey;
        if (StoreError error = InList::select(
                db,
                QStringLiteral("SELECT ") + userColumns + QStringLiteral(" FROM users WHERE ")
                    + field + QStringLiteral(" IN (%IN%)") + nonEmpty(field),
                {}, wanted.value(field), [&](const SqlRow &row) {
                    const User user = UserRepository::fromRow(row, false);
                    const QString value = fieldOf(user, field);
                    holders.insert(value, user.id);
                    ownerLabels.insert(user.id, label(user));
                    if (matching)
                        matched.insert(value, user);
                }))
            return error;
    }

    QList<Plan> plans(records.size());
    qint64 temporaryId = 0;
    for (int i = 0; i < records.size(); ++i) {
        const BatchRecord &record = records.at(i);
        Plan &plan = plans[i];
        const QStringList pks = record.links.value(Name);
        const qint64 linkedId = pks.isEmpty() ? 0 : pks.constFirst().toLongLong();
        const bool linkedExists = linked.contains(linkedId);
        if (linkedId != 0 && !linkedExists)
            batch.unlink(i, Name, pks.constFirst()); // deleted by hand since the last sync

        if (RecordFields::isDeleted(record.data)) {
            if (!linkedExists && !record.originIsNew && !record.contentChanged) {
                plan.kind =
                    Plan::Kind::Unchanged; // deleted by an earlier sync that sent the same record
            } else if (!linkedExists) {
                plan.kind = Plan::Kind::Skipped;
                plan.message =
                    tr("No user was synced for this uid, so there is nothing to delete.");
            } else if (linked.value(linkedId).isProtected) {
                plan.kind = Plan::Kind::Skipped;
                plan.message = tr("User “%1” is a protected account; a sync never deletes it.")
                                   .arg(label(linked.value(linkedId)));
            } else {
                plan.kind = Plan::Kind::Delete;
                plan.user = linked.value(linkedId);
                for (const QString &field : uniqueFields)
                    owners[field].remove(fieldOf(plan.user, field));
            }
            continue;
        }

        User current;
        bool exists = false;
        if (linkedExists) {
            current = linked.value(linkedId);
            exists = true;
        } else if (!matchKey.isEmpty()
                   && matched.contains(RecordFields::text(record.data, matchKey))) {
            current = matched.value(RecordFields::text(record.data, matchKey));
            exists = true;
            plan.adopted = true;
        } else {
            current.id = --temporaryId;
        }
        const User desired = desiredUser(current, record.data);

        QString clash;
        for (const QString &field : uniqueFields) {
            const QString value = fieldOf(desired, field);
            if (value.isEmpty() || (exists && value == fieldOf(current, field)))
                continue;
            const qint64 owner = owners[field].value(value, 0);
            if (owner != 0 && owner != current.id) {
                const QString holder = owner < 0 ? tr("another record of this batch")
                                                 : tr("user “%1”").arg(ownerLabels.value(owner));
                clash = tr("The %1 “%2” is already used by %3; this record was not saved.")
                            .arg(fieldTitle(field), value, holder);
                break;
            }
        }
        if (!clash.isEmpty()) {
            plan.kind = Plan::Kind::Failed;
            plan.message = clash;
            continue;
        }
        for (const QString &field : uniqueFields) {
            const QString before = exists ? fieldOf(current, field) : QString();
            const QString after = fieldOf(desired, field);
            if (before == after)
                continue;
            if (!before.isEmpty() && owners[field].value(before) == current.id)
                owners[field].remove(before);
            if (!after.isEmpty()) {
                owners[field].insert(after, current.id);
                ownerLabels.insert(current.id, label(desired));
            }
        }
        plan.user = desired;
        if (!exists)
            plan.kind = Plan::Kind::Create;
        else if (!sameUser(current, desired) || plan.adopted)
            plan.kind = Plan::Kind::Update;
        else
            plan.kind = Plan::Kind::Unchanged;
        if (plan.adopted)
            plan.message = tr("Adopted the existing user “%1” by %2.")
                               .arg(label(current), fieldTitle(matchKey));
    }

    // Writes: creates in multi-row INSERTs with ids allocated up front, then updates and deletes.
    int creates = 0;
    for (const Plan &plan : plans)
        creates += plan.kind == Plan::Kind::Create;
    auto ids = IdAllocator::allocate(db, QStringLiteral("users"), creates);
    if (!ids)
        return ids.error();
    const QString now = Connection::nowText();
    const QStringList columns{QStringLiteral("id"),         QStringLiteral("nickname"),
                              QStringLiteral("username"),   QStringLiteral("email"),
                              QStringLiteral("phone"),      QStringLiteral("enabled"),
                              QStringLiteral("protected"),  QStringLiteral("custom"),
                              QStringLiteral("created_at"), QStringLiteral("updated_at")};
    BulkInsert inserts(db, QStringLiteral("users"), columns);
    int nextId = 0;
    for (int i = 0; i < records.size(); ++i) {
        Plan &plan = plans[i];
        if (plan.kind != Plan::Kind::Create)
            continue;
        plan.user.id = ids->at(nextId++);
        const User &u = plan.user;
        const QVariantList row{u.id,
                               u.nickname,
                               SqlValue::nullableText(u.username),
                               SqlValue::nullableText(u.email),
                               SqlValue::nullableText(u.phone),
                               SqlValue::flag(u.enabled),
                               0,
                               SqlValue::jsonText(u.custom),
                               now,
                               now};
        if (!batch.careful()) {
            inserts.add(row);
            continue;
        }
        StoreError error = batch.guarded([&]() {
            BulkInsert single(db, QStringLiteral("users"), columns);
            single.add(row);
            return single.flush();
        });
        if (error) {
            plan.kind = Plan::Kind::Failed;
            plan.message = error.message();
        }
    }
    if (StoreError error = inserts.flush())
        return error;

    for (int i = 0; i < records.size(); ++i) {
        Plan &plan = plans[i];
        StoreError error;
        if (plan.kind == Plan::Kind::Update) {
            const User &u = plan.user;
            error = batch.guarded([&]() {
                StoreError prepareError;
                QSqlQuery *update = db.prepared(
                    QStringLiteral(
                        "UPDATE users SET nickname = ?, username = ?, email = ?, phone = ?, "
                        "enabled = ?, custom = ?, updated_at = ? WHERE id = ?"),
                    &prepareError);
                if (!update)
                    return prepareError;
                return db.run(*update,
                              {u.nickname, SqlValue::nullableText(u.username),
                               SqlValue::nullableText(u.email), SqlValue::nullableText(u.phone),
                               SqlValue::flag(u.enabled), SqlValue::jsonText(u.custom), now, u.id},
                              tr("Saving user “%1”").arg(label(u)));
            });
        } else if (plan.kind == Plan::Kind::Delete) {
            error = batch.guarded([&]() {
                StoreError prepareError;
                QSqlQuery *remove =
                    db.prepared(QStringLiteral("DELETE FROM users WHERE id = ? AND protected = 0"),
                                &prepareError);
                if (!remove)
                    return prepareError;
                return db.run(*remove, {plan.user.id});
            });
        }
        if (error) {
            if (!batch.careful())
                return error; // the page is retried in careful mode, record by record
            plan.kind = Plan::Kind::Failed;
            plan.message = error.message();
        }
    }

    for (int i = 0; i < records.size(); ++i) {
        const Plan &plan = plans.at(i);
        const QString pk = QString::number(plan.user.id);
        switch (plan.kind) {
        case Plan::Kind::Create:
            batch.link(i, Name, pk);
            batch.report(Name, i, RecordAction::Created);
            break;
        case Plan::Kind::Update:
            batch.link(i, Name, pk);
            batch.report(Name, i, RecordAction::Updated, plan.message);
            break;
        case Plan::Kind::Unchanged:
            batch.report(Name, i, RecordAction::Unchanged);
            break;
        case Plan::Kind::Delete:
            batch.unlink(i, Name, pk);
            batch.report(Name, i, RecordAction::Deleted);
            break;
        case Plan::Kind::Failed:
            batch.report(Name, i, RecordAction::Failed, plan.message);
            break;
        case Plan::Kind::Skipped:
            batch.report(Name, i, RecordAction::Skipped, plan.message);
            break;
        }
    }
    return {};
}

StoreError UsersResource::existingTargets(Connection &connection, const QStringList &pks,
                                          QSet<QString> *existing)
{
    return InList::existingIds(connection, QStringLiteral("users"), pks, existing);
}
