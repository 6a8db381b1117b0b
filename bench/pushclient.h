#pragma once

#include "benchoptions.h"

#include <QByteArrayList>

// The client half of push500/push5000, run as its own process (usersync-bench --push-client):
// builds the sample directory's push bodies (departments, then users, `batch` records each)
// before the clock starts, POSTs them one after the other to /api/userData:push as a script
// would, and prints {"seconds", "records", "error"?} on stdout. The token comes from the
// environment (USERSYNC_BENCH_TOKEN), never from the command line.
class PushClient
{
public:
    explicit PushClient(const BenchOptions &options);
    int run();

private:
    QByteArrayList bodies(qint64 *records) const;

    BenchOptions m_options;
};
