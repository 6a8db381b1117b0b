#include "apiserver.h"

#include "apiconnection.h"
#include "apihttpserver.h"
#include "apikeycache.h"
#include "apilog.h"
#include "apiqueries.h"
#include "apireply.h"
#include "apitcpserver.h"
#include "listquery.h"
#include "pushcheck.h"
#include "sync/resourceregistry.h"
#include "sync/sourceregistry.h"
#include "sync/sourcetype.h"
#include "sync/taskrunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <deque>
#include <memory>
#include <utility>

Q_LOGGING_CATEGORY(lcApi, "usersync.api")

namespace {
constexpr int DefaultKeyReloadMs = 15000;
constexpr int TouchFlushMs = 30000;
// An unknown token re-reads the keys (a key created a moment ago by another process), but not
// more often than this, so guessing tokens cannot load the database.
constexpr qint64 UnknownTokenReloadMs = 2000;

enum class Endpoint { Push, Pull, Retry, ListSyncTypes, SourcesList, TasksList };

struct Route
{
    QString path;
    Endpoint endpoint;
    QStringList methods;
};

const QList<Route> &routes()
{
    static const QList<Route> list{
        {QStringLiteral("/api/userData:push"), Endpoint::Push, {QStringLiteral("POST")}},
        {QStringLiteral("/api/userData:pull"), Endpoint::Pull, {QStringLiteral("POST")}},
        {QStringLiteral("/api/userData:retry"), Endpoint::Retry, {QStringLiteral("POST")}},
        {QStringLiteral("/api/userData:listSyncTypes"),
         Endpoint::ListSyncTypes,
         {QStringLiteral("POST"), QStringLiteral("GET")}},
        {QStringLiteral("/api/userDataSyncSources:list"),
         Endpoint::SourcesList,
         {QStringLiteral("GET"), QStringLiteral("POST")}},
        {QStringLiteral("/api/userDataSyncTasks:list"),
         Endpoint::TasksList,
         {QStringLiteral("GET"), QStringLiteral("POST")}},
    };
    return list;
}

QString mebibytes(qint64 bytes)
{
    return QStringLiteral("%1 MiB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'g', 4);
}

bool parseId(const QUrlQuery &query, const QString &key, qint64 *out)
{
    bool ok = false;
    *out = query.queryItemValue(key, QUrl::FullyDecoded).trimmed().toLongLong(&ok);
    return ok && *out > 0;
}

int refusalStatus(TaskRefusal reason)
{
    switch (reason) {
    case TaskRefusal::NotFound:
        return 404;
    case TaskRefusal::Refused:
        return 409;
    case TaskRefusal::BadInput:
        return 400;
    case TaskRefusal::Unavailable:
        return 503;
    }
    return 500;
}
} // namespace

// One request from its arrival to its answer.
struct Exchange
{
    ApiRequest request;
    QPointer<ApiConnection> connection;
    quint64 ticket = 0;
    bool closeAfter = false;
    bool keysRechecked = false;
    QString keyName;
};

struct ApiServer::Private
{
    enum class Operation { Push, Pull, Retry };
    struct Running
    {
        Operation operation;
        Exchange exchange;
        QString sourceName;
    };
    struct WaitingPush
    {
        quint64 sequence = 0;
        Exchange exchange;
        bool checked = false;
        PushCheck check;
    };

    ApiServer *q;
    TaskRunner *runner;
    DatabaseConfig database;
    ApiServerSettings settings;
    std::unique_ptr<ApiHttpServer> http;
    QPointer<ApiTcpServer> listener;
    QList<QPointer<ApiTcpServer>> retired;
    bool stopping = false;
    int pending = 0;

    ApiKeyCache keys;
    bool keysLoading = false;
    QElapsedTimer sinceMissReload; // the last re-read caused by an unknown token
    QList<Exchange> waitingForKeys;
    QTimer keyTimer;
    QHash<qint64, QDateTime> used;
    QTimer touchTimer;

    // Pushes in arrival order while their bodies are checked (on the pool), then per source.
    quint64 nextSequence = 0;
    std::deque<WaitingPush> checking;
    QHash<QString, std::deque<Exchange>> queues;
    QHash<QString, quint64> pushing; // source → runner request of its push in progress
    QHash<quint64, Running> running; // runner request → what to answer

    // Last: its jobs post results back to `q`, so it is waited for before anything else goes.
    QThreadPool pool;

    explicit Private(ApiServer *server)
        : q(server)
    { }

    // --- answering -------------------------------------------------------------------------

    void answer(Exchange &exchange, ApiReply reply)
    {
        const int status = reply.status;
        if (exchange.connection)
            exchange.connection->reply(exchange.ticket, reply, exchange.closeAfter);
        const qint64 ms = exchange.request.clock.isValid() ? exchange.request.clock.elapsed() : 0;
        const QString who = exchange.keyName.isEmpty()
            ? exchange.request.remote.toString()
            : QStringLiteral("key “%1”").arg(exchange.keyName);
        if (status >= 500)
            qCWarning(lcApi).noquote() << QStringLiteral("%1 %2 → %3 in %4 ms (%5)")
                                              .arg(exchange.request.method, exchange.request.path)
                                              .arg(status)
                                              .arg(ms)
                                              .arg(who);
        else
            qCInfo(lcApi).noquote() << QStringLiteral("%1 %2 → %3 in %4 ms (%5)")
                                           .arg(exchange.request.method, exchange.request.path)
                                           .arg(status)
                                           .arg(ms)
                                           .arg(who);
        emit q->requestHandled(exchange.request.method, exchange.request.path, status);
        done();
    }

    // The request needs no answer any more (its client went away).
    void drop(const Exchange &exchange, const QString &why)
    {
        qCWarning(lcApi).noquote() << QStringLiteral("%1 %2 not answered: %3")
                                          .arg(exchange.request.method, exchange.request.path, why);
        done();
    }

    void done()
    {
        if (--pending == 0)
            emit q->idle();
    }

    // Runs `work` on the pool and `then` with its result on the server's thread.
    template<typename Work, typename Then>
    void offThread(Work work, Then then)
    {
        ApiServer *server = q;
        pool.start([server, work = std::move(work), then = std::move(then)]() mutable {
            auto result = work();
            QMetaObject::invokeMethod(
                server,
                [then = std::move(then), result = std::move(result)]() mutable {
                    then(std::move(result));
                },
                Qt::QueuedConnection);
        });
    }

    // --- requests --------------------------------------------------------------------------

    void handle(ApiRequest request, ApiConnection *connection, quint64 ticket, bool closeAfter)
    {
        ++pending;
        Exchange exchange;
        exchange.request = std::move(request);
        exchange.connection = connection;
        exchange.ticket = ticket;
        exchange.closeAfter = closeAfter;
        if (stopping) {
            exchange.closeAfter = true;
            answer(exchange, ApiReply::errors(503, tr("The server is shutting down.")));
            return;
        }
        const Route *route = nullptr;
        for (const Route &candidate : routes()) {
            if (candidate.path == exchange.request.path)
                route = &candidate;
        }
        if (!route) {
            answer(exchange,
                   ApiReply::errors(404,
                                    tr("There is no endpoint %1 %2. This server offers POST "
                                       "/api/userData:push, :pull, :retry and :listSyncTypes, "
                                       "and GET /api/userDataSyncSources:list and "
                                       "/api/userDataSyncTasks:list.")
                                        .arg(exchange.request.method, exchange.request.path)));
            return;
        }
        if (!route->methods.contains(exchange.request.method)) {
            ApiReply reply =
                ApiReply::errors(405,
                                 tr("%1 does not accept %2; use %3.")
                                     .arg(route->path, exchange.request.method,
                                          route->methods.join(QStringLiteral(" or "))));
            reply.headers.append(
                {QByteArrayLiteral("Allow"), route->methods.join(QStringLiteral(", ")).toLatin1()});
            answer(exchange, reply);
            return;
        }
        authenticate(std::move(exchange));
    }

    void authenticate(Exchange exchange)
    {
        if (!keys.isLoaded()) {
            waitingForKeys << exchange;
            loadKeys();
            return;
        }
        const ApiKeyCache::Match match = keys.check(exchange.request.authorization);
        switch (match.verdict) {
        case ApiKeyCache::Verdict::NoToken: {
            ApiReply reply = ApiReply::errors(
                401,
                tr("Unauthenticated: every request needs an API key, sent as the header "
                   "“Authorization: Bearer <token>”. Create one with usersync-cli apikeys create "
                   "NAME (or in the application's settings)."),
                QStringLiteral("EMPTY_TOKEN"));
            reply.headers.append({QByteArrayLiteral("WWW-Authenticate"),
                                  QByteArrayLiteral("Bearer realm=\"UserSync\"")});
            answer(exchange, reply);
            return;
        }
        case ApiKeyCache::Verdict::Unknown:
            if (!exchange.keysRechecked
                && (keysLoading || !sinceMissReload.isValid()
                    || sinceMissReload.elapsed() >= UnknownTokenReloadMs)) {
                if (!keysLoading)
                    sinceMissReload.start();
                exchange.keysRechecked = true;
                waitingForKeys << exchange;
                loadKeys();
                return;
            }
            answer(exchange,
                   invalidToken(tr("The API key is not valid: no key of this server has this "
                                   "token. Check the token, or create a key with usersync-cli "
                                   "apikeys create NAME.")));
            return;
        case ApiKeyCache::Verdict::Revoked:
            answer(exchange,
                   invalidToken(tr("The API key “%1” was revoked on %2 and no longer works.")
                                    .arg(match.name,
                                         match.revokedAt.toLocalTime().toString(
                                             QStringLiteral("yyyy-MM-dd HH:mm")))));
            return;
        case ApiKeyCache::Verdict::Valid:
            break;
        }
        exchange.keyName = match.name;
        // Recorded in the database later, in one go, off the request path.
        used.insert(match.id, QDateTime::currentDateTimeUtc());
        dispatch(std::move(exchange));
    }

    static ApiReply invalidToken(const QString &message)
    {
        ApiReply reply = ApiReply::errors(401, message, QStringLiteral("INVALID_TOKEN"));
        reply.headers.append(
            {QByteArrayLiteral("WWW-Authenticate"),
             QByteArrayLiteral("Bearer realm=\"UserSync\", error=\"invalid_token\"")});
        return reply;
    }

    void dispatch(Exchange exchange)
    {
        const QString &path = exchange.request.path;
        if (path.endsWith(QLatin1String(":push")))
            push(std::move(exchange));
        else if (path.endsWith(QLatin1String(":pull")))
            pull(std::move(exchange));
        else if (path.endsWith(QLatin1String(":retry")))
            retry(std::move(exchange));
        else if (path.endsWith(QLatin1String(":listSyncTypes")))
            listSyncTypes(exchange);
        else if (path.startsWith(QLatin1String("/api/userDataSyncSources")))
            listSources(std::move(exchange));
        else
            listTasks(std::move(exchange));
    }

    // --- keys ------------------------------------------------------------------------------

    void loadKeys()
    {
        if (keysLoading)
            return;
        keysLoading = true;
        const DatabaseConfig config = database;
        offThread([config]() { return ApiQueries::loadKeys(config); },
                  [this](ApiQueries::Keys loaded) { keysLoaded(loaded); });
    }

    void keysLoaded(const ApiQueries::Keys &loaded)
    {
        keysLoading = false;
        if (loaded.ok) {
            keys.replace(loaded.entries);
            emit q->keysReloaded(keys.activeCount());
        } else {
            qCWarning(lcApi).noquote()
                << QStringLiteral("Cannot read the API keys: %1").arg(loaded.error);
            emit q->keysReloaded(-1);
        }
        const QList<Exchange> waiting = std::exchange(waitingForKeys, {});
        for (Exchange exchange : waiting) {
            if (!keys.isLoaded()) {
                answer(
                    exchange,
                    ApiReply::errors(503, tr("The API keys cannot be read: %1").arg(loaded.error)));
                continue;
            }
            authenticate(std::move(exchange));
        }
    }

    void flushUsedKeys(bool wait)
    {
        if (used.isEmpty())
            return;
        const QHash<qint64, QDateTime> batch = std::exchange(used, {});
        const DatabaseConfig config = database;
        const auto work = [config, batch]() {
            const QString problem = ApiQueries::touchKeys(config, batch);
            if (!problem.isEmpty())
                qCWarning(lcApi).noquote()
                    << QStringLiteral("Cannot record when API keys were used: %1").arg(problem);
        };
        if (wait)
            work();
        else
            pool.start(work);
    }

    // --- push ------------------------------------------------------------------------------

    int waitingPushes() const
    {
        qsizetype count = qsizetype(checking.size());
        for (const auto &queue : queues)
            count += qsizetype(queue.size());
        return int(count);
    }

    void push(Exchange exchange)
    {
        if (exchange.request.body.size() > settings.maxBodyBytes) {
            answer(exchange,
                   ApiReply::errors(413,
                                    tr("The request body (%1) is larger than this "
                                       "server accepts (%2).")
                                        .arg(mebibytes(exchange.request.body.size()),
                                             mebibytes(settings.maxBodyBytes))));
            return;
        }
        if (waitingPushes() >= MaxWaitingPushes) {
            ApiReply reply = ApiReply::dataError(
                503,
                tr("%1 pushes are already waiting to be applied; try again in a moment.")
                    .arg(MaxWaitingPushes));
            reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("10")});
            answer(exchange, reply);
            return;
        }
        // Checked on the pool (a body may be 32 MiB of JSON), but queued in arrival order.
        const quint64 sequence = nextSequence++;
        const QByteArray body = exchange.request.body;
        const QByteArray contentType = exchange.request.contentType;
        const QStringList supported = runner->setup().resources->supportedDataTypes();
        WaitingPush waiting;
        waiting.sequence = sequence;
        waiting.exchange = std::move(exchange);
        checking.push_back(std::move(waiting));
        offThread([body, contentType,
                   supported]() { return PushCheck::run(body, contentType, supported); },
                  [this, sequence](PushCheck check) { pushChecked(sequence, check); });
    }

    void pushChecked(quint64 sequence, const PushCheck &check)
    {
        for (WaitingPush &waiting : checking) {
            if (waiting.sequence == sequence) {
                waiting.checked = true;
                waiting.check = check;
            }
        }
        while (!checking.empty() && checking.front().checked) {
            WaitingPush next = std::move(checking.front());
            checking.pop_front();
            switch (next.check.verdict) {
            case PushCheck::Verdict::Ok:
                enqueue(next.check.sourceName, std::move(next.exchange));
                break;
            case PushCheck::Verdict::NotJson:
                answer(next.exchange, ApiReply::errors(400, next.check.message));
                break;
            case PushCheck::Verdict::WrongMediaType:
                answer(next.exchange, ApiReply::errors(415, next.check.message));
                break;
            case PushCheck::Verdict::Invalid:
                answer(next.exchange, ApiReply::dataError(400, next.check.message));
                break;
            }
        }
    }

    void enqueue(const QString &source, Exchange exchange)
    {
        std::deque<Exchange> &queue = queues[source];
        queue.push_back(std::move(exchange));
        if (pushing.contains(source)) {
            qCInfo(lcApi).noquote() << QStringLiteral("Push for source “%1” queued (%2 waiting)")
                                           .arg(source)
                                           .arg(queue.size());
            emit q->pushQueued(source, int(queue.size()));
            return;
        }
        startNextPush(source);
    }

    void startNextPush(const QString &source)
    {
        auto it = queues.find(source);
        while (it != queues.end() && !it->empty()) {
            Exchange exchange = std::move(it->front());
            it->pop_front();
            if (!exchange.connection) {
                drop(exchange,
                     tr("the client disconnected before its push was applied; nothing "
                        "of it was written."));
                continue;
            }
            const TaskRequest request = TaskRequest::push(exchange.request.body);
            exchange.request.body.clear(); // the task request holds the body now
            const quint64 id = runner->start(request);
            pushing.insert(source, id);
            running.insert(id, Running{Operation::Push, std::move(exchange), source});
            break;
        }
        if (it != queues.end() && it->empty())
            queues.erase(it);
    }

    // --- pull, retry -----------------------------------------------------------------------

    void pull(Exchange exchange)
    {
        const QString name =
            exchange.request.query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
        if (name.trimmed().isEmpty()) {
            answer(exchange,
                   ApiReply::errors(400,
                                    tr("Say which source to pull: POST "
                                       "/api/userData:pull?name=SOURCE.")));
            return;
        }
        const quint64 id = runner->start(TaskRequest::sync(name));
        running.insert(id, Running{Operation::Pull, std::move(exchange), name});
    }

    void retry(Exchange exchange)
    {
        qint64 taskId = 0;
        qint64 sourceId = 0;
        if (!parseId(exchange.request.query, QStringLiteral("id"), &taskId)) {
            answer(exchange,
                   ApiReply::errors(400,
                                    tr("Say which task to retry: POST "
                                       "/api/userData:retry?id=TASK&sourceId=SOURCE "
                                       "(the ids of userDataSyncTasks:list).")));
            return;
        }
        if (exchange.request.query.hasQueryItem(QStringLiteral("sourceId"))
            && !parseId(exchange.request.query, QStringLiteral("sourceId"), &sourceId)) {
            answer(exchange, ApiReply::errors(400, tr("sourceId must be the id of a source.")));
            return;
        }
        const DatabaseConfig config = database;
        auto held = std::make_shared<Exchange>(std::move(exchange));
        offThread([config, taskId,
                   sourceId]() { return ApiQueries::retryTarget(config, taskId, sourceId); },
                  [this, held, taskId](ApiQueries::RetryTarget target) {
                      if (!target.ok) {
                          answer(*held, target.error);
                          return;
                      }
                      const quint64 id = runner->start(TaskRequest::retry(target.batch));
                      running.insert(
                          id, Running{Operation::Retry, std::move(*held), QString::number(taskId)});
                  });
    }

    void refused(quint64 id, TaskRefusal reason, const QString &message)
    {
        auto it = running.find(id);
        if (it == running.end())
            return;
        Running what = std::move(*it);
        running.erase(it);
        const int status = refusalStatus(reason);
        switch (what.operation) {
        case Operation::Push:
            answer(what.exchange, ApiReply::dataError(status, message));
            pushing.remove(what.sourceName);
            startNextPush(what.sourceName);
            break;
        case Operation::Pull:
            // NocoBase's wording for a source that does not exist, which scripts may match.
            answer(what.exchange,
                   ApiReply::errors(status,
                                    reason == TaskRefusal::NotFound
                                        ? tr("SyncSource [%1] is not found.").arg(what.sourceName)
                                        : message));
            break;
        case Operation::Retry:
            answer(what.exchange,
                   ApiReply::errors(status,
                                    reason == TaskRefusal::NotFound
                                        ? tr("Task [%1] is not found.").arg(what.sourceName)
                                        : message));
            break;
        }
    }

    void started(quint64 id, const SyncTask &task)
    {
        auto it = running.find(id);
        if (it == running.end() || it->operation == Operation::Push)
            return;
        Running what = std::move(*it);
        running.erase(it);
        // NocoBase answers {} once the task runs; the task's ids are added so a script can follow
        // it in userDataSyncTasks:list.
        answer(
            what.exchange,
            ApiReply::json(200,
                           QJsonObject{{QStringLiteral("data"),
                                        QJsonObject{{QStringLiteral("id"), task.id},
                                                    {QStringLiteral("batch"), task.batch},
                                                    {QStringLiteral("sourceId"), task.sourceId},
                                                    {QStringLiteral("attempt"), task.attempt}}}}));
    }

    void finished(quint64 id, const SyncTask &task, const QJsonObject &response)
    {
        auto it = running.find(id);
        if (it == running.end())
            return;
        Running what = std::move(*it);
        running.erase(it);
        if (what.operation != Operation::Push)
            return;
        if (response.isEmpty())
            answer(what.exchange, ApiReply::dataError(500, task.message));
        else
            answer(what.exchange,
                   ApiReply::json(task.status == TaskStatus::Failed ? 500 : 200, response));
        pushing.remove(what.sourceName);
        startNextPush(what.sourceName);
    }

    // --- reading ---------------------------------------------------------------------------

    void listSyncTypes(Exchange &exchange)
    {
        QJsonArray data;
        for (const SourceType *type : runner->setup().sources->all())
            data.append(QJsonObject{{QStringLiteral("name"), type->key()},
                                    {QStringLiteral("title"), type->title()},
                                    {QStringLiteral("canPull"), type->canPull()}});
        answer(exchange, ApiReply::json(200, QJsonObject{{QStringLiteral("data"), data}}));
    }

    template<typename Query>
    void list(Exchange exchange, const QStringList &sortable, const QStringList &filterable,
              const QString &defaultSort, Query query)
    {
        ListQuery parameters;
        QString problem;
        if (!ListQuery::parse(exchange.request.query, sortable, filterable, defaultSort,
                              &parameters, &problem)) {
            answer(exchange, ApiReply::errors(400, problem));
            return;
        }
        const DatabaseConfig config = database;
        auto held = std::make_shared<Exchange>(std::move(exchange));
        offThread([config, parameters, query]() { return query(config, parameters); },
                  [this, held](ApiReply reply) { answer(*held, reply); });
    }

    void listSources(Exchange exchange)
    {
        list(std::move(exchange),
             {QStringLiteral("sort"), QStringLiteral("id"), QStringLiteral("name"),
              QStringLiteral("createdAt"), QStringLiteral("updatedAt")},
             {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("sourceType"),
              QStringLiteral("enabled")},
             QStringLiteral("sort"), &ApiQueries::sources);
    }

    void listTasks(Exchange exchange)
    {
        list(std::move(exchange),
             {QStringLiteral("sort"), QStringLiteral("id"), QStringLiteral("createdAt")},
             {QStringLiteral("id"), QStringLiteral("sourceId"), QStringLiteral("status"),
              QStringLiteral("batch")},
             QStringLiteral("-sort"), &ApiQueries::tasks);
    }

    // --- listening -------------------------------------------------------------------------

    void closeListener()
    {
        if (!listener)
            return;
        listener->close();
        for (ApiConnection *connection : listener->findChildren<ApiConnection *>())
            connection->closeWhenIdle();
        retired << listener;
        listener = nullptr;
    }

    void pruneRetired()
    {
        for (qsizetype i = retired.size() - 1; i >= 0; --i) {
            ApiTcpServer *old = retired.at(i);
            if (!old)
                retired.removeAt(i);
            else if (old->findChildren<ApiConnection *>().isEmpty()) {
                old->deleteLater();
                retired.removeAt(i);
            }
        }
    }
};

ApiServer::ApiServer(TaskRunner *runner, const DatabaseConfig &database, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    d->runner = runner;
    d->database = database;
    d->pool.setObjectName(QStringLiteral("ApiServer"));
    d->pool.setMaxThreadCount(2);
    d->http = std::make_unique<ApiHttpServer>(
        [this](ApiRequest request, ApiConnection *connection, quint64 ticket, bool closeAfter) {
            d->handle(std::move(request), connection, ticket, closeAfter);
        });
    connect(runner, &TaskRunner::refused, this,
            [this](quint64 id, TaskRefusal reason, const QString &message) {
                d->refused(id, reason, message);
            });
    connect(runner, &TaskRunner::started, this,
            [this](quint64 id, const SyncTask &task) { d->started(id, task); });
    connect(runner, &TaskRunner::finished, this,
            [this](quint64 id, const SyncTask &task, const QJsonObject &response) {
                d->finished(id, task, response);
            });
    d->keyTimer.setInterval(DefaultKeyReloadMs);
    connect(&d->keyTimer, &QTimer::timeout, this, [this]() { d->loadKeys(); });
    d->touchTimer.setInterval(TouchFlushMs);
    connect(&d->touchTimer, &QTimer::timeout, this, [this]() {
        d->flushUsedKeys(false);
        d->pruneRetired();
    });
}

ApiServer::~ApiServer()
{
    d->closeListener();
    d->pool.waitForDone();
    d->flushUsedKeys(true);
    // Answers handed to a connection may still sit in its buffer; a socket that is deleted drops
    // them, and the client would see a closed connection instead of its answer.
    for (ApiConnection *connection : d->http->findChildren<ApiConnection *>()) {
        QElapsedTimer clock;
        clock.start();
        while (connection->state() != QAbstractSocket::UnconnectedState
               && connection->bytesToWrite() > 0 && clock.elapsed() < 2000)
            connection->waitForBytesWritten(250);
    }
    // Connections belong to the HTTP server; they go with it, before the rest of d.
    d->http.reset();
}

bool ApiServer::start(const ApiServerSettings &settings, QString *error)
{
    if (d->listener)
        stop();
    d->pruneRetired();
    QHostAddress address;
    if (settings.bindAddress.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(settings.bindAddress.trimmed())) {
        if (error)
            *error = tr("“%1” is not an IP address. Use 127.0.0.1 (this computer only), 0.0.0.0 "
                        "(every network of this computer) or one of its addresses.")
                         .arg(settings.bindAddress);
        return false;
    }
    if (settings.maxBodyBytes <= 0) {
        if (error)
            *error = tr("The body size limit must be more than 0 bytes.");
        return false;
    }
    auto *listener = new ApiTcpServer(settings.maxBodyBytes);
    if (!listener->listen(address, settings.port)) {
        if (error)
            *error = tr("Cannot listen on %1 port %2: %3.")
                         .arg(address.toString())
                         .arg(settings.port)
                         .arg(listener->errorString());
        delete listener;
        return false;
    }
    connect(listener, &ApiTcpServer::requestRefused, this, &ApiServer::requestHandled);
    d->http->bind(listener); // takes ownership
    d->listener = listener;
    d->settings = settings;
    d->stopping = false;
    d->keyTimer.start();
    d->touchTimer.start();
    d->loadKeys();
    qCInfo(lcApi).noquote() << QStringLiteral("HTTP API listening on %1").arg(url());
    emit listeningChanged(true);
    return true;
}

void ApiServer::stop()
{
    if (!d->listener)
        return;
    const QString where = url();
    d->stopping = true;
    d->closeListener();
    d->keyTimer.stop();
    d->flushUsedKeys(false);
    qCInfo(lcApi).noquote() << QStringLiteral("HTTP API on %1 stopped; %2 request(s) in hand")
                                   .arg(where)
                                   .arg(d->pending);
    emit listeningChanged(false);
}

bool ApiServer::isListening() const
{
    return d->listener && d->listener->isListening();
}

QHostAddress ApiServer::address() const
{
    return d->listener ? d->listener->serverAddress() : QHostAddress();
}

quint16 ApiServer::port() const
{
    return d->listener ? d->listener->serverPort() : 0;
}

bool ApiServer::isLoopback() const
{
    if (!d->listener)
        return d->settings.isLoopback();
    return d->listener->serverAddress().isLoopback();
}

QString ApiServer::url() const
{
    if (!d->listener)
        return {};
    const QHostAddress host = d->listener->serverAddress();
    const QString text = host.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(host.toString())
        : host.toString();
    return QStringLiteral("http://%1:%2").arg(text).arg(d->listener->serverPort());
}

qint64 ApiServer::maxBodyBytes() const
{
    return d->settings.maxBodyBytes;
}

void ApiServer::reloadKeys()
{
    d->loadKeys();
}

int ApiServer::activeKeyCount() const
{
    return d->keys.isLoaded() ? d->keys.activeCount() : -1;
}

void ApiServer::setKeyReloadInterval(int milliseconds)
{
    d->keyTimer.setInterval(qMax(100, milliseconds));
}

int ApiServer::keyReloadInterval() const
{
    return d->keyTimer.interval();
}

int ApiServer::pendingRequests() const
{
    return d->pending;
}

int ApiServer::queuedPushes(const QString &sourceName) const
{
    if (!sourceName.isEmpty())
        return int(d->queues.value(sourceName).size());
    int count = 0;
    for (const auto &queue : std::as_const(d->queues))
        count += int(queue.size());
    return count;
}
