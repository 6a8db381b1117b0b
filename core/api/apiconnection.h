#pragma once

#include "apireply.h"

#include <QByteArray>
#include <QMap>
#include <QTcpSocket>
#include <QTimer>

// One client connection of the HTTP API. QHttpServer (Qt 6.4) buffers a request until it is
// complete; this socket looks at every request first, so that a body over the limit is refused
// with 413 as soon as its Content-Length (or the bytes received) say so, instead of being
// buffered. It also writes the answers, in request order, whenever they are ready: a push is
// answered when its task has finished, long after QHttpServer has moved on.
class ApiConnection : public QTcpSocket
{
    Q_OBJECT

public:
    static constexpr qint64 MaxHeaderBytes = 64 * 1024;
    static constexpr int IdleTimeoutMs = 60 * 1000;
    // How long a refused client may go on sending before the connection is closed.
    static constexpr int LingerMs = 2000;

    struct Ticket
    {
        quint64 id = 0;
        bool closeAfter = false; // HTTP/1.0 or "Connection: close"
    };

    ApiConnection(qint64 maxBodyBytes, QObject *parent);

    // A complete request was handed to the API; the size guard starts over for the next one.
    Ticket beginRequest();
    // Writes the answer to request `ticket` once every earlier answer has been written.
    void reply(quint64 ticket, const ApiReply &reply, bool close);
    // The server stops: an idle connection closes now, a busy one after its last answer.
    void closeWhenIdle();
    bool hasPendingReplies() const { return m_nextToWrite != m_nextTicket; }

signals:
    // A request refused before QHttpServer saw it all (413 too large, 431 header too large,
    // 400 a Content-Length that is not a number); method and path as far as they are known.
    void refused(const QString &method, const QString &path, int status, const QString &message);

private:
    void inspect();
    bool parseHead();
    void refuse(int status, const QString &message);
    void discard();
    void flush();
    void finishWriting();
    void onIdle();

    qint64 m_limit;
    // The request being received.
    QByteArray m_head;
    bool m_headComplete = false;
    qint64 m_headLength = 0;
    qint64 m_requestBytes = 0;
    qint64 m_contentLength = -1;
    bool m_chunked = false;
    bool m_closeRequested = false;
    // Answers.
    quint64 m_nextTicket = 0;
    quint64 m_nextToWrite = 0;
    QMap<quint64, QPair<QByteArray, bool>> m_ready;
    bool m_closing = false;
    bool m_refused = false;
    bool m_lingering = false;
    QTimer m_idle;
    QTimer m_linger;
};
