#pragma once

#include "batchrecord.h"
#include "userdata.h"

#include <QByteArray>
#include <QList>
#include <QPair>

// A checked page made ready once for both places it goes: every record redacted and serialised
// (with its content hash) for the store, and the same bytes for the raw-record log. Serialising
// twice was a tenth of a sync's time.
struct PreparedPage
{
    QString dataType;
    QString matchKey;
    QString sourceName;
    // One record per uid, the last occurrence winning (as in NocoBase), in order of first sight.
    QList<BatchRecord> records;
    // Earlier occurrences of a uid that a later one replaced: uid and serialised record.
    QList<QPair<QString, QByteArray>> superseded;
    qsizetype received = 0; // records as they arrived, duplicates included

    static PreparedPage from(const UserData &page);
    // The page as the raw-record log keeps it: {"records": [...], "dataType", "matchKey"?,
    // "sourceName"?}, every record as it arrived, redacted.
    QByteArray logJson() const;

private:
    QList<QByteArray> m_arrived; // serialised records in arrival order, duplicates included
};
