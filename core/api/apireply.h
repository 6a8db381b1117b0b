#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// One HTTP answer of the API: a status, a JSON body and a few extra headers. Built on the
// server's thread (or handed to it), written by ApiConnection in request order.
struct ApiReply
{
    int status = 200;
    QByteArray body; // serialised JSON
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiReply json(int status, const QJsonObject &object);
    // NocoBase's error handler shape: {"errors": [{"message": ..., "code"?: ...}]}.
    static ApiReply errors(int status, const QString &message, const QString &code = {});
    // NocoBase's push error shape: {"data": {"code": status, "message": ...}}.
    static ApiReply dataError(int status, const QString &message);

    // The whole HTTP/1.1 response; `close` adds "Connection: close".
    QByteArray toHttp(bool close) const;
    static QByteArray reasonPhrase(int status);
};
