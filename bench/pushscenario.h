#pragma once

#include "benchoptions.h"
#include "benchresult.h"

// push500 and push5000, the server half: the HTTP API (ApiServer) on a fresh store with an API
// key, and the client (usersync-bench --push-client) in another process. The seconds are the
// client's, from its first request to the last answer; the peak RSS is the server's.
class PushScenario
{
public:
    explicit PushScenario(const BenchOptions &options);
    BenchResult run(const QString &name);

private:
    BenchOptions m_options;
};
