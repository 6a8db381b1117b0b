#include "writerturn.h"

#include <QFile>
#include <QThread>

#include <cerrno>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <unistd.h>

namespace {
// A waiting writer retries at least this often, so a committer never steps aside for longer.
constexpr int MaxPauseMs = 10;
} // namespace

WriterTurn::WriterTurn(const QString &databasePath, int timeoutMs)
    : m_timeoutMs(timeoutMs)
{
    if (databasePath.isEmpty() || databasePath == QLatin1String(":memory:"))
        return;
    const QByteArray path = QFile::encodeName(filePath(databasePath));
    m_fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
}

WriterTurn::~WriterTurn()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

QString WriterTurn::filePath(const QString &databasePath)
{
    return databasePath + QStringLiteral("-turn");
}

void WriterTurn::install(sqlite3 *db)
{
    sqlite3_busy_handler(db, &WriterTurn::onBusy, this);
}

int WriterTurn::onBusy(void *self, int count)
{
    auto *turn = static_cast<WriterTurn *>(self);
    if (count == 0)
        turn->m_waiting.start();
    if (turn->m_waiting.elapsed() >= turn->m_timeoutMs)
        return 0; // SQLite reports SQLITE_BUSY
    // Announced only while asleep: a writer that got in is no longer waiting. (A committer
    // holds the exclusive lock only to test it, so this does not block.)
    const bool announced = turn->m_fd >= 0 && ::flock(turn->m_fd, LOCK_SH) == 0;
    QThread::msleep(qMin(1 << qMin(count, 4), MaxPauseMs));
    if (announced)
        ::flock(turn->m_fd, LOCK_UN);
    return 1;
}

bool WriterTurn::othersWaiting() const
{
    if (m_fd < 0)
        return false;
    if (::flock(m_fd, LOCK_EX | LOCK_NB) == 0) {
        ::flock(m_fd, LOCK_UN);
        return false;
    }
    return errno == EWOULDBLOCK;
}

void WriterTurn::yieldToWaiting(int maxMs) const
{
    if (!othersWaiting())
        return;
    QElapsedTimer clock;
    clock.start();
    do
        QThread::usleep(500);
    while (clock.elapsed() < maxMs && othersWaiting());
    // The waiter stops announcing itself just before it retries: let that retry come first.
    QThread::msleep(1);
}
