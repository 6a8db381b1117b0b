#pragma once

#include <QByteArray>
#include <QList>
#include <QUrl>

// RFC 8288 Link headers: finds the target of rel="next" among the Link headers of a response,
// resolved against the URL that was fetched.
namespace LinkHeader {
QUrl next(const QList<QByteArray> &headerValues, const QUrl &base);
} // namespace LinkHeader
