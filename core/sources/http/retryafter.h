#pragma once

#include <QByteArray>
#include <QDateTime>

// How long to wait before asking again after a 429 or 503: the server's Retry-After (seconds or
// an HTTP date) when it sends one, else `fallbackMs`; never more than `capMs`, so a server
// cannot park a sync for hours.
namespace RetryAfter {
qint64 delayMs(const QByteArray &header, const QDateTime &now, qint64 fallbackMs, qint64 capMs);
// An HTTP date (IMF-fixdate, RFC 850 or asctime), or an invalid QDateTime.
QDateTime parseHttpDate(const QByteArray &text);
} // namespace RetryAfter
