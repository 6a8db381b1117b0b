#include "apihttpserver.h"

#include "apiconnection.h"

#include <QHttpServerRequest>

namespace {
QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QStringLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QStringLiteral("TRACE");
    default:
        return QStringLiteral("UNKNOWN");
    }
}
} // namespace

ApiHttpServer::ApiHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{ }

bool ApiHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto *connection = qobject_cast<ApiConnection *>(socket);
    if (!connection)
        return false;
    const ApiConnection::Ticket ticket = connection->beginRequest();
    ApiRequest copy;
    copy.method = methodName(request.method());
    copy.path = request.url().path();
    copy.query = request.query();
    for (const auto &header : request.headers()) {
        if (header.first.compare("authorization", Qt::CaseInsensitive) == 0)
            copy.authorization = header.second;
        else if (header.first.compare("content-type", Qt::CaseInsensitive) == 0)
            copy.contentType = header.second;
    }
    copy.body = request.body();
    copy.remote = request.remoteAddress();
    copy.clock.start();
    m_handler(std::move(copy), connection, ticket.id, ticket.closeAfter);
    return true;
}

void ApiHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    // Only reached for a socket that is not an ApiConnection, which this server never creates.
    socket->abort();
}
