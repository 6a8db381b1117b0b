#include "httpfetcher.h"

#include "common/appinfo.h"
#include "retryafter.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcHttpSource, "usersync.source.http")

namespace {
bool secretName(const QString &name)
{
    static const QStringList words{QStringLiteral("token"),  QStringLiteral("key"),
                                   QStringLiteral("secret"), QStringLiteral("password"),
                                   QStringLiteral("passwd"), QStringLiteral("signature"),
                                   QStringLiteral("auth"),   QStringLiteral("session")};
    const QString lower = name.toLower();
    for (const QString &word : words) {
        if (lower.contains(word))
            return true;
    }
    return false;
}
} // namespace

HttpFetcher::HttpFetcher(const HttpSourceOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpFetcher::send);
    // Credentials go to the source's own server only: no redirect to another host or scheme.
    m_manager.setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

HttpFetcher::~HttpFetcher()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        delete m_reply;
    }
}

QString HttpFetcher::displayUrl(const QUrl &url)
{
    QUrl shown = url.adjusted(QUrl::RemoveUserInfo);
    QUrlQuery query(shown);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    bool changed = false;
    QUrlQuery cleaned;
    for (const auto &item : items) {
        const bool hide = secretName(item.first);
        changed = changed || hide;
        cleaned.addQueryItem(item.first, hide ? QStringLiteral("***") : item.second);
    }
    if (changed)
        shown.setQuery(cleaned);
    return shown.toDisplayString();
}

QString HttpFetcher::excerpt(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return tr("(an empty body)");
    QString text = QString::fromUtf8(body.left(ExcerptBytes)).simplified();
    if (body.size() > ExcerptBytes)
        text += QStringLiteral("…");
    return QStringLiteral("“%1”").arg(text);
}

QString HttpFetcher::redact(QString text) const
{
    for (const QByteArray &secret : m_options.secretValues()) {
        if (secret.size() >= 3)
            text.replace(QString::fromUtf8(secret), QStringLiteral("***"));
    }
    return text;
}

void HttpFetcher::get(const QUrl &url, const QString &what)
{
    m_url = url;
    m_what = what;
    m_attempt = 0;
    m_cancelled = false;
    send();
}

void HttpFetcher::cancel()
{
    m_cancelled = true;
    if (m_retryTimer.isActive()) {
        m_retryTimer.stop();
        QTimer::singleShot(0, this, [this]() { emit failed(tr("Cancelled.")); });
        return;
    }
    if (m_reply)
        m_reply->abort(); // answered by onFinished
}

void HttpFetcher::send()
{
    if (m_cancelled) {
        emit failed(tr("Cancelled."));
        return;
    }
    ++m_attempt;
    m_tooLarge = false;
    m_sslErrors.clear();
    QNetworkRequest request(m_url);
    request.setTransferTimeout(m_options.timeoutMs);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("UserSync/%1").arg(AppInfo::version()));
    if (m_options.auth == HttpSourceOptions::Auth::Bearer)
        request.setRawHeader("Authorization", "Bearer " + m_options.token);
    else if (m_options.auth == HttpSourceOptions::Auth::Basic)
        request.setRawHeader(
            "Authorization",
            "Basic " + (m_options.username.toUtf8() + ':' + m_options.password).toBase64());
    for (const auto &header : std::as_const(m_options.headers))
        request.setRawHeader(header.first, header.second);
    if (m_url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!m_options.caCertificates.isEmpty())
            tls.addCaCertificates(m_options.caCertificates);
        if (!m_options.verifyTls)
            tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        request.setSslConfiguration(tls);
    }
    m_clock.start();
    m_reply = m_manager.get(request);
    connect(m_reply, &QNetworkReply::finished, this, &HttpFetcher::onFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > MaxBodyBytes && m_reply) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
}

void HttpFetcher::fail(const QString &reason)
{
    const QString message = tr("%1 (GET %2): %3").arg(m_what, displayUrl(m_url), reason);
    const QString safe = redact(message);
    qCWarning(lcHttpSource).noquote() << safe;
    emit failed(safe);
}

void HttpFetcher::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const qint64 elapsed = m_clock.elapsed();
    if (m_cancelled) {
        emit failed(tr("Cancelled."));
        return;
    }
    if (m_tooLarge) {
        fail(tr("the response is larger than %1 MiB; use pagination so each page stays small")
                 .arg(MaxBodyBytes / (1024 * 1024)));
        return;
    }
    const QVariant statusValue = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusValue.isValid() ? statusValue.toInt() : 0;
    const QNetworkReply::NetworkError error = reply->error();
    if (status == 0) {
        if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
            fail(tr("no answer within %1 seconds (the “Timeout” option)")
                     .arg(m_options.timeoutMs / 1000));
        else if (error == QNetworkReply::SslHandshakeFailedError || !m_sslErrors.isEmpty()) {
            QStringList reasons;
            for (const QSslError &sslError : std::as_const(m_sslErrors))
                reasons << sslError.errorString();
            if (reasons.isEmpty())
                reasons << reply->errorString();
            fail(tr("the server's TLS certificate is not trusted (%1). If it comes from a private "
                    "certificate authority, give that CA's certificate as “CA certificates file”.")
                     .arg(reasons.join(QStringLiteral("; "))));
        } else
            fail(reply->errorString());
        return;
    }
    const QByteArray body = reply->readAll();
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    if (status == 429 || status == 503) {
        if (m_attempt <= m_options.retries) {
            const qint64 fallback = qMin<qint64>(30000, 1000LL << qMin(m_attempt - 1, 5));
            const qint64 delay =
                RetryAfter::delayMs(reply->rawHeader("Retry-After"),
                                    QDateTime::currentDateTimeUtc(), fallback, MaxRetryWaitMs);
            qCInfo(lcHttpSource).noquote()
                << redact(QStringLiteral("%1 (GET %2): HTTP %3, asking again in %4 ms (retry %5 of "
                                         "%6)")
                              .arg(m_what, displayUrl(m_url))
                              .arg(status)
                              .arg(delay)
                              .arg(m_attempt)
                              .arg(m_options.retries));
            emit retrying(m_attempt, delay, status);
            m_retryTimer.start(int(delay));
            return;
        }
        fail(tr("HTTP %1 %2, still after %3 retries; the body begins: %4")
                 .arg(status)
                 .arg(reason)
                 .arg(m_options.retries)
                 .arg(excerpt(body)));
        return;
    }
    if (status < 200 || status >= 300) {
        QString text = tr("HTTP %1 %2; the body begins: %3").arg(status).arg(reason, excerpt(body));
        if (status >= 300 && status < 400)
            text += tr(" (a redirect to another server is not followed, so that the credentials "
                       "stay with this one)");
        else if (status == 401 || status == 403)
            text += tr(" (check the authentication settings and the token or password)");
        fail(text);
        return;
    }
    HttpResponse response;
    response.url = reply->url();
    response.status = status;
    response.body = body;
    for (const auto &header : reply->rawHeaderPairs()) {
        if (header.first.compare("link", Qt::CaseInsensitive) == 0)
            response.links << header.second;
    }
    response.elapsedMs = elapsed;
    qCInfo(lcHttpSource).noquote() << QStringLiteral("%1 (GET %2): HTTP %3, %4 bytes in %5 ms")
                                          .arg(m_what, displayUrl(m_url))
                                          .arg(status)
                                          .arg(body.size())
                                          .arg(elapsed);
    emit done(response);
}
