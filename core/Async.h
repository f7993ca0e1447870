// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>

#include <memory>
#include <type_traits>
#include <utility>

namespace starling {

/**
 * The one way work crosses threads in core (DESIGN.md, Threads): run a job on a worker's thread,
 * get its result as a QFuture, and answer in the caller's thread with
 * `onReady(future, context, [](T result) { … })`.
 *
 * A job whose worker is destroyed before the job ran is dropped too: its future is cancelled, and
 * continuations do not run.
 *
 * Continue with onReady(), not QFuture::then(context, …): see there.
 */
template<typename Job>
QFuture<std::invoke_result_t<Job>> runOn(QObject *worker, Job job)
{
    using T = std::invoke_result_t<Job>;
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(worker, [promise, job = std::move(job)]() mutable {
        promise->addResult(job());
        promise->finish();
    });
    return future;
}

/**
 * A promise for APIs that answer through a callback: hand out future(), call fulfil() once. When
 * the Pending is dropped unfulfilled, its future is cancelled.
 */
template<typename T>
class Pending final
{
public:
    Pending()
        : m_promise(std::make_shared<QPromise<T>>())
    {
        m_promise->start();
    }

    QFuture<T> future() const { return m_promise->future(); }

    void fulfil(T value) const
    {
        m_promise->addResult(std::move(value));
        m_promise->finish();
    }

private:
    std::shared_ptr<QPromise<T>> m_promise;
};

/**
 * Calls @p f with @p future's result in @p context's thread once it is ready, always later, from
 * the event loop (never inside this call), and not at all when @p context is destroyed first or
 * the future is cancelled. Call it from @p context's thread.
 *
 * Instead of QFuture::then(context, …), which on Qt 6.4 asserts (and in release builds misbehaves)
 * when the context dies before the future finishes, and calls the continuation at once, inside
 * then(), when the future is already finished. A QFutureWatcher owned by @p context has neither
 * problem: it dies with its context and always reports through the event loop.
 */
template<typename T, typename F>
void onReady(const QFuture<T> &future, QObject *context, F f)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [watcher, f = std::move(f)]() mutable {
        watcher->deleteLater();
        const QFuture<T> done = watcher->future();
        if (done.isCanceled() || done.resultCount() == 0)
            return;
        f(done.result());
    });
    watcher->setFuture(future);
}

/** A future that is finished already, with @p value. */
template<typename T>
QFuture<T> readyFuture(T value)
{
    Pending<T> pending;
    pending.fulfil(std::move(value));
    return pending.future();
}

} // namespace starling
