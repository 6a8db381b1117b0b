#pragma once

#include "httpfetcher.h"
#include "httpsourceoptions.h"
#include "sync/puller.h"

#include <QSet>
#include <QUrl>

#include <deque>

// Pulls an HTTP/REST API page by page: the departments URL to its last page, then the users
// URL. One request at a time, asked for by the engine after it applied the page before, so
// memory holds one response whatever the size of the directory.
class HttpPuller : public Puller
{
    Q_OBJECT

public:
    HttpPuller(const SourceContext &context, QObject *parent);

    void fetchNext() override;
    void cancel() override;

private:
    struct Target
    {
        QString dataType; // "department" or "user"
        QUrl url;
    };

    void advance();
    void request(const QUrl &url);
    void received(const HttpResponse &response);
    QUrl pageUrl(int page) const;
    QString what() const;
    void failLater(const QString &message);

    HttpSourceOptions m_options;
    QString m_problem; // options that cannot be used, reported on the first fetch
    HttpFetcher *m_fetcher = nullptr;
    QList<Target> m_targets;
    int m_target = 0;
    int m_page = 0; // pages fetched from the current target
    QUrl m_next; // the next URL of the current target; empty before its first page
    QSet<QString> m_seen; // URLs fetched from the current target, against pagination loops
    QByteArray m_lastBodyHash;
    std::deque<UserData> m_ready; // pages of the last response not yet handed over
    bool m_usersStarted = false;
    bool m_cancelled = false;
};
