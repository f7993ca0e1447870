// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QObject>
#include <QPromise>

#include <memory>
#include <type_traits>
#include <utility>

namespace starling {

/**
 * The one way work crosses threads in core (DESIGN.md, Threads): run a job on a worker's thread,
 * get its result as a QFuture, and answer in the caller's thread with
 * `future.then(context, [](T result) { … })`. Qt runs that continuation in @p context's thread and
 * drops it when @p context is destroyed first, so an answer never reaches a closed dialog.
 *
 * A job whose worker is destroyed before the job ran is dropped too: its future is cancelled, and
 * continuations do not run.
 *
 * A job that is over before `.then()` is attached answers at once, inside the call that attaches
 * it (Qt calls the continuation directly when the future is already finished and @p context lives
 * on the calling thread). Code after `.then()` must not assume the answer is still to come, and a
 * test that needs the answer to be late keeps the worker busy until it has checked.
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

/** A future that is finished already, with @p value. */
template<typename T>
QFuture<T> readyFuture(T value)
{
    Pending<T> pending;
    pending.fulfil(std::move(value));
    return pending.future();
}

} // namespace starling
