#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

// A small HTTP/1.1 server for the http source's tests: 127.0.0.1, a free port, plain or TLS.
// Every request goes to a handler that returns the answer; requests are recorded, so tests can
// check what UserSync sent (headers, query). One request per connection.
class TestHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QUrl url; // path and query, relative
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        qint64 receivedMs = 0; // since the server was created
        QString query(const QString &key) const;
    };
    struct Response
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray contentType = "application/json";
        bool noAnswer = false; // keep the connection open and never answer (timeouts)
    };
    using Handler = std::function<Response(const Request &)>;

    explicit TestHttpServer(Handler handler, QObject *parent = nullptr);
    ~TestHttpServer() override;

    bool listen();
    bool listenTls(const QSslConfiguration &configuration);
    quint16 port() const;
    // "http://127.0.0.1:PORT/path" (https when TLS).
    QUrl url(const QString &pathAndQuery) const;
    QList<Request> requests() const { return m_requests; }
    int requestCount(const QString &path = {}) const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    static Response json(const QByteArray &body, int status = 200);

private:
    void accept();
    void readFrom(QTcpSocket *socket);

    Handler m_handler;
    QElapsedTimer m_clock;
    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QPointer<QTcpSocket>> m_sockets;
};
