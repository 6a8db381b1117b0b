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
    QByteArray hash; // of `raw`, as stored in sync_records.content_hash
    qint64 originId = 0;
    bool originIsNew = false;
    // Differs from the stored record, or that one did not apply cleanly (always true when new).
    bool contentChanged = true;
    QHash<QString, QStringList> links; // resource → primary keys of the rows it produced
};
