#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QString>
#include <QUrlQuery>

// What the API needs of one HTTP request, copied out of QHttpServerRequest when it is complete,
// so that it can be answered later (a push waits for its task) whatever happens to the socket.
struct ApiRequest
{
    QString method; // "GET", "POST", ...
    QString path; // "/api/userData:push"
    QUrlQuery query;
    QByteArray authorization; // the Authorization header as sent
    QByteArray contentType;
    QByteArray body;
    QHostAddress remote;
    QElapsedTimer clock; // started when the request was complete
};
