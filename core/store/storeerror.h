#pragma once

#include <QString>

class QSqlError;

// A database failure classified for its reader: `message` is written for an administrator,
// `detail` keeps the driver's own text for the system log.
class StoreError
{
public:
    enum class Kind {
        None,
        Unavailable, // cannot open or reach the database
        Schema, // migration failed or schema version unknown
        Duplicate, // a unique value is already taken
        MissingReference, // a foreign key points to nothing
        Constraint, // another CHECK/NOT NULL constraint
        NotFound, // the row asked for does not exist
        Conflict, // refused by the state of the data (e.g. a task is already running)
        Busy, // locked by another writer for longer than the busy timeout
        Query, // anything else the driver reported
    };

    StoreError() = default;
    StoreError(Kind kind, const QString &message, const QString &detail = {});

    // Classifies a driver error; `context` names what was being done ("saving source “hr”").
    static StoreError fromSql(const QSqlError &error, const QString &context = {});

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    QString message() const { return m_message; }
    QString detail() const { return m_detail; }
    // For Duplicate/MissingReference: the table.column involved, when known.
    QString field() const { return m_field; }
    void setField(const QString &field) { m_field = field; }

    static QString kindName(Kind kind);

private:
    Kind m_kind = Kind::None;
    QString m_message;
    QString m_detail;
    QString m_field;
};
