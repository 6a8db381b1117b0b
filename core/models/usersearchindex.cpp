#include "usersearchindex.h"

#include "store/connection.h"
#include "store/sqlitenative.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <cstring>
#include <limits>
#include <sqlite3.h>

namespace {
constexpr char FieldSeparator = '\x1f';
constexpr char RowEnd = '\0';

// Appends `value` case-folded as the non-ASCII search folds it (QString::toCaseFolded), with a
// byte loop for the common all-ASCII value.
void appendFolded(QByteArray &out, QByteArrayView value)
{
    const bool ascii = std::all_of(value.begin(), value.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (!ascii) {
        out += QString::fromUtf8(value).toCaseFolded().toUtf8();
        return;
    }
    const qsizetype start = out.size();
    out.resize(start + value.size());
    char *to = out.data() + start;
    for (char c : value)
        *to++ = (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
}

QByteArray foldedNeedle(const QString &search)
{
    return search.trimmed().toCaseFolded().toUtf8();
}

StoreError changedWhileReading()
{
    return StoreError(StoreError::Kind::Conflict,
                      QCoreApplication::translate(
                          "UserSearchIndex", "The users changed while the search index was read."));
}
} // namespace

Result<UserSearchIndex::Stamp> UserSearchIndex::stamp(Connection &db)
{
    QSqlQuery query(db.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT COUNT(*), COALESCE(MAX(id), 0), COALESCE(SUM(attempt), 0), "
        "COALESCE(MAX(finished_at), ''), "
        "COALESCE(SUM(CASE WHEN status IN ('init', 'processing') THEN 1 ELSE 0 END), 0), "
        "(SELECT COALESCE(MAX(id), 0) FROM users) FROM sync_tasks"));
    if (StoreError error = db.run(query, {}))
        return error;
    if (!query.next())
        return Stamp{};
    Stamp result;
    result.tasks = query.value(0).toLongLong();
    result.lastTaskId = query.value(1).toLongLong();
    result.attempts = query.value(2).toLongLong();
    result.lastFinished = query.value(3).toString();
    result.running = query.value(4).toLongLong();
    result.lastUserId = query.value(5).toLongLong();
    return result;
}

Result<std::shared_ptr<const UserSearchIndex>> UserSearchIndex::build(Connection &db)
{
    auto before = stamp(db);
    if (!before)
        return before.error();
    std::shared_ptr<UserSearchIndex> index(new UserSearchIndex);
    index->m_stamp = *before;
    const char *sql = "SELECT id, nickname, username, email, phone FROM users ORDER BY id";
    if (sqlite3 *native = SqliteNative::handle(db)) {
        // Qt's driver makes a QVariant of every value; reading a million users natively takes
        // a fraction of the time.
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(native, sql, -1, &statement, nullptr) != SQLITE_OK)
            return SqliteNative::lastError(native);
        int code = SQLITE_ROW;
        while ((code = sqlite3_step(statement)) == SQLITE_ROW) {
            std::array<QByteArrayView, FieldCount> fields;
            for (int i = 0; i < FieldCount; ++i)
                fields[i] = QByteArrayView(
                    reinterpret_cast<const char *>(sqlite3_column_text(statement, i + 1)),
                    sqlite3_column_bytes(statement, i + 1));
            index->add(sqlite3_column_int64(statement, 0), fields);
        }
        sqlite3_finalize(statement);
        if (code != SQLITE_DONE)
            return SqliteNative::lastError(native);
    } else {
        QSqlQuery query(db.database());
        query.setForwardOnly(true);
        query.prepare(QString::fromLatin1(sql));
        if (StoreError error = db.run(query, {}))
            return error;
        while (query.next()) {
            std::array<QByteArray, FieldCount> values;
            std::array<QByteArrayView, FieldCount> fields;
            for (int i = 0; i < FieldCount; ++i) {
                values[i] = query.value(i + 1).toString().toUtf8();
                fields[i] = values[i];
            }
            index->add(query.value(0).toLongLong(), fields);
        }
    }
    if (index->m_text.size() >= qsizetype(std::numeric_limits<quint32>::max()))
        return StoreError(StoreError::Kind::Query,
                          QCoreApplication::translate(
                              "UserSearchIndex", "The users are too many for the search index."));
    index->m_offsets << quint32(index->m_text.size());
    index->m_text.squeeze();
    index->m_ids.squeeze();
    index->m_offsets.squeeze();
    auto after = stamp(db);
    if (!after)
        return after.error();
    if (*after != *before)
        return changedWhileReading();
    return std::shared_ptr<const UserSearchIndex>(std::move(index));
}

void UserSearchIndex::add(qint64 id, const std::array<QByteArrayView, FieldCount> &fields)
{
    m_ids << id;
    m_offsets << quint32(m_text.size());
    for (int i = 0; i < FieldCount; ++i) {
        if (i > 0)
            m_text += FieldSeparator;
        appendFolded(m_text, fields[i]);
    }
    m_text += RowEnd;
}

bool UserSearchIndex::canAnswer(const QString &search)
{
    const QByteArray needle = foldedNeedle(search);
    return !needle.isEmpty() && !needle.contains(FieldSeparator) && !needle.contains(RowEnd);
}

QByteArrayView UserSearchIndex::field(qsizetype row, int field) const
{
    const char *start = m_text.constData() + m_offsets.at(row);
    const char *end = m_text.constData() + m_offsets.at(row + 1) - 1; // before the \0
    for (int i = 0; i < field; ++i)
        start = static_cast<const char *>(std::memchr(start, FieldSeparator, end - start)) + 1;
    const auto *next = static_cast<const char *>(std::memchr(start, FieldSeparator, end - start));
    return QByteArrayView(start, (next ? next : end) - start);
}

Result<const UserSearchIndex::Ordering *> UserSearchIndex::ordering(Connection &db,
                                                                    UserQuery::Order order) const
{
    QMutexLocker lock(&m_orderingMutex);
    const int fieldNumber = int(order) - int(UserQuery::Order::Nickname);
    std::optional<Ordering> &cached = m_orderings[fieldNumber];
    if (cached)
        return &*cached;
    // The database sorts, so that the order is the same as without the index on both engines
    // (PostgreSQL sorts by the database's collation).
    Ordering result;
    result.rows.reserve(m_ids.size());
    const auto take = [&](qint64 id) {
        const auto at = std::lower_bound(m_ids.cbegin(), m_ids.cend(), id);
        if (at == m_ids.cend() || *at != id)
            return false;
        const auto row = quint32(at - m_ids.cbegin());
        result.rows << row;
        if (!field(row, fieldNumber).isEmpty())
            ++result.filled;
        return true;
    };
    const QString sql = QStringLiteral("SELECT id FROM users") + UserQuery::orderBy(order, false);
    bool known = true;
    if (sqlite3 *native = SqliteNative::handle(db)) {
        sqlite3_stmt *statement = nullptr;
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(native, text.constData(), int(text.size()), &statement, nullptr)
            != SQLITE_OK)
            return SqliteNative::lastError(native);
        int code = SQLITE_ROW;
        while (known && (code = sqlite3_step(statement)) == SQLITE_ROW)
            known = take(sqlite3_column_int64(statement, 0));
        sqlite3_finalize(statement);
        if (known && code != SQLITE_DONE)
            return SqliteNative::lastError(native);
    } else {
        QSqlQuery query(db.database());
        query.setForwardOnly(true);
        query.prepare(sql);
        if (StoreError error = db.run(query, {}))
            return error;
        while (known && query.next())
            known = take(query.value(0).toLongLong());
    }
    auto now = stamp(db);
    if (!now)
        return now.error();
    if (!known || result.rows.size() != m_ids.size() || *now != m_stamp)
        return changedWhileReading();
    cached = std::move(result);
    return &*cached;
}

Result<QList<qint64>> UserSearchIndex::matches(Connection &db, const QString &search,
                                               UserQuery::Order order, bool descending) const
{
    const QByteArray needle = foldedNeedle(search);
    QList<quint32> rows;
    const char *text = m_text.constData();
    const char *end = text + m_text.size();
    const char *at = text;
    while (at < end) {
        const auto *hit =
            static_cast<const char *>(memmem(at, end - at, needle.constData(), needle.size()));
        if (!hit)
            break;
        // The row holding the hit; the search goes on at the next row.
        const auto next =
            std::upper_bound(m_offsets.cbegin(), m_offsets.cend(), quint32(hit - text));
        rows << quint32(next - m_offsets.cbegin() - 1);
        at = text + *next;
    }

    QList<qint64> ids;
    ids.reserve(rows.size());
    if (order == UserQuery::Order::Id) {
        for (quint32 row : std::as_const(rows))
            ids << m_ids.at(row);
        if (descending)
            std::reverse(ids.begin(), ids.end());
        return ids;
    }
    // Walk the field's order and keep the matching rows: linear, however many match.
    QList<bool> matched(m_ids.size(), false);
    for (quint32 row : std::as_const(rows))
        matched[row] = true;
    auto found = ordering(db, order);
    if (!found)
        return found.error();
    const Ordering &sorted = **found;
    const auto keep = [&](qsizetype from, qsizetype to) {
        if (!descending) {
            for (qsizetype i = from; i < to; ++i)
                if (matched.at(sorted.rows.at(i)))
                    ids << m_ids.at(sorted.rows.at(i));
        } else {
            for (qsizetype i = to - 1; i >= from; --i)
                if (matched.at(sorted.rows.at(i)))
                    ids << m_ids.at(sorted.rows.at(i));
        }
    };
    // Empty values last in both directions, as in UserQuery::page.
    keep(0, sorted.filled);
    keep(sorted.filled, sorted.rows.size());
    return ids;
}
