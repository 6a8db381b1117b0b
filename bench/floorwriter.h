#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;
class SampleOrganisation;

// The physical floor: the sample organisation's users, departments and memberships written
// straight into the target tables of a fresh SQLite file with the native sqlite3 API, prepared
// statements and one transaction; no origin records, no outcomes, no checks. Also fills the
// store of the users1m scenario quickly.
class FloorWriter
{
public:
    struct Membership
    {
        qint64 department = 0;
        bool isOwner = false;
        bool isMain = false;
    };
    struct UserRow
    {
        qint64 id = 0;
        QByteArray nickname, username, email, phone, custom;
        QList<Membership> memberships;
    };
    struct DepartmentRow
    {
        qint64 id = 0;
        qint64 parentId = 0; // 0: a root
        bool isLeaf = true;
        int sort = 0;
        QByteArray title;
    };

    // Rows as the engine would store them: department n has id n + 1, user number n id n.
    static QList<DepartmentRow> departments(const SampleOrganisation &organisation);
    static QList<UserRow> users(const SampleOrganisation &organisation, qint64 first, qint64 count);

    // Creates the migrated, empty store at `path`; an error sentence, or empty.
    static QString createSchema(const QString &path);

    // `path` must hold the migrated, empty schema.
    explicit FloorWriter(const QString &path);
    ~FloorWriter();

    bool begin();
    bool write(const QList<DepartmentRow> &rows);
    bool write(const QList<UserRow> &rows);
    bool commit();
    QString error() const { return m_error; }

private:
    bool check(int code);
    bool text(sqlite3_stmt *statement, int column, const QByteArray &value);
    bool step(sqlite3_stmt *statement);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_department = nullptr;
    sqlite3_stmt *m_user = nullptr;
    sqlite3_stmt *m_membership = nullptr;
    QByteArray m_now;
    QString m_error;
};
