#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// One record of a page, with what the store knows about it.
struct BatchRecord
{
    QString uid;
    QJsonObject data; // as received, secrets redacted
    QByteArray raw; // compact JSON of `data`, as stored in sync_records.meta_data
    qint64 originId = 0;
    bool originIsNew = false;
    bool contentChanged = true; // differs from the stored meta_data (always true when new)
    QHash<QString, QStringList> links; // resource → primary keys of the rows it produced
};
