// SPDX-License-Identifier: GPL-3.0-or-later
#include "MastodonRateLimits.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace starling::sandbox {

HttpHeaders MastodonRateLimits::Window::headers() const
{
    // Mastodon's format: ISO-8601 with microseconds (M-4).
    const QString resetText = reset.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss"_s) + u'.'
                              + u"%1"_s.arg(reset.time().msec() * 1000, 6, 10, QChar(u'0')) + u'Z';
    HttpHeaders headers;
    headers.set("X-RateLimit-Limit"_ba, QByteArray::number(limit));
    headers.set("X-RateLimit-Remaining"_ba, QByteArray::number(std::max(0, limit - used)));
    headers.set("X-RateLimit-Reset"_ba, resetText.toLatin1());
    return headers;
}

void MastodonRateLimits::setLimit(int limit, std::chrono::seconds window)
{
    m_limit = limit;
    m_window = window;
    m_states.clear();
}

void MastodonRateLimits::setMediaLimit(int limit, std::chrono::seconds window)
{
    m_mediaLimit = limit;
    m_mediaWindow = window;
    m_states.clear();
}

bool MastodonRateLimits::take(const QString &key, int limit, std::chrono::seconds window, const QDateTime &now,
                              Window &shown)
{
    State &state = m_states[key];
    if (!state.reset.isValid() || now >= state.reset) {
        state.used = 0;
        state.reset = now.addSecs(window.count());
    }
    const bool allowed = state.used < limit;
    if (allowed)
        ++state.used;
    shown = Window{limit, state.used, state.reset};
    return allowed;
}

bool MastodonRateLimits::take(const QString &accountId, bool media, const QDateTime &now, Window &shown)
{
    bool allowed = take(accountId, m_limit, m_window, now, shown);
    if (allowed && media) {
        Window mediaWindow;
        const bool mediaAllowed = take(accountId + u"\nmedia"_s, m_mediaLimit, m_mediaWindow, now, mediaWindow);
        // The headers describe whichever limit is closest to exhaustion.
        if (!mediaAllowed || mediaWindow.limit - mediaWindow.used < shown.limit - shown.used) {
            allowed = mediaAllowed;
            shown = mediaWindow;
        }
    }
    return allowed;
}

void MastodonRateLimits::exhaust(const QString &accountId, const QDateTime &now)
{
    State &state = m_states[accountId];
    if (!state.reset.isValid() || now >= state.reset)
        state.reset = now.addSecs(m_window.count());
    state.used = m_limit;
}

} // namespace starling::sandbox
