#include "benchresult.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <functional>

namespace {
double rounded(double value, int decimals)
{
    const double scale = decimals == 3 ? 1000.0 : decimals == 2 ? 100.0 : 10.0;
    return std::round(value * scale) / scale;
}

double medianOf(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}
} // namespace

void BenchResult::takeTask(const SyncTask &task)
{
    records = task.recordsDone;
    changes = 0;
    for (auto it = task.counts.constBegin(); it != task.counts.constEnd(); ++it) {
        const QJsonObject counts = it.value().toObject();
        for (const char *key : {"created", "updated", "deleted"})
            changes += counts.value(QLatin1String(key)).toInteger();
    }
    if (task.status != TaskStatus::Success)
        error = QStringLiteral("the sync ended %1: %2")
                    .arg(TaskStatusText::key(task.status), task.message);
}

QJsonObject BenchResult::toJson() const
{
    QJsonObject object{{QStringLiteral("name"), name},
                       {QStringLiteral("users"), users},
                       {QStringLiteral("departments"), departments},
                       {QStringLiteral("records"), records},
                       {QStringLiteral("seconds"), rounded(seconds, 3)},
                       {QStringLiteral("recordsPerSecond"), qRound64(recordsPerSecond())},
                       {QStringLiteral("peakRssMB"), rounded(peakRssMB, 1)}};
    object.insert(QStringLiteral("ratioToFloor"),
                  ratioToFloor >= 0 ? QJsonValue(rounded(ratioToFloor, 2)) : QJsonValue());
    if (writes >= 0)
        object.insert(QStringLiteral("writes"), writes);
    if (changes >= 0)
        object.insert(QStringLiteral("changes"), changes);
    if (maxStallMs >= 0)
        object.insert(QStringLiteral("maxStallMs"), rounded(maxStallMs, 1));
    if (firstRowsMs >= 0)
        object.insert(QStringLiteral("firstRowsMs"), rounded(firstRowsMs, 1));
    if (keystrokeMs >= 0)
        object.insert(QStringLiteral("keystrokeMs"), rounded(keystrokeMs, 1));
    if (searchIndexMs >= 0)
        object.insert(QStringLiteral("searchIndexMs"), rounded(searchIndexMs, 1));
    if (!error.isEmpty())
        object.insert(QStringLiteral("error"), error);
    return object;
}

BenchResult BenchResult::fromJson(const QJsonObject &object)
{
    const auto number = [&](const char *key) {
        const QJsonValue value = object.value(QLatin1String(key));
        return value.isDouble() ? value.toDouble() : -1.0;
    };
    BenchResult result;
    result.name = object.value(QStringLiteral("name")).toString();
    result.users = object.value(QStringLiteral("users")).toInt();
    result.departments = object.value(QStringLiteral("departments")).toInt();
    result.records = object.value(QStringLiteral("records")).toInteger();
    result.seconds = object.value(QStringLiteral("seconds")).toDouble();
    result.peakRssMB = object.value(QStringLiteral("peakRssMB")).toDouble();
    result.ratioToFloor = number("ratioToFloor");
    result.writes = qint64(number("writes"));
    result.changes = qint64(number("changes"));
    result.maxStallMs = number("maxStallMs");
    result.firstRowsMs = number("firstRowsMs");
    result.keystrokeMs = number("keystrokeMs");
    result.searchIndexMs = number("searchIndexMs");
    result.error = object.value(QStringLiteral("error")).toString();
    return result;
}

BenchResult BenchResult::median(const QList<BenchResult> &runs)
{
    if (runs.isEmpty())
        return {};
    BenchResult result = runs.constFirst();
    const auto of = [&](const std::function<double(const BenchResult &)> &figure) {
        QList<double> values;
        for (const BenchResult &run : runs)
            values << figure(run);
        return medianOf(values);
    };
    result.seconds = of([](const BenchResult &r) { return r.seconds; });
    result.peakRssMB = of([](const BenchResult &r) { return r.peakRssMB; });
    result.maxStallMs = of([](const BenchResult &r) { return r.maxStallMs; });
    result.firstRowsMs = of([](const BenchResult &r) { return r.firstRowsMs; });
    result.keystrokeMs = of([](const BenchResult &r) { return r.keystrokeMs; });
    result.searchIndexMs = of([](const BenchResult &r) { return r.searchIndexMs; });
    // Writes and changes must be 0 in every run, so the worst run is the honest figure.
    for (const BenchResult &run : runs) {
        result.writes = qMax(result.writes, run.writes);
        result.changes = qMax(result.changes, run.changes);
        if (result.error.isEmpty())
            result.error = run.error;
    }
    return result;
}
