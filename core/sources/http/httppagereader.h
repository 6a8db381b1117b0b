#pragma once

#include "httpsourceoptions.h"
#include "sync/userdata.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Turns one HTTP response body into the pages the engine applies: NocoBase UserData object(s),
// or a plain array of records mapped field by field with JSON pointers. Pure: no network, so
// every response shape is tested without a server.
class HttpPageReader
{
public:
    struct Result
    {
        bool ok = false;
        QString error; // what is wrong with the body, for the administrator
        QList<UserData> pages; // department pages before user pages
        qint64 records = 0; // records in the body (0: an empty page)
        QString next; // the next-page URL found at the next pointer, if any
    };

    // `dataType` is what the URL serves ("department" or "user"); UserData bodies say it
    // themselves.
    static Result read(const QByteArray &body, const QString &dataType,
                       const HttpSourceOptions &options);
    // A record of a plain array, mapped to the fields the engine knows.
    static QJsonObject mapRecord(const QJsonObject &record, const HttpSourceOptions::FieldMap &map);
};
