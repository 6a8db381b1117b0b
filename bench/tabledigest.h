#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

class Connection;

// A fingerprint of every row of the target tables (users, departments, department_users), so a
// scenario can count the rows a sync inserted, changed or deleted: every column is compared,
// updated_at included, so even a write of identical values counts.
class TableDigest
{
public:
    static TableDigest read(Connection &db, QString *error);
    // Rows present in only one of the digests, or different in them.
    qint64 changedRows(const TableDigest &other) const;
    qint64 rowCount() const { return m_rows.size(); }

private:
    QHash<QByteArray, QByteArray> m_rows; // table + key → hash of the row
};
