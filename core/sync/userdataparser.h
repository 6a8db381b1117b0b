#pragma once

#include "userdata.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Turns a push body or a puller's page into a checked UserData, or says exactly what is wrong.
// Checks everything before anything is written: a record without uid or a value of the wrong
// type rejects the whole batch. Messages follow NocoBase's where NocoBase has one
// ("record must has uid, error record: {...}"), so existing scripts keep matching them.
class UserDataParser
{
public:
    struct Parsed
    {
        bool ok = false;
        QString message; // empty when ok
        UserData data;
    };

    // A push body: one JSON object. `supportedTypes` are the data types some resource accepts.
    static Parsed parseBody(const QByteArray &body, const QStringList &supportedTypes);
    static Parsed fromJson(const QJsonObject &object, const QStringList &supportedTypes);
    // Checks (and canonicalises: numeric uids become strings) a page built by a puller.
    static Parsed check(const UserData &page, const QStringList &supportedTypes);

    static const QStringList &matchKeys(); // username, email, phone

private:
    static QString checkRecord(const QString &dataType, int index, QJsonObject &record);
};
