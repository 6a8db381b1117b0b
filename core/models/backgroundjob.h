#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>
#include <optional>

class QThreadPool;

// Work for the models and dialogs, off the GUI thread. A job runs on a pool of its own and hands
// its result to `context` on the context's thread. Once the context is destroyed nothing is
// delivered. Jobs capture values only, never pointers into a model. Jobs on the store are in
// storejob.h (core only: the GUI never includes SQL).
namespace BackgroundJob {
QThreadPool *pool();
// Waits for every job: for shutdown and tests only.
void waitForIdle();

template<typename T>
void run(QObject *context, std::function<T()> work, std::function<void(T)> done)
{
    // The watcher is a child of the context: if the context goes first, so does the watcher and
    // with it the delivery. The job itself finishes into storage it shares.
    auto result = std::make_shared<std::optional<T>>();
    auto *watcher = new QFutureWatcher<void>(context);
    QObject::connect(watcher, &QFutureWatcher<void>::finished, context,
                     [watcher, result, done = std::move(done)]() {
                         watcher->deleteLater();
                         if (result->has_value())
                             done(std::move(**result));
                     });
    watcher->setFuture(
        QtConcurrent::run(pool(), [result, work = std::move(work)]() { result->emplace(work()); }));
}

} // namespace BackgroundJob
