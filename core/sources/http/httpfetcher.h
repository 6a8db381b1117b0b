#pragma once

#include "httpsourceoptions.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

// One response of an http source, as the puller needs it.
struct HttpResponse
{
    QUrl url;
    int status = 0;
    QByteArray body;
    QList<QByteArray> links; // Link header values
    qint64 elapsedMs = 0;
};

// GETs one URL with the source's authentication, headers, timeout and TLS settings, retrying
// 429 and 503 with a bounded backoff that honours Retry-After. Asynchronous: lives on the thread
// whose event loop runs it (the task's). Every message names the URL (credentials and secret
// query values removed), the HTTP status and the first bytes of the body, never a secret.
class HttpFetcher : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxBodyBytes = 256LL * 1024 * 1024;
    static constexpr qint64 MaxRetryWaitMs = 60 * 1000;
    static constexpr int ExcerptBytes = 200;

    HttpFetcher(const HttpSourceOptions &options, QObject *parent = nullptr);
    ~HttpFetcher() override;

    // Answered by exactly one of done() or failed(); `what` names it in messages ("users page 3").
    void get(const QUrl &url, const QString &what);
    void cancel();

    // The URL without user info and with the values of secret-looking query items hidden.
    static QString displayUrl(const QUrl &url);
    // The start of a body, on one line, for a message.
    static QString excerpt(const QByteArray &body);
    // `text` with every secret value of the source replaced.
    QString redact(QString text) const;

signals:
    void done(const HttpResponse &response);
    void failed(const QString &message);
    // A 429/503 is waited out before asking again.
    void retrying(int attempt, qint64 delayMs, int status);

private:
    void send();
    void onFinished();
    void fail(const QString &reason);

    HttpSourceOptions m_options;
    QNetworkAccessManager m_manager;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QUrl m_url;
    QString m_what;
    int m_attempt = 0;
    bool m_cancelled = false;
    bool m_tooLarge = false;
    QList<QSslError> m_sslErrors;
    QElapsedTimer m_clock;
};
