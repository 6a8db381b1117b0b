#pragma once

#include "store/synctask.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// The figures of one scenario run. -1 marks a figure the scenario does not have.
struct BenchResult
{
    QString name;
    int users = 0;
    int departments = 0;
    qint64 records = 0; // records the scenario wrote or synced (users + departments)
    double seconds = 0;
    double peakRssMB = 0;
    double ratioToFloor = -1; // set by the parent from the floor's records/s
    qint64 writes = -1; // unchanged: rows of the target tables that changed
    qint64 changes = -1; // sync scenarios: created + updated + deleted, as the task reports them
    double maxStallMs = -1; // gui, users1m
    double firstRowsMs = -1; // users1m
    double keystrokeMs = -1; // users1m
    double searchIndexMs = -1; // users1m: from the first rows to the search index built
    QString error; // the scenario failed; the figures are not valid

    BenchResult() = default;
    BenchResult(int users, int departments)
        : users(users)
        , departments(departments)
    { }

    // The records and changes of a finished sync task; an error unless it succeeded.
    void takeTask(const SyncTask &task);
    double recordsPerSecond() const { return seconds > 0 ? double(records) / seconds : 0; }
    QJsonObject toJson() const;
    static BenchResult fromJson(const QJsonObject &object);
    // Every figure the median of the runs (which all have the same name and sizes).
    static BenchResult median(const QList<BenchResult> &runs);
};
