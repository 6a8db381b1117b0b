#include "retryafter.h"

#include <QLocale>
#include <QTimeZone>

namespace RetryAfter {

QDateTime parseHttpDate(const QByteArray &text)
{
    QString value = QString::fromLatin1(text).simplified();
    // The weekday is redundant, and QLocale would insist that it matches its guess of the year.
    const qsizetype comma = value.indexOf(QLatin1Char(','));
    value = comma >= 0 ? value.mid(comma + 1).trimmed() : value.section(QLatin1Char(' '), 1);
    const QLocale c = QLocale::c();
    // 06 Nov 1994 08:49:37 GMT | 06-Nov-94 08:49:37 GMT | Nov 6 08:49:37 1994
    for (const QString &format :
         {QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'"), QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"),
          QStringLiteral("MMM d HH:mm:ss yyyy")}) {
        QDateTime parsed = c.toDateTime(value, format);
        if (parsed.isValid()) {
            // RFC 850's two-digit years: QLocale reads them as 19xx (RFC 9110 §5.6.7 says the
            // nearest century that is not more than 50 years ahead, which is 20xx today).
            if (parsed.date().year() < 1970)
                parsed = parsed.addYears(100);
            // Read as local time, but HTTP dates are always GMT.
            parsed.setTimeZone(QTimeZone::utc());
            return parsed;
        }
    }
    return {};
}

qint64 delayMs(const QByteArray &header, const QDateTime &now, qint64 fallbackMs, qint64 capMs)
{
    const QByteArray value = header.trimmed();
    qint64 delay = fallbackMs;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok && seconds >= 0) {
        delay = seconds > capMs / 1000 + 1 ? capMs : seconds * 1000;
    } else if (!value.isEmpty()) {
        const QDateTime when = parseHttpDate(value);
        if (when.isValid())
            delay = qMax<qint64>(0, now.msecsTo(when));
    }
    return qBound<qint64>(0, delay, capMs);
}

} // namespace RetryAfter
