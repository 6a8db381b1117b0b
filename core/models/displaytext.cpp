#include "displaytext.h"

#include "store/recordaction.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DisplayText", text);
}
} // namespace

namespace DisplayText {

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString duration(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60000)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', ms < 10000 ? 1 : 0));
    const qint64 seconds = ms / 1000;
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString relativeTime(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    const qint64 seconds = local.secsTo(now);
    if (seconds < 45 && seconds > -60)
        return tr("just now");
    if (seconds >= 45 && seconds < 3600)
        return tr("%1 min ago").arg(qMax<qint64>(1, (seconds + 30) / 60));
    const QString clock = QLocale().toString(local.time(), QStringLiteral("HH:mm"));
    if (local.date() == now.date())
        return tr("today %1").arg(clock);
    if (local.date() == now.date().addDays(-1))
        return tr("yesterday %1").arg(clock);
    if (local.date().year() == now.date().year())
        return QLocale().toString(local, QStringLiteral("MMM d, HH:mm"));
    return QLocale().toString(local.date(), QLocale::ShortFormat);
}

QString dateTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString rate(double recordsPerSecond)
{
    return tr("%1 records/s").arg(QLocale().toString(qRound64(recordsPerSecond)));
}

qint64 countOf(const QJsonObject &counts, const QString &action)
{
    qint64 sum = 0;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        sum += it.value().toObject().value(action).toInteger();
    return sum;
}

QString countsShort(const QJsonObject &counts)
{
    QStringList parts;
    const qint64 created = countOf(counts, QStringLiteral("created"));
    const qint64 updated = countOf(counts, QStringLiteral("updated"));
    const qint64 deleted = countOf(counts, QStringLiteral("deleted"));
    const qint64 failed = countOf(counts, QStringLiteral("failed"));
    if (created)
        parts << tr("%1 created").arg(number(created));
    if (updated)
        parts << tr("%1 updated").arg(number(updated));
    if (deleted)
        parts << tr("%1 deleted").arg(number(deleted));
    if (failed)
        parts << tr("%1 failed").arg(number(failed));
    if (parts.isEmpty())
        return counts.isEmpty() ? QString() : tr("no changes");
    return parts.join(QStringLiteral(" · "));
}

QString countsDetail(const QJsonObject &counts)
{
    QStringList lines;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        const QJsonObject actions = it.value().toObject();
        QStringList parts;
        for (RecordAction action :
             {RecordAction::Created, RecordAction::Updated, RecordAction::Unchanged,
              RecordAction::Deleted, RecordAction::Failed, RecordAction::Skipped}) {
            const qint64 n = actions.value(RecordActionText::key(action)).toInteger();
            if (n)
                parts << QStringLiteral("%1 %2").arg(number(n),
                                                     RecordActionText::title(action).toLower());
        }
        if (parts.isEmpty())
            parts << tr("nothing");
        lines << tr("%1: %2").arg(resourceTitle(it.key()), parts.join(QStringLiteral(", ")));
    }
    return lines.join(QLatin1Char('\n'));
}

QString resourceTitle(const QString &resource)
{
    if (resource == QLatin1String("users"))
        return tr("Users");
    if (resource == QLatin1String("departments"))
        return tr("Departments");
    return resource;
}

} // namespace DisplayText
