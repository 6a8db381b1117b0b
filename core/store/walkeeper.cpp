#include "walkeeper.h"

#include <QFile>

#include <sqlite3.h>

WalKeeper::WalKeeper(const DatabaseConfig &config)
    : m_config(config)
{ }

WalKeeper::~WalKeeper()
{
    sqlite3_close(m_db); // the last close checkpoints the log: that is wanted here
}

void WalKeeper::hold()
{
    QMutexLocker lock(&m_mutex);
    if (m_tried || m_config.isPostgres() || !m_config.isValid())
        return;
    m_tried = true;
    const QString path = m_config.sqlitePath();
    if (path.isEmpty() || path == QLatin1String(":memory:"))
        return;
    sqlite3 *db = nullptr;
    const QByteArray name = QFile::encodeName(path);
    // Read-write so that SQLite's last-close check sees a connection like any other, but never
    // creating: the database exists by the time a task runs.
    if (sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr)
            != SQLITE_OK
        // Reading opens the log and its index; the lock taken stays for as long as the
        // connection is open. No transaction stays open.
        || sqlite3_exec(db, "PRAGMA busy_timeout = 15000; SELECT count(*) FROM sqlite_master",
                        nullptr, nullptr, nullptr)
            != SQLITE_OK) {
        sqlite3_close(db);
        return;
    }
    m_db = db;
}

bool WalKeeper::isHolding() const
{
    QMutexLocker lock(&m_mutex);
    return m_db != nullptr;
}
