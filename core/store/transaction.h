#pragma once

#include "storeerror.h"

class Connection;

// A write transaction that rolls back unless commit() succeeded. On SQLite it takes the write
// lock up front (BEGIN IMMEDIATE), so two writers wait on the busy timeout instead of failing
// with a deadlock half-way through. A Savepoint one runs inside a transaction that is already
// open: its rollback undoes only what it did.
class Transaction
{
public:
    enum class Kind { Outer, Savepoint };

    explicit Transaction(Connection &connection, Kind kind = Kind::Outer);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    StoreError begin();
    StoreError commit();
    void rollback();
    bool isActive() const { return m_active; }

private:
    Connection &m_connection;
    Kind m_kind;
    bool m_active = false;
};
