// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/HttpHeaders.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <chrono>

namespace starling::sandbox {

/**
 * The sandbox Mastodon server's rate limits (API-NOTES M-4): one fixed window per account for
 * every authenticated request, and a second, smaller one for media uploads. A window starts with
 * the first request and resets `window` later; the reset is announced as ISO-8601 with
 * microseconds in `X-RateLimit-Reset`, as Mastodon writes it.
 */
class MastodonRateLimits final
{
public:
    static constexpr int defaultLimit = 300;
    static constexpr std::chrono::seconds defaultWindow{5 * 60};
    static constexpr int defaultMediaLimit = 30;
    static constexpr std::chrono::seconds defaultMediaWindow{30 * 60};

    /** The window an answer describes. */
    struct Window
    {
        int limit = 0;
        int used = 0;
        QDateTime reset;

        /** X-RateLimit-Limit/Remaining/Reset for an answer. */
        HttpHeaders headers() const;
    };

    /** Sets the limit of all requests; every window is closed. */
    void setLimit(int limit, std::chrono::seconds window);
    /** Sets the limit of media uploads; every window is closed. */
    void setMediaLimit(int limit, std::chrono::seconds window);

    /**
     * Counts one request of @p accountId, and for a media upload one against the media window
     * too; false when a window has none left. @p shown is the window the answer's headers
     * describe: whichever is closest to exhaustion.
     */
    bool take(const QString &accountId, bool media, const QDateTime &now, Window &shown);
    /** Uses up @p accountId's current window (opening one if needed): its next request gets a 429. */
    void exhaust(const QString &accountId, const QDateTime &now);

private:
    struct State
    {
        int used = 0;
        QDateTime reset;
    };

    bool take(const QString &key, int limit, std::chrono::seconds window, const QDateTime &now, Window &shown);

    int m_limit = defaultLimit;
    std::chrono::seconds m_window = defaultWindow;
    int m_mediaLimit = defaultMediaLimit;
    std::chrono::seconds m_mediaWindow = defaultMediaWindow;
    QHash<QString, State> m_states; // "account" or "account\nmedia"
};

} // namespace starling::sandbox
