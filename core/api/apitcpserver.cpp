#include "apitcpserver.h"

#include "apiconnection.h"

ApiTcpServer::ApiTcpServer(qint64 maxBodyBytes, QObject *parent)
    : QTcpServer(parent)
    , m_maxBodyBytes(maxBodyBytes)
{ }

void ApiTcpServer::incomingConnection(qintptr descriptor)
{
    auto *connection = new ApiConnection(m_maxBodyBytes, this);
    if (!connection->setSocketDescriptor(descriptor)) {
        delete connection;
        return;
    }
    connect(connection, &ApiConnection::refused, this,
            [this](const QString &method, const QString &path, int status, const QString &) {
                emit requestRefused(method, path, status);
            });
    addPendingConnection(connection);
}
