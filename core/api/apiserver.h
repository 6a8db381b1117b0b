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
// large push is applied.
class ApiServer : public QObject
{
    Q_OBJECT

public:
    ApiServer(TaskRunner *runner, const DatabaseConfig &database, QObject *parent = nullptr);
    ~ApiServer() override;

    // Starts listening; false with a sentence in *error (address in use, bad address, ...).
    bool start(const ApiServerSettings &settings, QString *error);
    // Stops accepting connections; requests in hand are still answered.
    void stop();
    bool isListening() const;
    QHostAddress address() const;
    quint16 port() const;
    // Re-reads the API keys (after one was created or revoked).
    void reloadKeys();
    // Requests still being answered (a push waits for its task).
    int pendingRequests() const;

signals:
    void listeningChanged(bool listening);
    void requestHandled(const QString &method, const QString &path, int status);
    // A push queued behind another push of the same source.
    void pushQueued(const QString &sourceName, int waiting);
    void idle(); // no request in hand

private:
    struct Private;
    std::unique_ptr<Private> d;
};
