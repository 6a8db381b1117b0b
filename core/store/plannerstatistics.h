#pragma once

#include "storeerror.h"

#include <QtGlobal>

class Connection;

// PostgreSQL plans each statement with the statistics of a table's last ANALYZE. A store filled
// by one big sync (a new shared database, the first import) was planned as the empty tables it
// had been: lookups by uid or e-mail filtered rows one by one instead of probing the index, so
// every page cost more than the one before (README, "Performance"). Autovacuum catches up about
// once a minute per database, too late for a sync of a few minutes. This analyses the sync's
// tables whenever the task has added as many origin records as the store held at the last
// look; SQLite plans without such statistics and is left alone.
class PlannerStatistics
{
public:
    explicit PlannerStatistics(Connection &connection);

    // After a committed page that added `rows` origin records. Best effort: a failure here only
    // leaves the plans as they were (and a lost connection shows on the next page anyway).
    void noteInserted(qint64 rows);

private:
    StoreError readThreshold();

    Connection &m_connection;
    qint64 m_inserted = 0; // origin records this task added since the last refresh
    qint64 m_threshold = -1; // until the first page: unknown
};
