#include "apiconnection.h"

#include "apilog.h"

#include <QCoreApplication>
#include <QList>

#include <algorithm>
#include <limits>
#include <sys/socket.h>

namespace {
QString mebibytes(qint64 bytes)
{
    const double mib = double(bytes) / (1024.0 * 1024.0);
    return mib >= 1 ? QStringLiteral("%1 MiB").arg(mib, 0, 'g', 4)
                    : QStringLiteral("%1 bytes").arg(bytes);
}
} // namespace

ApiConnection::ApiConnection(qint64 maxBodyBytes, QObject *parent)
    : QTcpSocket(parent)
    , m_limit(maxBodyBytes)
{
    // Connected before QHttpServer connects its parser, so this sees every chunk first.
    connect(this, &QTcpSocket::readyRead, this, &ApiConnection::inspect);
    connect(this, &QTcpSocket::bytesWritten, this, &ApiConnection::finishWriting);
    m_idle.setSingleShot(true);
    m_idle.setInterval(IdleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, &ApiConnection::onIdle);
    m_idle.start();
    m_linger.setSingleShot(true);
    m_linger.setInterval(LingerMs);
    connect(&m_linger, &QTimer::timeout, this, [this]() {
        abort();
        deleteLater();
    });
}

void ApiConnection::inspect()
{
    m_idle.start();
    if (m_refused) {
        discard();
        return;
    }
    // QHttpServer reads everything on each readyRead, so what is available now is what arrived
    // since the last chunk.
    const qint64 fresh = bytesAvailable();
    if (fresh <= 0)
        return;
    m_requestBytes += fresh;
    if (!m_headComplete) {
        const qint64 room = MaxHeaderBytes + 4 - m_head.size();
        if (room > 0)
            m_head += peek(qMin(fresh, room));
        // Empty lines before a request line are allowed (RFC 9112 §2.2).
        while (m_head.startsWith("\r\n"))
            m_head.remove(0, 2);
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_head.size() > MaxHeaderBytes)
                refuse(
                    431,
                    tr("The request headers are larger than %1.").arg(mebibytes(MaxHeaderBytes)));
            return;
        }
        m_headComplete = true;
        m_headLength = end + 4;
        m_head.truncate(end);
        if (!parseHead())
            return;
        if (m_contentLength > m_limit) {
            refuse(413,
                   tr("The request body (%1) is larger than this server accepts (%2). Send fewer "
                      "records per push, or raise the limit (usersync-cli serve --max-body-mib).")
                       .arg(mebibytes(m_contentLength), mebibytes(m_limit)));
            return;
        }
    }
    // A body without Content-Length (chunked) is counted as it arrives; the chunk framing gets a
    // little room.
    if (m_contentLength < 0) {
        const qint64 body = m_requestBytes - m_headLength;
        if (body > m_limit + m_limit / 64 + 1024)
            refuse(413,
                   tr("The request body is larger than this server accepts (%1). Send fewer "
                      "records per push, or raise the limit (usersync-cli serve --max-body-mib).")
                       .arg(mebibytes(m_limit)));
    }
}

bool ApiConnection::parseHead()
{
    const QList<QByteArray> lines = m_head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        // Not the start of a request as far as this guard can tell (a pipelined request that
        // began inside the previous chunk, or no HTTP at all): QHttpServer's parser decides, and
        // the guard only counts the bytes.
        m_headLength = 0;
        m_contentLength = -1;
        return true;
    }
    const bool http10 = requestLine.at(2) == "HTTP/1.0";
    bool keepAlive = false;
    bool expectContinue = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed().toLower();
        if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length < 0) {
                // Larger than a qint64 holds is as "too large" as it gets.
                const bool digits = !value.isEmpty()
                    && std::all_of(value.cbegin(), value.cend(),
                                   [](char c) { return c >= '0' && c <= '9'; });
                if (digits) {
                    m_contentLength = std::numeric_limits<qint64>::max();
                    continue;
                }
                refuse(400, tr("The Content-Length header is not a number."));
                return false;
            }
            m_contentLength = length;
        } else if (name == "transfer-encoding") {
            m_chunked = value.contains("chunked");
        } else if (name == "connection") {
            if (value.contains("close"))
                m_closeRequested = true;
            if (value.contains("keep-alive"))
                keepAlive = true;
        } else if (name == "expect") {
            expectContinue = value == "100-continue";
        }
    }
    if (http10 && !keepAlive)
        m_closeRequested = true;
    // curl waits a second for this before it sends a large body; a body over the limit gets the
    // 413 instead.
    if (expectContinue && m_contentLength <= m_limit && !hasPendingReplies())
        write("HTTP/1.1 100 Continue\r\n\r\n");
    return true;
}

ApiConnection::Ticket ApiConnection::beginRequest()
{
    Ticket ticket{m_nextTicket++, m_closeRequested || m_closing};
    m_head.clear();
    m_headComplete = false;
    m_headLength = 0;
    m_requestBytes = 0;
    m_contentLength = -1;
    m_chunked = false;
    m_closeRequested = false;
    return ticket;
}

void ApiConnection::reply(quint64 ticket, const ApiReply &reply, bool close)
{
    if (m_refused)
        return;
    close = close || m_closing;
    m_ready.insert(ticket, qMakePair(reply.toHttp(close), close));
    flush();
}

void ApiConnection::flush()
{
    while (m_ready.contains(m_nextToWrite)) {
        const auto answer = m_ready.take(m_nextToWrite);
        ++m_nextToWrite;
        if (state() == QAbstractSocket::ConnectedState)
            write(answer.first);
        m_idle.start();
        if (answer.second) {
            m_closing = true;
            m_ready.clear();
            m_nextToWrite = m_nextTicket;
            disconnectFromHost(); // after the answer has been written
            return;
        }
    }
    if (m_closing && !hasPendingReplies() && m_requestBytes == 0)
        disconnectFromHost();
}

void ApiConnection::closeWhenIdle()
{
    m_closing = true;
    if (!hasPendingReplies() && m_requestBytes == 0)
        disconnectFromHost();
}

void ApiConnection::refuse(int status, const QString &message)
{
    if (m_refused)
        return;
    m_refused = true;
    const QList<QByteArray> requestLine = m_head.left(m_head.indexOf('\r')).split(' ');
    const QString method = QString::fromLatin1(requestLine.value(0).left(16));
    const QString path =
        QString::fromLatin1(requestLine.value(1).left(200)).section(QLatin1Char('?'), 0, 0);
    qCWarning(lcApi).noquote() << QStringLiteral("%1 %2 → %3 before it was read (%4): %5")
                                      .arg(method, path)
                                      .arg(status)
                                      .arg(peerAddress().toString(), message);
    emit refused(method, path, status, message);
    // QHttpServer must not read (and keep) the rest of this request: it no longer hears this
    // socket, which from now on throws away whatever arrives.
    disconnect(this, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(this, &QTcpSocket::readyRead, this, &ApiConnection::discard);
    discard();
    if (hasPendingReplies()) {
        // An earlier request on this connection is still being answered; answers go out in order,
        // so there is no way to answer this one first.
        abort();
        deleteLater();
        return;
    }
    write(ApiReply::errors(status, message).toHttp(true));
    // Closing with unread data would reset the connection and could destroy the answer before
    // the client reads it: stop writing, keep reading for a moment, then close (a lingering
    // close, as web servers do).
    m_lingering = true;
    finishWriting();
    m_linger.start();
}

void ApiConnection::discard()
{
    if (isTransactionStarted())
        commitTransaction();
    const qint64 available = bytesAvailable();
    if (available > 0)
        skip(available);
}

void ApiConnection::finishWriting()
{
    if (!m_lingering || bytesToWrite() > 0)
        return;
    m_lingering = false;
    if (socketDescriptor() >= 0)
        ::shutdown(int(socketDescriptor()), SHUT_WR);
}

void ApiConnection::onIdle()
{
    if (hasPendingReplies()) {
        m_idle.start(); // an answer is still owed (a push waiting for its task)
        return;
    }
    // QHttpServer gives up on a request it cannot parse by disconnecting every signal of the
    // socket; make sure the socket still goes away when it closes.
    connect(this, &QAbstractSocket::disconnected, this, &QObject::deleteLater,
            Qt::UniqueConnection);
    if (m_requestBytes > 0 && !m_refused && state() == QAbstractSocket::ConnectedState) {
        write(ApiReply::errors(408,
                               tr("The request did not arrive completely within %1 seconds.")
                                   .arg(IdleTimeoutMs / 1000))
                  .toHttp(true));
        disconnectFromHost();
        return;
    }
    abort();
    deleteLater();
}
