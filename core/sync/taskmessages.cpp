#include "taskmessages.h"

#include "store/recordaction.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TaskMessages", text);
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString appliedSoFar(int pages, qint64 records)
{
    if (pages == 0)
        return tr("Nothing was applied.");
    if (pages == 1)
        return tr("Page 1 (%1 records) was applied and stays.").arg(number(records));
    return tr("Pages 1–%1 (%2 records) were applied and stay.").arg(pages).arg(number(records));
}
} // namespace

namespace TaskMessages {

QString countsSummary(const QJsonObject &counts)
{
    QStringList parts;
    // users first, then departments, then whatever a plugin added, each with its non-zero actions.
    QStringList resources{QStringLiteral("users"), QStringLiteral("departments")};
    for (const QString &key : counts.keys()) {
        if (!resources.contains(key))
            resources << key;
    }
    for (const QString &resource : resources) {
        const QJsonObject actions = counts.value(resource).toObject();
        QStringList items;
        for (RecordAction action :
             {RecordAction::Created, RecordAction::Updated, RecordAction::Deleted,
              RecordAction::Unchanged, RecordAction::Skipped, RecordAction::Failed}) {
            const qint64 n = actions.value(RecordActionText::key(action)).toInteger();
            if (n > 0)
                items << QStringLiteral("%1 %2").arg(number(n),
                                                     RecordActionText::title(action).toLower());
        }
        if (!items.isEmpty())
            parts << QStringLiteral("%1: %2").arg(resource, items.join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral("; "));
}

qint64 failedCount(const QJsonObject &counts)
{
    qint64 total = 0;
    for (const QJsonValue &actions : counts)
        total += actions.toObject().value(QStringLiteral("failed")).toInteger();
    return total;
}

QString failedBreakdown(const QJsonObject &counts)
{
    QStringList parts;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        const qint64 n = it.value().toObject().value(QStringLiteral("failed")).toInteger();
        if (n > 0)
            parts << QStringLiteral("%1: %2").arg(it.key(), number(n));
    }
    return parts.join(QStringLiteral(", "));
}

QString success(const QJsonObject &counts, qint64 records)
{
    const QString summary = countsSummary(counts);
    return tr("Done: %1 records. %2")
        .arg(number(records),
             summary.isEmpty() ? tr("Nothing to do.") : summary + QLatin1Char('.'));
}

QString partial(const QJsonObject &counts)
{
    return tr("Finished with failed records: %1 (%2); everything else was applied. Open the task "
              "to see which "
              "records failed and why, correct them at the source, then click Retry. %3")
        .arg(number(failedCount(counts)), failedBreakdown(counts),
             countsSummary(counts) + QLatin1Char('.'));
}

QString failed(const QString &reason, int pagesApplied, qint64 recordsApplied)
{
    QString text = reason.trimmed();
    if (!text.endsWith(QLatin1Char('.')))
        text += QLatin1Char('.');
    return tr("%1 %2 Fix the cause and click Retry.")
        .arg(text, appliedSoFar(pagesApplied, recordsApplied));
}

QString cancelled(int pagesApplied, qint64 recordsApplied)
{
    return tr("Cancelled. %1 Click Retry to run it again.")
        .arg(appliedSoFar(pagesApplied, recordsApplied));
}

} // namespace TaskMessages
