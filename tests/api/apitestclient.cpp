#include "apitestclient.h"

#include <QJsonArray>
#include <QNetworkRequest>
#include <QTest>

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

QString HttpResult::message() const
{
    const QJsonObject root = object();
    if (root.contains(QStringLiteral("errors")))
        return root.value(QStringLiteral("errors"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("message"))
            .toString();
    return root.value(QStringLiteral("data"))
        .toObject()
        .value(QStringLiteral("message"))
        .toString();
}

ApiTestClient::ApiTestClient(const QUrl &base, const QByteArray &token)
    : m_base(base)
    , m_token(token)
{ }

QUrl ApiTestClient::url(const QString &pathAndQuery) const
{
    return m_base.resolved(QUrl(pathAndQuery));
}

QNetworkReply *ApiTestClient::start(const QByteArray &method, const QString &path,
                                    const QByteArray &body, const QByteArray &contentType)
{
    QNetworkRequest request(url(path));
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    return m_manager.sendCustomRequest(request, method, body);
}

HttpResult ApiTestClient::collect(QNetworkReply *reply)
{
    HttpResult result;
    result.finished = reply->isFinished();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.error = reply->error();
    result.errorString = reply->errorString();
    result.headers = reply->rawHeaderPairs();
    return result;
}

HttpResult ApiTestClient::wait(QNetworkReply *reply, int timeoutMs)
{
    [[maybe_unused]] const bool finished =
        QTest::qWaitFor([reply]() { return reply->isFinished(); }, timeoutMs);
    HttpResult result = collect(reply);
    if (!result.finished)
        reply->abort();
    reply->deleteLater();
    return result;
}

HttpResult ApiTestClient::post(const QString &path, const QByteArray &body,
                               const QByteArray &contentType, int timeoutMs)
{
    return wait(start("POST", path, body, contentType), timeoutMs);
}

HttpResult ApiTestClient::post(const QString &path, const QJsonObject &body)
{
    return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResult ApiTestClient::get(const QString &path, int timeoutMs)
{
    return wait(start("GET", path, {}, {}), timeoutMs);
}

HttpResult ApiTestClient::send(const QByteArray &method, const QString &path,
                               const QByteArray &body,
                               const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    QNetworkRequest request(url(path));
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    return wait(m_manager.sendCustomRequest(request, method, body), timeoutMs);
}
