#include "httppuller.h"

#include "httppagereader.h"
#include "linkheader.h"
#include "sync/userdataparser.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QTimer>
#include <QUrlQuery>

HttpPuller::HttpPuller(const SourceContext &context, QObject *parent)
    : Puller(parent)
{
    if (!HttpSourceOptions::read(context, &m_options, &m_problem))
        return;
    if (!m_options.departmentsUrl.isEmpty())
        m_targets << Target{UserData::Department, m_options.departmentsUrl};
    if (!m_options.usersUrl.isEmpty())
        m_targets << Target{UserData::User, m_options.usersUrl};
    m_fetcher = new HttpFetcher(m_options, this);
    connect(m_fetcher, &HttpFetcher::done, this, &HttpPuller::received);
    connect(m_fetcher, &HttpFetcher::failed, this, &Puller::failed);
}

void HttpPuller::cancel()
{
    m_cancelled = true;
    if (m_fetcher)
        m_fetcher->cancel();
}

void HttpPuller::failLater(const QString &message)
{
    // Never answer from inside fetchNext(): the engine calls it from its page handler.
    QTimer::singleShot(0, this, [this, message]() { emit failed(message); });
}

void HttpPuller::fetchNext()
{
    if (!m_problem.isEmpty()) {
        failLater(m_problem);
        return;
    }
    if (m_cancelled) {
        failLater(tr("Cancelled."));
        return;
    }
    if (!m_ready.empty()) {
        QTimer::singleShot(0, this, [this]() {
            UserData page = std::move(m_ready.front());
            m_ready.pop_front();
            emit pageReady(page);
        });
        return;
    }
    advance();
}

QString HttpPuller::what() const
{
    const bool departments = m_targets.value(m_target).dataType == UserData::Department;
    return (departments ? tr("departments page %1") : tr("users page %1")).arg(m_page);
}

QUrl HttpPuller::pageUrl(int page) const
{
    QUrl url = m_targets.at(m_target).url;
    QUrlQuery query(url);
    query.removeAllQueryItems(m_options.pageParam);
    query.addQueryItem(m_options.pageParam, QString::number(page));
    if (!m_options.pageSizeParam.isEmpty()) {
        query.removeAllQueryItems(m_options.pageSizeParam);
        query.addQueryItem(m_options.pageSizeParam, QString::number(m_options.pageSize));
    }
    url.setQuery(query);
    return url;
}

// Fetches the next page of the current target, or moves to the next target, or finishes.
void HttpPuller::advance()
{
    if (m_target >= m_targets.size()) {
        QTimer::singleShot(0, this, [this]() { emit finished(); });
        return;
    }
    QUrl url;
    if (m_page == 0)
        url = m_options.pagination == HttpSourceOptions::Pagination::PageNumber
            ? pageUrl(m_options.firstPage)
            : m_targets.at(m_target).url;
    else
        url = m_next;
    request(url);
}

void HttpPuller::request(const QUrl &url)
{
    ++m_page;
    m_seen.insert(url.toString(QUrl::FullyEncoded));
    m_fetcher->get(url, what());
}

void HttpPuller::received(const HttpResponse &response)
{
    if (m_cancelled) {
        emit failed(tr("Cancelled."));
        return;
    }
    const Target &target = m_targets.at(m_target);
    const QString where =
        QStringLiteral("%1 (GET %2)").arg(what(), HttpFetcher::displayUrl(response.url));
    const auto fail = [&](const QString &reason) {
        emit failed(tr("%1: %2; the body begins: %3")
                        .arg(where, reason, HttpFetcher::excerpt(response.body)));
    };
    HttpPageReader::Result page = HttpPageReader::read(response.body, target.dataType, m_options);
    if (!page.ok) {
        fail(page.error);
        return;
    }
    // Checked here as well as by the engine, so the message can say which URL sent it.
    for (UserData &data : page.pages) {
        const auto checked = UserDataParser::check(data, {UserData::Department, UserData::User});
        if (!checked.ok) {
            emit failed(tr("%1: %2").arg(where, checked.message));
            return;
        }
        if (data.dataType == UserData::Department && m_usersStarted) {
            emit failed(tr("%1: departments arrived after users; a source must yield every "
                           "department before the first user.")
                            .arg(where));
            return;
        }
        m_usersStarted = m_usersStarted || data.dataType == UserData::User;
        data = checked.data;
    }

    // Where the next page is.
    QUrl next;
    switch (m_options.pagination) {
    case HttpSourceOptions::Pagination::None:
        break;
    case HttpSourceOptions::Pagination::NextUrl:
        if (!page.next.isEmpty()) {
            next = response.url.resolved(QUrl(page.next));
            if (!next.isValid()) {
                fail(tr("the next-page link “%1” is not a URL").arg(page.next));
                return;
            }
        }
        break;
    case HttpSourceOptions::Pagination::LinkHeader:
        next = LinkHeader::next(response.links, response.url);
        break;
    case HttpSourceOptions::Pagination::PageNumber:
        if (page.records > 0) {
            // A server that ignores the page parameter would send page 1 forever.
            const QByteArray hash =
                QCryptographicHash::hash(response.body, QCryptographicHash::Sha256);
            if (hash == m_lastBodyHash) {
                fail(tr("the server sent the same records as for the page before; does it "
                        "support the “%1” parameter?")
                         .arg(m_options.pageParam));
                return;
            }
            m_lastBodyHash = hash;
            next = pageUrl(m_options.firstPage + m_page);
        }
        break;
    }
    if (next.isValid() && !next.isEmpty()) {
        if (m_seen.contains(next.toString(QUrl::FullyEncoded))) {
            fail(tr("the next-page link leads back to a page already read (%1); stopping "
                    "instead of reading in circles")
                     .arg(HttpFetcher::displayUrl(next)));
            return;
        }
        m_next = next;
    } else {
        // This target is done; the next one starts from its first page.
        ++m_target;
        m_page = 0;
        m_next = QUrl();
        m_seen.clear();
        m_lastBodyHash.clear();
    }

    for (UserData &data : page.pages)
        m_ready.push_back(std::move(data));
    if (m_ready.empty()) {
        advance(); // an empty page: nothing to apply, go on
        return;
    }
    UserData first = std::move(m_ready.front());
    m_ready.pop_front();
    emit pageReady(first);
}
