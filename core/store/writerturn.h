#pragma once

#include <QElapsedTimer>
#include <QString>

struct sqlite3;

// Gives SQLite's waiting writers their turn. SQLite lets one writer in at a time, and a writer
// that finds the database locked sleeps and retries; a sync that commits a page and begins the
// next at once can keep it out for the whole sync. So a waiting writer announces itself, while
// it sleeps, with a shared flock() on a file beside the database (`<database>-turn`; flock so
// that other processes see it too), and a writer that has committed steps aside until no one is
// announced any more. Without the file (a read-only folder) writers wait as SQLite's own busy
// timeout would. One per SQLite connection, used on that connection's thread.
class WriterTurn
{
public:
    WriterTurn(const QString &databasePath, int timeoutMs);
    ~WriterTurn();
    Q_DISABLE_COPY_MOVE(WriterTurn)

    static QString filePath(const QString &databasePath);

    // Makes this the busy handler of `db`: it waits up to the timeout, announced.
    void install(sqlite3 *db);
    // After a commit: returns once no other writer is announced, or after maxMs.
    void yieldToWaiting(int maxMs) const;
    // Whether another connection is announced right now.
    bool othersWaiting() const;

private:
    static int onBusy(void *self, int count);

    int m_fd = -1;
    int m_timeoutMs;
    QElapsedTimer m_waiting;
};
