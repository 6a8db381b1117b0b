#pragma once

#include "benchresult.h"

#include <QList>
#include <QString>

// The bench's output: a plain-text table (a developer tool, so English), or with --json
// {"scenarios": [...]} with the same figures.
namespace ResultPrinter {
QString table(const QList<BenchResult> &results, int runs);
QByteArray json(const QList<BenchResult> &results);
// Sets every result's ratioToFloor from the floor's records/s (a size-independent ratio).
void addRatios(QList<BenchResult> &results);
} // namespace ResultPrinter
