#pragma once

#include "backgroundjob.h"
#include "store/connection.h"
#include "store/databaseconfig.h"
#include "store/result.h"

// A background job on the store: opens a Connection of its own for the job (never shared with
// another thread) and closes it before the result is handed to `context`.
namespace BackgroundJob {
template<typename T>
void runOnStore(const DatabaseConfig &config, QObject *context,
                std::function<Result<T>(Connection &)> work, std::function<void(Result<T>)> done)
{
    run<Result<T>>(
        context,
        [config, work = std::move(work)]() -> Result<T> {
            Connection db(config);
            if (!db.isOpen())
                return db.openError();
            return work(db);
        },
        std::move(done));
}
} // namespace BackgroundJob
