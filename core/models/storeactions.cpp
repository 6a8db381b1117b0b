#include "storeactions.h"

#include "store/migrator.h"
#include "store/sourcerepository.h"
#include "store/taskrepository.h"
#include "storejob.h"

#include <QCoreApplication>

namespace StoreActions {

void insertSource(const DatabaseConfig &config, const SyncSource &source, QObject *context,
                  std::function<void(Result<SyncSource>)> done)
{
    BackgroundJob::runOnStore<SyncSource>(
        config, context, [source](Connection &db) { return SourceRepository(db).insert(source); },
        std::move(done));
}

void updateSource(const DatabaseConfig &config, const SyncSource &source, QObject *context,
                  std::function<void(Result<SyncSource>)> done)
{
    BackgroundJob::runOnStore<SyncSource>(
        config, context,
        [source](Connection &db) -> Result<SyncSource> {
            SourceRepository sources(db);
            if (StoreError error = sources.update(source))
                return error;
            return sources.byId(source.id);
        },
        std::move(done));
}

void removeSource(const DatabaseConfig &config, qint64 sourceId, QObject *context,
                  std::function<void(StoreError)> done)
{
    BackgroundJob::runOnStore<bool>(
        config, context,
        [sourceId](Connection &db) -> Result<bool> {
            SourceRepository sources(db);
            auto source = sources.byId(sourceId);
            if (!source)
                return source.error();
            auto running = TaskRepository(db).runningForSource(sourceId);
            if (!running)
                return running.error();
            if (running->id != 0)
                return StoreError(
                    StoreError::Kind::Conflict,
                    QCoreApplication::translate(
                        "StoreActions",
                        "Source “%1” is syncing (batch %2); cancel it or wait, then delete it.")
                        .arg(source->name, running->batch));
            if (StoreError error = sources.remove(sourceId))
                return error;
            return true;
        },
        [done](Result<bool> result) { done(result ? StoreError() : result.error()); });
}

void recoverInterrupted(const DatabaseConfig &config, QObject *context,
                        std::function<void(Result<QList<SyncTask>>)> done)
{
    BackgroundJob::runOnStore<QList<SyncTask>>(
        config, context, [](Connection &db) { return TaskRepository(db).recoverInterrupted(); },
        std::move(done));
}

void taskByBatch(const DatabaseConfig &config, const QString &batch, QObject *context,
                 std::function<void(Result<SyncTask>)> done)
{
    BackgroundJob::runOnStore<SyncTask>(
        config, context, [batch](Connection &db) { return TaskRepository(db).byBatch(batch); },
        std::move(done));
}

void probe(const DatabaseConfig &config, QObject *context,
           std::function<void(bool ok, const QString &message)> done)
{
    BackgroundJob::runOnStore<QString>(
        config, context,
        [](Connection &db) -> Result<QString> {
            auto version = db.scalar(db.isPostgres() ? QStringLiteral("SHOW server_version")
                                                     : QStringLiteral("SELECT sqlite_version()"));
            if (!version)
                return version.error();
            auto schema = Migrator(db).currentVersion();
            if (!schema)
                return schema.error();
            const QString engine =
                db.isPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
            if (*schema == 0)
                return QCoreApplication::translate(
                           "StoreActions",
                           "Connected to %1 %2. The database is empty; UserSync creates its "
                           "tables when it starts with it.")
                    .arg(engine, version->toString());
            if (*schema > Migrator::latestVersion())
                return StoreError(
                    StoreError::Kind::Schema,
                    QCoreApplication::translate(
                        "StoreActions",
                        "Connected to %1 %2, but the database was written by a newer UserSync "
                        "(schema version %3; this one knows %4). It would refuse to use it.")
                        .arg(engine, version->toString())
                        .arg(*schema)
                        .arg(Migrator::latestVersion()));
            return QCoreApplication::translate("StoreActions",
                                               "Connected to %1 %2 (UserSync schema version %3).")
                .arg(engine, version->toString())
                .arg(*schema);
        },
        [done](Result<QString> result) {
            done(result.ok(), result ? *result : result.error().message());
        });
}

} // namespace StoreActions
