#pragma once

#include "httpfetcher.h"
#include "sync/sourcetype.h"

#include <QObject>

// SourceType::testConnection for the http source: fetches the first page of each URL, reads it
// like a sync would, and says how many records it found, or what went wrong. Deletes itself
// when it has answered.
class HttpConnectionTest : public QObject
{
    Q_OBJECT

public:
    HttpConnectionTest(const HttpSourceOptions &options, const SourceType::TestCallback &done,
                       QObject *parent);
    void start();

private:
    void next();
    void finish(bool ok, const QString &message);

    HttpSourceOptions m_options;
    SourceType::TestCallback m_done;
    HttpFetcher *m_fetcher;
    QList<QPair<QString, QUrl>> m_targets; // data type, URL
    QStringList m_found;
};
