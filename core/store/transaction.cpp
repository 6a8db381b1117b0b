#include "transaction.h"

#include "connection.h"

Transaction::Transaction(Connection &connection)
    : m_connection(connection)
{ }

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

StoreError Transaction::begin()
{
    Q_ASSERT(!m_active);
    const QString statement =
        m_connection.isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    if (StoreError error = m_connection.exec(statement))
        return error;
    m_active = true;
    return {};
}

StoreError Transaction::commit()
{
    Q_ASSERT(m_active);
    StoreError error = m_connection.exec(QStringLiteral("COMMIT"));
    if (error) {
        rollback();
        return error;
    }
    m_active = false;
    m_connection.yieldToWaitingWriters();
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    m_connection.exec(QStringLiteral("ROLLBACK"));
}
