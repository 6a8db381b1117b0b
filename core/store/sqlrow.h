#pragma once

#include <QString>
#include <QVariant>

class QSqlQuery;
struct sqlite3_stmt;

// The current row of a SELECT, read either through Qt or, on SQLite, straight from the sqlite3
// statement: Qt's driver caches every value as a QVariant converted through UTF-16, which was
// most of what a page's lookups cost (README, "Performance").
class SqlRow
{
public:
    explicit SqlRow(const QSqlQuery *query)
        : m_query(query)
    { }
    explicit SqlRow(sqlite3_stmt *statement)
        : m_statement(statement)
    { }

    // As QSqlQuery::value(): NULL is a null QVariant, integers are qlonglong, text is QString.
    QVariant value(int column) const;
    bool isNull(int column) const;
    qint64 integer(int column) const;
    QString text(int column) const;

private:
    const QSqlQuery *m_query = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};
