#include "resultprinter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString figure(double value, int decimals)
{
    return value < 0 ? QStringLiteral("-") : QString::number(value, 'f', decimals);
}
} // namespace

void ResultPrinter::addRatios(QList<BenchResult> &results)
{
    double floorRate = 0;
    for (const BenchResult &result : std::as_const(results)) {
        if (result.name == QLatin1String("floor") && result.error.isEmpty())
            floorRate = result.recordsPerSecond();
    }
    for (BenchResult &result : results) {
        const double rate = result.recordsPerSecond();
        result.ratioToFloor = floorRate > 0 && rate > 0 ? floorRate / rate : -1;
    }
}

QString ResultPrinter::table(const QList<BenchResult> &results, int runs)
{
    const QStringList header{QStringLiteral("scenario"),     QStringLiteral("users"),
                             QStringLiteral("depts"),        QStringLiteral("seconds"),
                             QStringLiteral("records/s"),    QStringLiteral("peak RSS MB"),
                             QStringLiteral("x floor"),      QStringLiteral("writes"),
                             QStringLiteral("stall ms"),     QStringLiteral("first rows ms"),
                             QStringLiteral("keystroke ms"), QStringLiteral("index ms")};
    QList<QStringList> rows{header};
    for (const BenchResult &r : results) {
        rows << QStringList{r.name,
                            QString::number(r.users),
                            QString::number(r.departments),
                            figure(r.seconds, 2),
                            r.records > 0 ? QString::number(qRound64(r.recordsPerSecond()))
                                          : QStringLiteral("-"),
                            figure(r.peakRssMB, 0),
                            figure(r.ratioToFloor, 1),
                            r.writes < 0 ? QStringLiteral("-") : QString::number(r.writes),
                            figure(r.maxStallMs, 0),
                            figure(r.firstRowsMs, 0),
                            figure(r.keystrokeMs, 0),
                            figure(r.searchIndexMs, 0)};
    }
    QList<int> widths(header.size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (int c = 0; c < row.size(); ++c)
            widths[c] = qMax(widths[c], int(row.at(c).size()));
    }
    QString text;
    for (const QStringList &row : std::as_const(rows)) {
        for (int c = 0; c < row.size(); ++c) {
            text += c == 0 ? row.at(c).leftJustified(widths[c])
                           : QStringLiteral("  ") + row.at(c).rightJustified(widths[c]);
        }
        text += QLatin1Char('\n');
    }
    if (runs > 1)
        text += QStringLiteral("Medians of %1 runs.\n").arg(runs);
    for (const BenchResult &r : results) {
        if (!r.error.isEmpty())
            text += QStringLiteral("%1 FAILED: %2\n").arg(r.name, r.error);
    }
    return text;
}

QByteArray ResultPrinter::json(const QList<BenchResult> &results)
{
    QJsonArray array;
    for (const BenchResult &result : results)
        array.append(result.toJson());
    return QJsonDocument(QJsonObject{{QStringLiteral("scenarios"), array}})
        .toJson(QJsonDocument::Indented);
}
