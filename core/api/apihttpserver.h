#pragma once

#include "apirequest.h"

#include <QAbstractHttpServer>
#include <QPointer>

#include <functional>

class ApiConnection;

// Qt HttpServer's request parser, with the requests handed to one function. The API answers
// most requests later (a push waits for its task), so it writes its answers itself through the
// ApiConnection instead of QHttpServer's synchronous responder.
class ApiHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(ApiRequest request, ApiConnection *connection,
                                       quint64 ticket, bool closeAfter)>;

    explicit ApiHttpServer(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};
