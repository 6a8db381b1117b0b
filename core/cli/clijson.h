#pragma once

#include "store/directoryreader.h"
#include "store/syncsource.h"
#include "store/synctask.h"
#include "store/taskresult.h"

#include <QJsonArray>
#include <QJsonObject>

class SourceType;

// The JSON shapes of usersync-cli --json: a contract (README, "usersync-cli"). Fields are only
// ever added, never renamed or removed.
namespace CliJson {
QJsonObject task(const SyncTask &task);
QJsonObject result(const TaskResult &result);
QJsonObject source(const SyncSource &source, const SyncTask *lastTask);
QJsonObject sourceType(const SourceType &type);
QJsonObject user(const DirectoryReader::UserEntry &entry);
QJsonObject department(const DirectoryReader::DepartmentEntry &entry);
QJsonValue time(const QDateTime &time); // ISO-8601 UTC, or null
} // namespace CliJson
