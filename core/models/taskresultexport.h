#pragma once

#include "store/databaseconfig.h"
#include "store/result.h"
#include "taskresultquery.h"

#include <QObject>

#include <functional>

// Writes the outcomes of a task (as filtered in the details view) to a CSV or JSON file in the
// background, page by page, with each row's raw source record. The file appears only complete
// (QSaveFile).
namespace TaskResultExport {
enum class Format { Csv, Json };

struct Header
{
    QString batch;
    QString source;
    QString status;
};

// `done` gets the number of rows written, on the context's thread.
void start(const DatabaseConfig &config, const TaskResultFilter &filter, const Header &header,
           Format format, const QString &path, QObject *context,
           std::function<void(Result<qint64>)> done);

// One CSV field, quoted when needed (RFC 4180).
QString csvField(const QString &value);
} // namespace TaskResultExport
