#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

// A real HTTP client (QNetworkAccessManager) for the API under test. Waits with the event loop,
// so the server, in the same thread, keeps serving while a request is in flight.
struct HttpResult
{
    bool finished = false;
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QJsonObject object() const { return json().object(); }
    QByteArray header(const QByteArray &name) const;
    // {"errors":[{"message"}]} or {"data":{"message"}}: whichever the body has.
    QString message() const;
};

class ApiTestClient
{
public:
    ApiTestClient() = default;
    ApiTestClient(const QUrl &base, const QByteArray &token);

    void setBase(const QUrl &base) { m_base = base; }
    void setToken(const QByteArray &token) { m_token = token; }
    QByteArray token() const { return m_token; }
    QUrl url(const QString &pathAndQuery) const;

    HttpResult post(const QString &path, const QByteArray &body,
                    const QByteArray &contentType = "application/json", int timeoutMs = 120000);
    HttpResult post(const QString &path, const QJsonObject &body);
    HttpResult get(const QString &path, int timeoutMs = 60000);
    // Any method, any headers; `token` empty sends no Authorization.
    HttpResult send(const QByteArray &method, const QString &path, const QByteArray &body,
                    const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs = 120000);

    // Starts a request and returns at once; collect it with wait().
    QNetworkReply *start(const QByteArray &method, const QString &path, const QByteArray &body,
                         const QByteArray &contentType = "application/json");
    static HttpResult wait(QNetworkReply *reply, int timeoutMs = 120000);
    static HttpResult collect(QNetworkReply *reply);

    QNetworkAccessManager &manager() { return m_manager; }

private:
    QUrl m_base;
    QByteArray m_token;
    QNetworkAccessManager m_manager;
};
