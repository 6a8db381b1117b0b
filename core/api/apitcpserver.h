#pragma once

#include <QTcpServer>

// The listening socket of the HTTP API: hands QHttpServer an ApiConnection for every client, so
// that each request passes the body-size guard before QHttpServer buffers it.
class ApiTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    ApiTcpServer(qint64 maxBodyBytes, QObject *parent = nullptr);

signals:
    // A connection refused a request before QHttpServer read it all (see ApiConnection).
    void requestRefused(const QString &method, const QString &path, int status);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    qint64 m_maxBodyBytes;
};
