#include "taskcommands.h"

#include "cliarguments.h"
#include "clicontext.h"
#include "clijson.h"
#include "common/signalwatcher.h"
#include "exitcode.h"
#include "store/connection.h"
#include "store/sourcerepository.h"
#include "store/taskrepository.h"
#include "store/taskresultrepository.h"
#include "sync/taskmessages.h"
#include "sync/taskrunner.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cstdio>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TaskCommands", text);
}

int refusalExitCode(TaskRefusal reason)
{
    switch (reason) {
    case TaskRefusal::NotFound:
        return ExitCode::NotFound;
    case TaskRefusal::Refused:
        return ExitCode::Refused;
    case TaskRefusal::BadInput:
        return ExitCode::BadUsage;
    case TaskRefusal::Unavailable:
        return ExitCode::TaskFailed;
    }
    return ExitCode::TaskFailed;
}

int statusExitCode(TaskStatus status)
{
    return status == TaskStatus::Success || status == TaskStatus::Partial ? ExitCode::Done
                                                                          : ExitCode::TaskFailed;
}

QString humanTask(const SyncTask &task)
{
    QString text = tr("Task %1 of source “%2”: %3 (attempt %4, %5 ms)\n%6\n")
                       .arg(task.batch, task.sourceName, TaskStatusText::key(task.status))
                       .arg(task.attempt)
                       .arg(task.costMs)
                       .arg(task.message);
    return text;
}

struct RunResult
{
    bool refused = false;
    TaskRefusal reason = TaskRefusal::NotFound;
    QString message;
    SyncTask task;
    QJsonObject pushResponse;
};

// Runs one request to its end in this process: progress on stderr, Ctrl-C cancels.
RunResult runToEnd(CliContext &context, const TaskRequest &what, bool showProgress)
{
    TaskRunner &runner = context.runner();
    RunResult result;
    QEventLoop loop;
    SignalWatcher watcher;
    QString batch;
    bool cancelling = false;
    quint64 id = 0;
    QObject::connect(&watcher, &SignalWatcher::interrupted, &loop, [&](int) {
        if (batch.isEmpty() || cancelling)
            return;
        cancelling = true;
        context.err(tr("Cancelling task %1 at the next page…\n").arg(batch));
        runner.cancel(batch);
    });
    QObject::connect(&runner, &TaskRunner::refused, &loop,
                     [&](quint64 request, TaskRefusal reason, const QString &message) {
                         if (request != id)
                             return;
                         result.refused = true;
                         result.reason = reason;
                         result.message = message;
                         loop.quit();
                     });
    QObject::connect(&runner, &TaskRunner::started, &loop,
                     [&](quint64 request, const SyncTask &task) {
                         if (request != id)
                             return;
                         batch = task.batch;
                         if (showProgress)
                             context.err(tr("Task %1 of source “%2” started (attempt %3).\n")
                                             .arg(task.batch, task.sourceName)
                                             .arg(task.attempt));
                     });
    QObject::connect(&runner, &TaskRunner::progress, &loop,
                     [&](quint64 request, const TaskProgress &progress) {
                         if (request != id || !showProgress)
                             return;
                         const QLocale locale;
                         context.err(tr("%1: %2 records, page %3, %4 records/s\n")
                                         .arg(progress.phase, locale.toString(progress.recordsDone))
                                         .arg(progress.pages)
                                         .arg(locale.toString(qint64(progress.recordsPerSecond))));
                     });
    QObject::connect(&runner, &TaskRunner::finished, &loop,
                     [&](quint64 request, const SyncTask &task, const QJsonObject &pushResponse) {
                         if (request != id)
                             return;
                         result.task = task;
                         result.pushResponse = pushResponse;
                         loop.quit();
                     });
    id = runner.start(what);
    loop.exec();
    return result;
}

int reportTask(CliContext &context, const RunResult &run)
{
    if (run.refused)
        return context.fail(refusalExitCode(run.reason), run.message);
    if (context.json())
        context.printJson(CliJson::task(run.task));
    else
        context.out(humanTask(run.task));
    if (run.task.status == TaskStatus::Partial)
        context.err(tr("Failed records: %1 (%2).\n")
                        .arg(TaskMessages::failedCount(run.task.counts))
                        .arg(TaskMessages::failedBreakdown(run.task.counts)));
    return statusExitCode(run.task.status);
}
} // namespace

namespace TaskCommands {

int sync(CliContext &context, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return context.usageError(tr("Usage: sync NAME"));
    int exitCode = ExitCode::Done;
    if (!context.connection(&exitCode))
        return exitCode;
    return reportTask(context, runToEnd(context, TaskRequest::sync(arguments.constFirst()), true));
}

int retry(CliContext &context, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return context.usageError(tr("Usage: retry BATCH"));
    int exitCode = ExitCode::Done;
    if (!context.connection(&exitCode))
        return exitCode;
    return reportTask(context, runToEnd(context, TaskRequest::retry(arguments.constFirst()), true));
}

int cancel(CliContext &context, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return context.usageError(tr("Usage: cancel BATCH"));
    int exitCode = ExitCode::Done;
    Connection *db = context.connection(&exitCode);
    if (!db)
        return exitCode;
    TaskRepository tasks(*db);
    auto task = tasks.byBatch(arguments.constFirst());
    if (!task)
        return context.storeFailure(task.error());
    if (StoreError error = tasks.requestCancel(task->id))
        return context.fail(ExitCode::Refused,
                            tr("Task %1 is %2, not running; there is nothing to cancel.")
                                .arg(task->batch, TaskStatusText::key(task->status)));
    if (context.json())
        context.printJson(QJsonObject{{QStringLiteral("batch"), task->batch},
                                      {QStringLiteral("cancelRequested"), true}});
    else
        context.out(tr("Cancel requested for task %1; it stops after the page it is applying.\n")
                        .arg(task->batch));
    return ExitCode::Done;
}

int tasks(CliContext &context, const QStringList &arguments)
{
    const CliArguments args(arguments, {}, {QStringLiteral("limit")});
    if (!args.ok())
        return context.usageError(args.error());
    if (args.positional().size() != 1)
        return context.usageError(tr("Usage: tasks NAME [--limit N]"));
    const int limit =
        args.has(QStringLiteral("limit")) ? args.value(QStringLiteral("limit")).toInt() : 50;
    if (limit <= 0)
        return context.usageError(tr("--limit must be a positive number."));
    int exitCode = ExitCode::Done;
    Connection *db = context.connection(&exitCode);
    if (!db)
        return exitCode;
    auto source = SourceRepository(*db).byName(args.positional().constFirst());
    if (!source)
        return context.storeFailure(source.error());
    auto list = TaskRepository(*db).listForSource(source->id, limit);
    if (!list)
        return context.storeFailure(list.error());
    QJsonArray array;
    QString text = tr("BATCH\tSTATUS\tATTEMPT\tCOST MS\tSTARTED\tMESSAGE\n");
    for (const SyncTask &task : std::as_const(*list)) {
        array.append(CliJson::task(task));
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\n")
                    .arg(task.batch, TaskStatusText::key(task.status))
                    .arg(task.attempt)
                    .arg(task.costMs)
                    .arg(task.startedAt.toLocalTime().toString(Qt::ISODate), task.message);
    }
    if (context.json())
        context.printJson(array);
    else
        context.out(text);
    return ExitCode::Done;
}

int task(CliContext &context, const QStringList &arguments)
{
    const CliArguments args(arguments, {}, {QStringLiteral("action"), QStringLiteral("attempt")});
    if (!args.ok())
        return context.usageError(args.error());
    if (args.positional().size() != 1)
        return context.usageError(tr("Usage: task BATCH [--action ACTION] [--attempt N]"));
    int exitCode = ExitCode::Done;
    Connection *db = context.connection(&exitCode);
    if (!db)
        return exitCode;
    auto task = TaskRepository(*db).byBatch(args.positional().constFirst());
    if (!task)
        return context.storeFailure(task.error());
    const int attempt = args.has(QStringLiteral("attempt"))
        ? args.value(QStringLiteral("attempt")).toInt()
        : task->attempt;
    auto results =
        TaskResultRepository(*db).forTask(task->id, attempt, args.value(QStringLiteral("action")));
    if (!results)
        return context.storeFailure(results.error());
    // Outcomes kept only as a number (unchanged records a re-sync skipped) have no rows to list.
    const QString action = args.value(QStringLiteral("action"));
    auto all = TaskResultRepository(*db).countedByAction(task->id, attempt);
    if (!all)
        return context.storeFailure(all.error());
    QHash<QString, qint64> counted;
    for (auto it = all->constBegin(); it != all->constEnd(); ++it) {
        if (action.isEmpty() || it.key() == action)
            counted.insert(it.key(), it.value());
    }
    if (context.json()) {
        QJsonObject object = CliJson::task(*task);
        QJsonArray array;
        for (const TaskResult &result : std::as_const(*results))
            array.append(CliJson::result(result));
        object.insert(QStringLiteral("results"), array);
        QJsonObject notListed;
        for (auto it = counted.constBegin(); it != counted.constEnd(); ++it)
            notListed.insert(it.key(), it.value());
        object.insert(QStringLiteral("notListed"), notListed);
        context.printJson(object);
    } else {
        QString text = humanTask(*task) + tr("\nDATA TYPE\tUID\tRESOURCE\tACTION\tMESSAGE\n");
        for (const TaskResult &result : std::as_const(*results))
            text += QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                        .arg(result.dataType, result.uid, result.resource,
                             RecordActionText::key(result.action), result.message);
        for (auto it = counted.constBegin(); it != counted.constEnd(); ++it)
            text +=
                tr("%1 more %2 records are counted, not listed.\n").arg(it.value()).arg(it.key());
        context.out(text);
    }
    return ExitCode::Done;
}

int push(CliContext &context, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return context.usageError(tr("Usage: push FILE|-"));
    QByteArray body;
    if (arguments.constFirst() == QLatin1String("-")) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return context.usageError(tr("Cannot read standard input."));
        body = input.readAll();
    } else {
        QFile file(arguments.constFirst());
        if (!file.exists())
            return context.fail(ExitCode::NotFound,
                                tr("The file “%1” does not exist.").arg(arguments.constFirst()));
        if (!file.open(QIODevice::ReadOnly))
            return context.usageError(
                tr("Cannot read “%1”: %2").arg(arguments.constFirst(), file.errorString()));
        body = file.readAll();
    }
    int exitCode = ExitCode::Done;
    if (!context.connection(&exitCode))
        return exitCode;
    const RunResult run = runToEnd(context, TaskRequest::push(body), false);
    if (run.refused) {
        // NocoBase's error shape on stdout for scripts, the sentence on stderr for people.
        const int code = run.reason == TaskRefusal::BadInput ? 400
            : run.reason == TaskRefusal::NotFound            ? 404
                                                             : 409;
        context.out(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("data"),
                                       QJsonObject{{QStringLiteral("code"), code},
                                                   {QStringLiteral("message"), run.message}}}})
                .toJson(QJsonDocument::Indented)));
        return context.fail(refusalExitCode(run.reason), run.message);
    }
    context.out(QString::fromUtf8(QJsonDocument(run.pushResponse).toJson(QJsonDocument::Indented)));
    context.err(tr("Task %1: %2\n").arg(run.task.batch, run.task.message));
    if (run.task.status == TaskStatus::Partial)
        context.err(tr("Failed records: %1 (%2).\n")
                        .arg(TaskMessages::failedCount(run.task.counts))
                        .arg(TaskMessages::failedBreakdown(run.task.counts)));
    return statusExitCode(run.task.status);
}

} // namespace TaskCommands
