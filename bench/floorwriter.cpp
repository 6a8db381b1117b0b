#include "floorwriter.h"

#include "sources/sample/sampleorganisation.h"
#include "store/connection.h"
#include "store/migrator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <sqlite3.h>

namespace {
// "d00042" → 42: the sample's uids are numbers, and the engine's ids follow the same order here.
qint64 uidNumber(const QString &uid)
{
    return uid.mid(1).toLongLong();
}

QByteArray utf8(const QJsonObject &record, const char *key)
{
    return record.value(QLatin1String(key)).toString().toUtf8();
}
} // namespace

QList<FloorWriter::DepartmentRow> FloorWriter::departments(const SampleOrganisation &organisation)
{
    const int count = int(organisation.departmentRecordCount());
    QList<DepartmentRow> rows(count);
    QSet<qint64> parents;
    for (int i = 0; i < count; ++i) {
        const QJsonObject record = organisation.departmentRecord(i);
        DepartmentRow &row = rows[i];
        row.id = uidNumber(record.value(QStringLiteral("uid")).toString());
        row.parentId = uidNumber(record.value(QStringLiteral("parentUid")).toString());
        row.sort = record.value(QStringLiteral("sort")).toInt();
        row.title = utf8(record, "title");
        if (row.parentId)
            parents.insert(row.parentId);
    }
    for (DepartmentRow &row : rows)
        row.isLeaf = !parents.contains(row.id);
    return rows;
}

QList<FloorWriter::UserRow> FloorWriter::users(const SampleOrganisation &organisation, qint64 first,
                                               qint64 count)
{
    QList<UserRow> rows;
    rows.reserve(count);
    for (qint64 number = first; number < first + count; ++number) {
        const QJsonObject record = organisation.userRecord(number);
        UserRow row;
        row.id = number;
        row.nickname = utf8(record, "nickname");
        row.username = utf8(record, "username");
        row.email = utf8(record, "email");
        row.phone = utf8(record, "phone");
        // What the engine keeps as custom fields: every key that is not a column.
        QJsonObject custom;
        for (auto it = record.constBegin(); it != record.constEnd(); ++it) {
            static const QSet<QString> columns{
                QStringLiteral("uid"),   QStringLiteral("nickname"), QStringLiteral("username"),
                QStringLiteral("email"), QStringLiteral("phone"),    QStringLiteral("departments")};
            if (!columns.contains(it.key()))
                custom.insert(it.key(), it.value());
        }
        row.custom = QJsonDocument(custom).toJson(QJsonDocument::Compact);
        for (const QJsonValue &entry : record.value(QStringLiteral("departments")).toArray()) {
            // An entry is a uid or {uid, isOwner, isMain}.
            const QJsonObject object = entry.toObject();
            const QString uid = entry.isString() ? entry.toString()
                                                 : object.value(QStringLiteral("uid")).toString();
            row.memberships << Membership{uidNumber(uid),
                                          object.value(QStringLiteral("isOwner")).toBool(),
                                          object.value(QStringLiteral("isMain")).toBool()};
        }
        rows << row;
    }
    return rows;
}

QString FloorWriter::createSchema(const QString &path)
{
    Connection db(DatabaseConfig::sqlite(path));
    const StoreError error = db.isOpen() ? Migrator(db).migrate() : db.openError();
    return error ? error.message() : QString();
}

FloorWriter::FloorWriter(const QString &path)
    : m_now(Connection::nowText().toUtf8())
{
    if (!check(sqlite3_open(path.toUtf8().constData(), &m_db)))
        return;
    // The same settings as every UserSync connection (core/store/connection.cpp).
    for (const char *pragma :
         {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL",
          "PRAGMA cache_size = -65536", "PRAGMA temp_store = MEMORY"}) {
        if (!check(sqlite3_exec(m_db, pragma, nullptr, nullptr, nullptr)))
            return;
    }
    const auto prepare = [&](const char *sql, sqlite3_stmt **statement) {
        return check(sqlite3_prepare_v2(m_db, sql, -1, statement, nullptr));
    };
    (void)(prepare("INSERT INTO departments (id, title, parent_id, is_leaf, sort, custom, "
                   "created_at, updated_at) VALUES (?, ?, ?, ?, ?, '{}', ?, ?)",
                   &m_department)
           && prepare("INSERT INTO users (id, nickname, username, email, phone, enabled, "
                      "protected, custom, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, 0, "
                      "?, ?, ?)",
                      &m_user)
           && prepare("INSERT INTO department_users (user_id, department_id, is_owner, is_main, "
                      "managed_by_source, created_at) VALUES (?, ?, ?, ?, 'bench', ?)",
                      &m_membership));
}

FloorWriter::~FloorWriter()
{
    for (sqlite3_stmt *statement : {m_department, m_user, m_membership})
        sqlite3_finalize(statement);
    sqlite3_close(m_db);
}

bool FloorWriter::check(int code)
{
    if (code == SQLITE_OK || code == SQLITE_DONE || code == SQLITE_ROW)
        return true;
    if (m_error.isEmpty())
        m_error = QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(code));
    return false;
}

bool FloorWriter::text(sqlite3_stmt *statement, int column, const QByteArray &value)
{
    if (value.isEmpty())
        return check(sqlite3_bind_null(statement, column));
    return check(
        sqlite3_bind_text(statement, column, value.constData(), int(value.size()), SQLITE_STATIC));
}

bool FloorWriter::step(sqlite3_stmt *statement)
{
    const bool ok = check(sqlite3_step(statement));
    sqlite3_reset(statement);
    return ok;
}

bool FloorWriter::begin()
{
    return m_error.isEmpty() && check(sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr));
}

bool FloorWriter::write(const QList<DepartmentRow> &rows)
{
    for (const DepartmentRow &row : rows) {
        sqlite3_stmt *s = m_department;
        const bool bound = check(sqlite3_bind_int64(s, 1, row.id)) && text(s, 2, row.title)
            && check(row.parentId ? sqlite3_bind_int64(s, 3, row.parentId)
                                  : sqlite3_bind_null(s, 3))
            && check(sqlite3_bind_int(s, 4, row.isLeaf)) && check(sqlite3_bind_int(s, 5, row.sort))
            && text(s, 6, m_now) && text(s, 7, m_now);
        if (!bound || !step(s))
            return false;
    }
    return true;
}

bool FloorWriter::write(const QList<UserRow> &rows)
{
    for (const UserRow &row : rows) {
        sqlite3_stmt *s = m_user;
        const bool bound = check(sqlite3_bind_int64(s, 1, row.id)) && text(s, 2, row.nickname)
            && text(s, 3, row.username) && text(s, 4, row.email) && text(s, 5, row.phone)
            && text(s, 6, row.custom) && text(s, 7, m_now) && text(s, 8, m_now);
        if (!bound || !step(s))
            return false;
        for (const Membership &membership : row.memberships) {
            sqlite3_stmt *m = m_membership;
            const bool ok = check(sqlite3_bind_int64(m, 1, row.id))
                && check(sqlite3_bind_int64(m, 2, membership.department))
                && check(sqlite3_bind_int(m, 3, membership.isOwner))
                && check(sqlite3_bind_int(m, 4, membership.isMain)) && text(m, 5, m_now);
            if (!ok || !step(m))
                return false;
        }
    }
    return true;
}

bool FloorWriter::commit()
{
    return m_error.isEmpty() && check(sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr));
}
