#pragma once

#include "store/databaseconfig.h"
#include "store/result.h"
#include "store/syncsource.h"
#include "store/synctask.h"

#include <QObject>

#include <functional>

// Writes the GUI makes to the store, each in a background job with its own connection; the
// answer arrives on the context's thread.
namespace StoreActions {
void insertSource(const DatabaseConfig &config, const SyncSource &source, QObject *context,
                  std::function<void(Result<SyncSource>)> done);
void updateSource(const DatabaseConfig &config, const SyncSource &source, QObject *context,
                  std::function<void(Result<SyncSource>)> done);
// Refused with Kind::Conflict while the source has a running task. The source's tasks go with
// it; its users and departments stay.
void removeSource(const DatabaseConfig &config, qint64 sourceId, QObject *context,
                  std::function<void(StoreError)> done);
// Marks tasks of processes that are gone as failed (run once at start) and returns them.
void recoverInterrupted(const DatabaseConfig &config, QObject *context,
                        std::function<void(Result<QList<SyncTask>>)> done);
void taskByBatch(const DatabaseConfig &config, const QString &batch, QObject *context,
                 std::function<void(Result<SyncTask>)> done);
// Connects, and says which engine, server version and schema version answered.
void probe(const DatabaseConfig &config, QObject *context,
           std::function<void(bool ok, const QString &message)> done);
} // namespace StoreActions
