#pragma once

#include <QByteArray>
#include <QString>

// The raw record a source sent for one (source_name, data_type, uid) (table sync_records).
struct OriginRecord
{
    qint64 id = 0;
    QString sourceName;
    QString dataType; // "user" or "department"
    QString uid;
    QString parentUid; // departments only
    QByteArray metaData; // compact JSON of the latest record
    QByteArray lastMetaData; // the one before it
    QByteArray contentHash;
    QString lastBatch;
};
