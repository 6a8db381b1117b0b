#pragma once

#include "apiserversettings.h"
#include "store/databaseconfig.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

class TaskRunner;

// The NocoBase-compatible HTTP API (POST /api/userData:push and friends), served with Qt
// HttpServer on the thread that owns it. Every request needs a bearer API key; pushes are
// applied by the TaskRunner, one at a time per sourceName, so the server keeps answering while a
// large push is applied. SQL (API keys, lists) runs on a pool thread with a connection of its
// own; the owner's thread only parses HTTP and routes.
//
// Endpoints, shapes and every difference from NocoBase: README.md, "HTTP API".
class ApiServer : public QObject
{
    Q_OBJECT

public:
    // How many pushes may wait (being checked or queued) before more are refused with 503.
    static constexpr int MaxWaitingPushes = 64;

    ApiServer(TaskRunner *runner, const DatabaseConfig &database, QObject *parent = nullptr);
    ~ApiServer() override;

    // Starts listening (again, with these settings, if it already listens); false with a
    // sentence in *error (address in use, bad address, ...). `settings.enabled` is the caller's
    // business: start() always listens.
    bool start(const ApiServerSettings &settings, QString *error);
    // Stops accepting connections; requests in hand (queued pushes included) are still answered.
    // Idle connections close; a request that arrives on a busy one is answered 503.
    void stop();
    bool isListening() const;
    QHostAddress address() const;
    quint16 port() const;
    // True when only this computer can connect (127.0.0.0/8, ::1); warn the administrator
    // otherwise.
    bool isLoopback() const;
    // "http://127.0.0.1:13000", or empty when not listening.
    QString url() const;
    qint64 maxBodyBytes() const;

    // Re-reads the API keys (after one was created or revoked). The keys are also re-read every
    // keyReloadInterval() and when an unknown token arrives (at most every 2 s), so a key
    // created by another process works at once and a revoked one stops within the interval.
    void reloadKeys();
    // Active API keys, -1 until they have been read.
    int activeKeyCount() const;
    void setKeyReloadInterval(int milliseconds);
    int keyReloadInterval() const;

    // Requests still being answered (a push waits for its task).
    int pendingRequests() const;
    // Pushes waiting behind another push of the same source (all sources when empty).
    int queuedPushes(const QString &sourceName = {}) const;

signals:
    void listeningChanged(bool listening);
    void requestHandled(const QString &method, const QString &path, int status);
    // A push queued behind another push of the same source.
    void pushQueued(const QString &sourceName, int waiting);
    void idle(); // no request in hand
    // The API keys were (re-)read; `activeKeys` is -1 when reading failed.
    void keysReloaded(int activeKeys);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
