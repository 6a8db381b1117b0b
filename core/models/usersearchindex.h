#pragma once

#include "store/result.h"
#include "userquery.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>

#include <array>
#include <memory>
#include <optional>

class Connection;

// What the Users search looks at — name, username, e-mail and phone, case-folded — for every
// user, in memory, so that a search of 1,000,000 users is one pass over about 70 MB instead of
// four LIKEs on every row of the table, twice (count and page).
//
// An index is a snapshot: it is built from the database on a worker thread and never changes
// afterwards, so jobs on other threads may share it. Whether it still describes the store is
// told by its Stamp, which changes with every task that may have written users.
class UserSearchIndex
{
public:
    // What has written users so far: the tasks (a sync or push is the only writer of users) and
    // the highest user id. A running task means the users may change at any moment.
    struct Stamp
    {
        qint64 tasks = 0;
        qint64 lastTaskId = 0;
        qint64 attempts = 0;
        QString lastFinished;
        qint64 running = 0;
        qint64 lastUserId = 0;

        bool operator==(const Stamp &other) const = default;
    };

    static Result<Stamp> stamp(Connection &db);
    // Reads the users. Fails with Kind::Conflict when they changed while being read.
    static Result<std::shared_ptr<const UserSearchIndex>> build(Connection &db);

    const Stamp &builtFrom() const { return m_stamp; }
    qsizetype size() const { return m_ids.size(); }
    // Whether a search for `search` can be answered here (it is not empty and holds no character
    // the index uses to separate values).
    static bool canAnswer(const QString &search);
    // The ids of the users matching `search`, in the order of UserQuery::page. An order by a
    // column is read from the database the first time it is asked for (`db` is only used then);
    // Kind::Conflict when the users changed since the index was built.
    Result<QList<qint64>> matches(Connection &db, const QString &search, UserQuery::Order order,
                                  bool descending) const;

private:
    static constexpr int FieldCount = 4; // nickname, username, e-mail, phone

    UserSearchIndex() = default;
    void add(qint64 id, const std::array<QByteArrayView, FieldCount> &fields);
    // Row numbers in the ascending order of one column, empty values last.
    struct Ordering
    {
        QList<quint32> rows;
        qsizetype filled = 0; // rows[0, filled) have a value, the rest are empty
    };
    Result<const Ordering *> ordering(Connection &db, UserQuery::Order order) const;
    QByteArrayView field(qsizetype row, int field) const;

    Stamp m_stamp;
    QList<qint64> m_ids; // ascending
    QList<quint32> m_offsets; // where each row's text starts in m_text, plus the end
    QByteArray m_text; // per row: the folded fields separated by \x1f, then \0

    mutable QMutex m_orderingMutex;
    mutable std::array<std::optional<Ordering>, FieldCount> m_orderings;
};
