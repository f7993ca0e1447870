// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/HttpHeaders.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <chrono>
#include <optional>

namespace starling::sandbox {

/**
 * The sandbox X server's rate limits: one fixed window per endpoint and user, as X counts them
 * (API-NOTES X-5). An endpoint is named "METHOD /path/pattern", e.g. "GET /2/dm_events". The
 * window starts with the first request and resets `window` later; the reset is announced in
 * epoch seconds in `x-rate-limit-reset`.
 */
class XRateLimits final
{
public:
    static constexpr std::chrono::seconds defaultWindow{15 * 60};

    struct Limit
    {
        int limit = 0;
        std::chrono::seconds window = defaultWindow;
    };

    /** One user's window on one endpoint. */
    struct Window
    {
        int limit = 0;
        int remaining = 0;
        QDateTime reset;

        /** x-rate-limit-limit/remaining/reset for an answer. */
        HttpHeaders headers() const;
    };

    XRateLimits();

    /** The numbers of API-NOTES X-5 for @p endpoint; 900 per 15 minutes for an endpoint it lists not. */
    static Limit defaultLimit(const QString &endpoint);

    Limit limit(const QString &endpoint) const;
    /** Overrides one endpoint's limit; windows already open keep their reset but get the new limit. */
    void setLimit(const QString &endpoint, Limit limit);
    /** Gives every endpoint the same limit (tests that are not about rate limits). */
    void setAllLimits(Limit limit);
    /** Back to the documented numbers, with every window closed. */
    void restoreDefaults();

    /** Counts one request; false (and nothing counted) when the window has none left. */
    bool take(const QString &endpoint, const QString &userId, const QDateTime &now, Window &window);
    /** The window as it stands, without counting anything. */
    Window peek(const QString &endpoint, const QString &userId, const QDateTime &now) const;
    /** Uses up what is left of the current window (opening one if needed). */
    void exhaust(const QString &endpoint, const QString &userId, const QDateTime &now);
    /** Closes every window: the next request of everyone starts a fresh one. */
    void resetWindows();

private:
    struct State
    {
        int used = 0;
        QDateTime reset;
    };

    State &state(const QString &endpoint, const QString &userId, const QDateTime &now);

    QHash<QString, Limit> m_overrides;
    std::optional<Limit> m_all;
    QHash<QString, State> m_states; // by "endpoint\nuser"
};

} // namespace starling::sandbox
