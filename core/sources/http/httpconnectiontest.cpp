#include "httpconnectiontest.h"

#include "httppagereader.h"
#include "sync/userdata.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUrlQuery>

#include <utility>

HttpConnectionTest::HttpConnectionTest(const HttpSourceOptions &options,
                                       const SourceType::TestCallback &done, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_done(done)
{
    // A test should answer quickly: one retry at most.
    m_options.retries = qMin(m_options.retries, 1);
    m_fetcher = new HttpFetcher(m_options, this);
    if (!m_options.departmentsUrl.isEmpty())
        m_targets << qMakePair(UserData::Department, m_options.departmentsUrl);
    if (!m_options.usersUrl.isEmpty())
        m_targets << qMakePair(UserData::User, m_options.usersUrl);
    connect(m_fetcher, &HttpFetcher::failed, this,
            [this](const QString &message) { finish(false, message); });
    connect(m_fetcher, &HttpFetcher::done, this, [this](const HttpResponse &response) {
        const QString dataType = m_targets.constFirst().first;
        const HttpPageReader::Result page =
            HttpPageReader::read(response.body, dataType, m_options);
        const QString label = dataType == UserData::Department ? tr("Departments") : tr("Users");
        if (!page.ok) {
            finish(false,
                   m_fetcher->redact(tr("%1 (GET %2): %3; the body begins: %4")
                                         .arg(label, HttpFetcher::displayUrl(response.url),
                                              page.error, HttpFetcher::excerpt(response.body))));
            return;
        }
        m_found << tr("%1: %2 records on the first page (HTTP %3, %4 ms)")
                       .arg(label)
                       .arg(page.records)
                       .arg(response.status)
                       .arg(response.elapsedMs);
        m_targets.removeFirst();
        next();
    });
}

void HttpConnectionTest::start()
{
    QTimer::singleShot(0, this, &HttpConnectionTest::next);
}

void HttpConnectionTest::next()
{
    if (m_targets.isEmpty()) {
        finish(true, m_found.join(QStringLiteral("; ")) + QLatin1Char('.'));
        return;
    }
    QUrl url = m_targets.constFirst().second;
    if (m_options.pagination == HttpSourceOptions::Pagination::PageNumber) {
        QUrlQuery query(url);
        query.removeAllQueryItems(m_options.pageParam);
        query.addQueryItem(m_options.pageParam, QString::number(m_options.firstPage));
        if (!m_options.pageSizeParam.isEmpty()) {
            query.removeAllQueryItems(m_options.pageSizeParam);
            query.addQueryItem(m_options.pageSizeParam, QString::number(m_options.pageSize));
        }
        url.setQuery(query);
    }
    m_fetcher->get(url,
                   m_targets.constFirst().first == UserData::Department ? tr("departments page 1")
                                                                        : tr("users page 1"));
}

void HttpConnectionTest::finish(bool ok, const QString &message)
{
    if (!m_done)
        return;
    const SourceType::TestCallback done = std::exchange(m_done, {});
    done(ok, message);
    deleteLater();
}
