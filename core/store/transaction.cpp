#include "transaction.h"

#include "connection.h"

namespace {
const QString SavepointName = QStringLiteral("usersync_part");
} // namespace

Transaction::Transaction(Connection &connection, Kind kind)
    : m_connection(connection)
    , m_kind(kind)
{ }

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

StoreError Transaction::begin()
{
    Q_ASSERT(!m_active);
    const QString statement = m_kind == Kind::Savepoint
        ? QStringLiteral("SAVEPOINT ") + SavepointName
        : m_connection.isPostgres() ? QStringLiteral("BEGIN")
                                    : QStringLiteral("BEGIN IMMEDIATE");
    if (StoreError error = m_connection.exec(statement))
        return error;
    m_active = true;
    return {};
}

StoreError Transaction::commit()
{
    Q_ASSERT(m_active);
    StoreError error =
        m_connection.exec(m_kind == Kind::Savepoint ? QStringLiteral("RELEASE ") + SavepointName
                                                    : QStringLiteral("COMMIT"));
    if (error) {
        rollback();
        return error;
    }
    m_active = false;
    if (m_kind == Kind::Outer)
        m_connection.yieldToWaitingWriters();
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_kind == Kind::Savepoint) {
        m_connection.exec(QStringLiteral("ROLLBACK TO ") + SavepointName);
        m_connection.exec(QStringLiteral("RELEASE ") + SavepointName);
    } else {
        m_connection.exec(QStringLiteral("ROLLBACK"));
    }
}
