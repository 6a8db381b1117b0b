#pragma once

#include "benchoptions.h"
#include "benchresult.h"

class BenchEngine;

// The scenarios that need no GUI and no HTTP: floor, full, unchanged, delta, full1m and pgfull.
// Each runs in the calling process (a child of the bench) on a fresh store.
class SyncScenarios
{
public:
    explicit SyncScenarios(const BenchOptions &options);

    static bool handles(const QString &name);
    BenchResult run(const QString &name);

    // The sample source's options for `users` users and `mutation` % changed.
    QJsonObject sampleOptions(int users, int mutation = 0) const;

private:
    BenchResult floor();
    BenchResult full(int users, const QString &postgresUrl);
    BenchResult unchanged();
    BenchResult delta();
    // A sync of the engine's source, timed, into `result`; false (with result.error) if it failed.
    bool timedSync(BenchEngine &engine, BenchResult &result);
    // Configures the sample source, then timedSync().
    bool syncSample(BenchEngine &engine, BenchResult &result, int users, int mutation);

    BenchOptions m_options;
};
