#include "plannerstatistics.h"

#include "connection.h"

namespace {
// Below this the planner's guesses cost nothing measurable.
constexpr qint64 MinimumRows = 1000;
} // namespace

PlannerStatistics::PlannerStatistics(Connection &connection)
    : m_connection(connection)
{ }

void PlannerStatistics::noteInserted(qint64 rows)
{
    if (!m_connection.isPostgres() || rows <= 0)
        return;
    if (m_threshold < 0 && readThreshold())
        return;
    m_inserted += rows;
    if (m_inserted < m_threshold)
        return;
    // The tables a page looks rows up in by something other than their primary key. Not the
    // owner of them (a shared database set up by someone else): PostgreSQL skips them with a
    // warning, not an error.
    if (m_connection.exec(
            QStringLiteral("ANALYZE sync_records, sync_record_resources, users, department_users")))
        return;
    m_inserted = 0;
    readThreshold(); // analyse again once the tables have doubled
}

StoreError PlannerStatistics::readThreshold()
{
    // reltuples is the row count the last ANALYZE saw (-1 before the first one).
    auto known = m_connection.scalar(
        QStringLiteral("SELECT reltuples FROM pg_class WHERE oid = 'sync_records'::regclass"));
    if (!known)
        return known.error();
    m_threshold = qMax(MinimumRows, qint64(known->toDouble()));
    return {};
}
