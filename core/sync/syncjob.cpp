#include "syncjob.h"

#include "jobcontrol.h"
#include "logs/logcontext.h"
#include "logs/rawrecordlog.h"
#include "preparedpage.h"
#include "puller.h"
#include "pushresponse.h"
#include "resource.h"
#include "resourceregistry.h"
#include "secrets/secretstore.h"
#include "sourceregistry.h"
#include "sources/api/apisourcetype.h"
#include "sourcetype.h"
#include "store/connection.h"
#include "store/sourcerepository.h"
#include "store/taskowner.h"
#include "store/taskrepository.h"
#include "store/taskresultrepository.h"
#include "store/walkeeper.h"
#include "taskmessages.h"
#include "taskrunner.h"
#include "taskstate.h"
#include "userdataparser.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcSync, "usersync.sync")

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SyncJob", text);
}

QStringList resourceNames(const ResourceRegistry &registry, const QString &dataType)
{
    QStringList names;
    for (const Resource *resource : registry.forDataType(dataType))
        names << resource->name();
    return names;
}
// A pulled page made ready off the task's thread; `problem` says why it is not valid.
struct PulledPage
{
    PreparedPage page;
    QString problem;
};

PulledPage preparePulled(const UserData &received, const QStringList &supported,
                         const QString &sourceName)
{
    const auto checked = UserDataParser::check(received, supported);
    if (!checked.ok)
        return {{}, checked.message};
    UserData page = checked.data;
    page.sourceName = sourceName;
    return {PreparedPage::from(page), {}};
}
} // namespace

SyncJob::SyncJob(TaskRunner *runner, quint64 request, const TaskRequest &what,
                 std::shared_ptr<JobControl> control)
    : m_runner(runner)
    , m_request(request)
    , m_what(what)
    , m_control(std::move(control))
{
    setAutoDelete(true);
}

void SyncJob::run()
{
    m_clock.start();
    // The runner forgets the job however it ends.
    struct Done
    {
        SyncJob *job;
        ~Done() { job->m_runner->jobDone(job->m_request); }
    } done{this};
    Connection db(m_runner->setup().database);
    if (!db.isOpen()) {
        refuse(TaskRefusal::Unavailable, db.openError().message());
        return;
    }
    m_runner->m_walKeeper->hold();
    if (!claim(db))
        return;
    m_control->setBatch(m_task.batch);
    emitStarted();

    LogContext::Scope logScope(m_source.name, m_task.batch);
    qCInfo(lcSync).noquote() << QStringLiteral("Task %1 of source “%2” started (attempt %3)")
                                    .arg(m_task.batch, m_source.name)
                                    .arg(m_task.attempt);
    TaskState state;
    PageApplier applier(db, *m_runner->setup().resources, state,
                        PageApplier::Task{m_task.id, m_task.batch, m_task.attempt, m_source.name});
    Outcome outcome;
    if (!m_payload.isEmpty())
        runPush(applier, outcome);
    else
        runPull(db, applier, outcome);
    finish(db, outcome);
}

bool SyncJob::claim(Connection &db)
{
    const TaskRunner::Setup &setup = m_runner->setup();
    SourceRepository sources(db);
    TaskRepository tasks(db);
    const TaskOwner owner = TaskOwner::current();

    if (m_what.kind == TaskRequest::Kind::Push) {
        const auto parsed =
            UserDataParser::parseBody(m_what.payload, setup.resources->supportedDataTypes());
        if (!parsed.ok) {
            qCWarning(lcSync).noquote() << QStringLiteral("Push refused: %1").arg(parsed.message);
            refuse(TaskRefusal::BadInput, parsed.message);
            return false;
        }
        const QString name =
            parsed.data.sourceName.isEmpty() ? ApiSourceType::Key : parsed.data.sourceName;
        auto source = sources.byName(name);
        if (!source && source.error().kind() == StoreError::Kind::NotFound) {
            SyncSource created;
            created.name = name;
            created.sourceType = ApiSourceType::Key;
            created.enabled = true;
            source = sources.insert(created);
            if (!source && source.error().kind() == StoreError::Kind::Duplicate)
                source = sources.byName(name); // another push created it meanwhile
        }
        if (!source) {
            refuse(source.error().kind() == StoreError::Kind::NotFound ? TaskRefusal::NotFound
                                                                       : TaskRefusal::Unavailable,
                   source.error().message());
            return false;
        }
        m_source = *source;
        UserData page = parsed.data;
        page.sourceName = m_source.name;
        // Parsed, redacted and serialised once (a push is small: each pass was a tenth of its
        // time). The task keeps the redacted page for Retry: the engine never applies what
        // names a secret anyway.
        m_pushed = PreparedPage::from(page);
        m_payload = m_pushed->logJson();
    } else if (m_what.kind == TaskRequest::Kind::Sync) {
        auto source = sources.byName(m_what.sourceName);
        if (!source) {
            refuse(source.error().kind() == StoreError::Kind::NotFound ? TaskRefusal::NotFound
                                                                       : TaskRefusal::Unavailable,
                   source.error().message());
            return false;
        }
        m_source = *source;
    } else {
        auto task = tasks.byBatch(m_what.batch);
        if (!task) {
            refuse(task.error().kind() == StoreError::Kind::NotFound ? TaskRefusal::NotFound
                                                                     : TaskRefusal::Unavailable,
                   task.error().message());
            return false;
        }
        auto source = sources.byId(task->sourceId);
        if (!source) {
            refuse(TaskRefusal::NotFound, source.error().message());
            return false;
        }
        m_source = *source;
        if (task->hasPayload) {
            auto payload = tasks.payload(task->id);
            if (!payload) {
                refuse(TaskRefusal::Unavailable, payload.error().message());
                return false;
            }
            m_payload = *payload;
        }
    }

    if (!m_source.enabled) {
        refuse(TaskRefusal::Refused,
               tr("Source “%1” is disabled. Enable it first (in Configure, or with "
                  "usersync-cli sources update %1 --enable).")
                   .arg(m_source.name));
        return false;
    }
    m_type = setup.sources->find(m_source.sourceType);
    if (m_payload.isEmpty()) {
        if (!m_type) {
            refuse(TaskRefusal::Refused,
                   tr("Source “%1” has the type “%2”, which this UserSync does not know. Is the "
                      "plugin that provides it installed?")
                       .arg(m_source.name, m_source.sourceType));
            return false;
        }
        if (!m_type->canPull()) {
            refuse(TaskRefusal::Refused,
                   tr("Source “%1” receives its data by push (%2); there is nothing to pull.")
                       .arg(m_source.name, m_type->title()));
            return false;
        }
    }

    Result<SyncTask> task = m_what.kind == TaskRequest::Kind::Retry
        ? tasks.byBatch(m_what.batch)
        : tasks.create(m_source.id, owner,
                       m_what.kind == TaskRequest::Kind::Push ? m_payload : QByteArray());
    if (task && m_what.kind == TaskRequest::Kind::Retry)
        task = tasks.beginRetry(task->id, owner);
    if (!task) {
        refuse(task.error().kind() == StoreError::Kind::Conflict ? TaskRefusal::Refused
                                                                 : TaskRefusal::Unavailable,
               task.error().message());
        return false;
    }
    if (m_what.kind != TaskRequest::Kind::Retry) {
        if (StoreError error = tasks.start(task->id)) {
            refuse(TaskRefusal::Unavailable, error.message());
            return false;
        }
        task = tasks.byId(task->id);
    }
    m_task = *task;
    return true;
}

void SyncJob::runPush(PageApplier &applier, Outcome &outcome)
{
    if (!m_pushed) { // a Retry: the page comes from the task's stored payload
        const auto parsed =
            UserDataParser::parseBody(m_payload, m_runner->setup().resources->supportedDataTypes());
        if (!parsed.ok) { // e.g. a resource plugin was removed since
            outcome.status = TaskStatus::Failed;
            outcome.reason = parsed.message;
            return;
        }
        UserData page = parsed.data;
        page.sourceName = m_source.name;
        m_pushed = PreparedPage::from(page);
    }
    const PreparedPage &prepared = *m_pushed;
    // The raw log keeps records as they arrived, minus anything that names a secret: the bytes
    // the task stored for Retry (the prepared page's logJson(), made once at the claim).
    m_runner->m_rawLog->appendJson(QStringLiteral("info"), m_source.name, ApiSourceType::Key,
                                   m_task.batch, m_payload);
    // The prepared page holds each uid once, in the order of first sight.
    outcome.pushUids.reserve(prepared.records.size());
    for (const BatchRecord &record : prepared.records)
        outcome.pushUids << record.uid;
    outcome.pushDataType = prepared.dataType;
    emitProgress(prepared.dataType, 0, prepared.received, 0);
    StoreError error = applier.apply(prepared);
    if (!error)
        error = applier.finishDataType(prepared.dataType);
    if (error) {
        outcome.status = TaskStatus::Failed;
        outcome.reason = error.message();
        return;
    }
    outcome.pages = 1;
    outcome.records = prepared.received;
    emitProgress(prepared.dataType, outcome.records, outcome.records, 1);
}

bool SyncJob::readSecrets(QHash<QString, QByteArray> *secrets, QString *problem)
{
    SecretStore *store = m_runner->setup().secrets;
    for (const OptionField &field : m_type->optionSchema()) {
        if (field.kind != OptionField::Kind::Secret)
            continue;
        if (!store) {
            *problem = tr("No keyring is available to read the secret “%1”.").arg(field.label);
            return false;
        }
        QEventLoop loop;
        SecretResult answer;
        QObject context;
        store->read(SecretStore::sourceSecretKey(m_source.name, field.key), &context,
                    [&](const SecretResult &result) {
                        answer = result;
                        loop.quit();
                    });
        loop.exec();
        if (answer.ok()) {
            secrets->insert(field.key, answer.value);
        } else if (answer.status != SecretResult::Status::NotFound || field.required) {
            *problem = answer.status == SecretResult::Status::NotFound
                ? tr("The secret “%1” of source “%2” is not in the keyring. Open Configure and "
                     "enter it again.")
                      .arg(field.label, m_source.name)
                : answer.message;
            return false;
        }
    }
    return true;
}

void SyncJob::runPull(Connection &db, PageApplier &applier, Outcome &outcome)
{
    const TaskRunner::Setup &setup = m_runner->setup();
    SourceContext context{m_source, {}, setup.dataDir, m_task.batch, m_task.attempt};
    QString problem;
    if (!readSecrets(&context.secrets, &problem)) {
        outcome.status = TaskStatus::Failed;
        outcome.reason = problem;
        return;
    }

    QEventLoop loop;
    std::unique_ptr<Puller> puller(m_type->createPuller(context, nullptr));
    const qint64 expected = puller->expectedRecords();
    QString phase;
    TaskRepository tasks(db);
    const QStringList supported = setup.resources->supportedDataTypes();
    bool done = false;
    // Pages share transactions (PageApplier, grouped): what the last commit saved.
    applier.setGrouped(true);
    int savedPages = 0;
    qint64 savedRecords = 0;
    const auto commitGroup = [&]() -> StoreError {
        StoreError error = applier.commitGroup();
        if (error) {
            const int lastPage = outcome.pages;
            outcome.pages = savedPages;
            outcome.records = savedRecords;
            return StoreError(error.kind(),
                              tr("Pages %1 to %2 could not be saved: %3")
                                  .arg(savedPages + 1)
                                  .arg(lastPage)
                                  .arg(error.message()),
                              error.detail());
        }
        savedPages = outcome.pages;
        savedRecords = outcome.records;
        return {};
    };
    const auto stop = [&](TaskStatus status, const QString &reason) {
        if (done)
            return;
        done = true;
        outcome.status = status;
        outcome.reason = reason;
        // What was applied before a failure or a cancel is kept, as with a commit per page.
        if (StoreError error = commitGroup()) {
            outcome.status = TaskStatus::Failed;
            outcome.reason = error.message();
        }
        loop.quit();
    };
    const auto commitPages = [&]() {
        if (StoreError error = commitGroup()) {
            stop(TaskStatus::Failed, error.message());
            return false;
        }
        return true;
    };
    // A group is committed before the task waits for the source: the write lock is not held
    // across a network wait.
    QTimer idle;
    idle.setSingleShot(true);
    idle.setInterval(50);
    QObject::connect(&idle, &QTimer::timeout, &loop, [&]() {
        if (!done)
            commitPages();
    });

    // Pages are checked, redacted and serialised on another thread while the previous page is
    // applied here: that preparation was a fifth of a sync whose records had not changed. So
    // one page waits, prepared, and is applied when the next one arrives or the pull ends.
    QList<QFuture<PulledPage>> pending;
    const auto applyOldest = [&]() {
        const PulledPage pulled = pending.takeFirst().result();
        const int pageNumber = outcome.pages + 1;
        if (!pulled.problem.isEmpty()) {
            stop(TaskStatus::Failed,
                 tr("Page %1 from the source is not valid (%2); nothing of it was written")
                     .arg(pageNumber)
                     .arg(pulled.problem));
            return false;
        }
        const PreparedPage &prepared = pulled.page;
        if (!phase.isEmpty() && phase != prepared.dataType) {
            if (!commitPages())
                return false;
            if (StoreError error = applier.finishDataType(phase)) {
                stop(TaskStatus::Failed, error.message());
                return false;
            }
        }
        phase = prepared.dataType;
        m_runner->m_rawLog->appendJson(QStringLiteral("info"), m_source.name, m_source.sourceType,
                                       m_task.batch, prepared.logJson());
        if (StoreError error = applier.apply(prepared)) {
            stop(TaskStatus::Failed,
                 tr("Page %1 could not be saved: %2").arg(pageNumber).arg(error.message()));
            return false;
        }
        outcome.pages = pageNumber;
        outcome.records += prepared.received;
        tasks.progress(m_task.id, phase, outcome.records);
        emitProgress(phase, outcome.records, expected, outcome.pages);
        if (cancelRequested(db)) {
            puller->cancel();
            stop(TaskStatus::Cancelled, {});
            return false;
        }
        if (applier.groupIsDue() && !commitPages())
            return false;
        idle.start();
        return true;
    };
    const auto applyAll = [&]() {
        while (!pending.isEmpty()) {
            if (!applyOldest())
                return false;
        }
        return true;
    };

    QObject::connect(puller.get(), &Puller::pageReady, &loop, [&](const UserData &received) {
        if (done)
            return;
        pending << QtConcurrent::run(preparePulled, received, supported, m_source.name);
        while (pending.size() > 1) {
            if (!applyOldest())
                return;
        }
        puller->fetchNext();
    });
    QObject::connect(puller.get(), &Puller::finished, &loop, [&]() {
        if (done || !applyAll() || !commitPages())
            return;
        if (!phase.isEmpty()) {
            if (StoreError error = applier.finishDataType(phase)) {
                stop(TaskStatus::Failed, error.message());
                return;
            }
        }
        stop(TaskStatus::Success, {});
    });
    QObject::connect(puller.get(), &Puller::failed, &loop, [&](const QString &message) {
        // What arrived before the failure is applied, as it would have been without lookahead.
        if (done || !applyAll())
            return;
        if (m_control->cancelRequested.loadRelaxed())
            stop(TaskStatus::Cancelled, {});
        else
            stop(TaskStatus::Failed, tr("Page %1: %2").arg(outcome.pages + 1).arg(message));
    });
    // The heartbeat shows other processes that this task is alive, and carries cancel requests
    // made through the store while the puller waits on the network.
    QTimer heartbeat;
    heartbeat.setInterval(TaskOwner::HeartbeatSeconds * 1000);
    QObject::connect(&heartbeat, &QTimer::timeout, &loop, [&]() {
        tasks.progress(m_task.id, phase, outcome.records);
        if (cancelRequested(db)) {
            puller->cancel();
            stop(TaskStatus::Cancelled, {});
        }
    });
    heartbeat.start();
    puller->fetchNext();
    if (!done)
        loop.exec();
    puller.reset();
    Q_ASSERT(!applier.hasOpenGroup());
}

bool SyncJob::cancelRequested(Connection &db)
{
    if (m_control->cancelRequested.loadRelaxed())
        return true;
    auto requested = TaskRepository(db).isCancelRequested(m_task.id);
    if (requested && *requested) {
        m_control->cancelRequested.storeRelaxed(1);
        return true;
    }
    return false;
}

void SyncJob::finish(Connection &db, Outcome &outcome)
{
    const TaskRunner::Setup &setup = m_runner->setup();
    const QStringList resources{QStringLiteral("users"), QStringLiteral("departments")};
    QStringList known = resources;
    for (const Resource *resource : setup.resources->all()) {
        if (!known.contains(resource->name()))
            known << resource->name();
    }
    auto counts = TaskResultRepository(db).counts(m_task.id, m_task.attempt, known);
    const QJsonObject countsJson = counts ? *counts : QJsonObject();
    if (outcome.status == TaskStatus::Success && TaskMessages::failedCount(countsJson) > 0)
        outcome.status = TaskStatus::Partial;

    QString message;
    switch (outcome.status) {
    case TaskStatus::Success:
        message = TaskMessages::success(countsJson, outcome.records);
        break;
    case TaskStatus::Partial:
        message = TaskMessages::partial(countsJson);
        break;
    case TaskStatus::Cancelled:
        message = TaskMessages::cancelled(outcome.pages, outcome.records);
        break;
    default:
        message = TaskMessages::failed(outcome.reason, outcome.pages, outcome.records);
        break;
    }
    const qint64 cost = m_clock.elapsed();
    TaskRepository tasks(db);
    if (StoreError error = tasks.finish(m_task.id, outcome.status, message, cost, countsJson))
        qCWarning(lcSync).noquote() << QStringLiteral("Could not record the end of task %1: %2")
                                           .arg(m_task.batch, error.message());
    if (outcome.status == TaskStatus::Failed)
        qCWarning(lcSync).noquote()
            << QStringLiteral("Task %1 failed: %2").arg(m_task.batch, message);
    else
        qCInfo(lcSync).noquote() << QStringLiteral("Task %1 %2 in %3 ms: %4")
                                        .arg(m_task.batch, TaskStatusText::key(outcome.status))
                                        .arg(cost)
                                        .arg(message);
    auto finished = tasks.byId(m_task.id);
    if (finished) {
        m_task = *finished;
    } else {
        m_task.status = outcome.status;
        m_task.message = message;
        m_task.costMs = cost;
        m_task.counts = countsJson;
    }

    QJsonObject pushResponse;
    if (!m_payload.isEmpty()) {
        if (outcome.status == TaskStatus::Failed) {
            pushResponse = PushResponse::error(outcome.reason, 500);
        } else {
            auto built = PushResponse::success(
                db, m_task.id, m_task.attempt,
                resourceNames(*setup.resources, outcome.pushDataType), outcome.pushUids);
            pushResponse = built ? *built : PushResponse::error(built.error().message(), 500);
        }
    }
    emitFinished(pushResponse);
}

void SyncJob::refuse(TaskRefusal reason, const QString &message)
{
    const quint64 request = m_request;
    QPointer<TaskRunner> runner = m_runner;
    QMetaObject::invokeMethod(
        runner,
        [runner, request, reason, message]() {
            if (runner)
                emit runner->refused(request, reason, message);
        },
        Qt::QueuedConnection);
}

void SyncJob::emitStarted()
{
    const quint64 request = m_request;
    const SyncTask task = m_task;
    QPointer<TaskRunner> runner = m_runner;
    QMetaObject::invokeMethod(
        runner,
        [runner, request, task]() {
            if (runner)
                emit runner->started(request, task);
        },
        Qt::QueuedConnection);
}

void SyncJob::emitProgress(const QString &phase, qint64 done, qint64 expected, int pages)
{
    TaskProgress progress;
    progress.taskId = m_task.id;
    progress.batch = m_task.batch;
    progress.sourceName = m_source.name;
    progress.phase = phase;
    progress.recordsDone = done;
    progress.recordsExpected = expected;
    progress.pages = pages;
    const qint64 elapsed = qMax<qint64>(1, m_clock.elapsed());
    progress.recordsPerSecond = double(done) * 1000.0 / double(elapsed);
    const quint64 request = m_request;
    QPointer<TaskRunner> runner = m_runner;
    QMetaObject::invokeMethod(
        runner,
        [runner, request, progress]() {
            if (runner)
                emit runner->progress(request, progress);
        },
        Qt::QueuedConnection);
}

void SyncJob::emitFinished(const QJsonObject &pushResponse)
{
    const quint64 request = m_request;
    const SyncTask task = m_task;
    QPointer<TaskRunner> runner = m_runner;
    QMetaObject::invokeMethod(
        runner,
        [runner, request, task, pushResponse]() {
            if (runner)
                emit runner->finished(request, task, pushResponse);
        },
        Qt::QueuedConnection);
}
