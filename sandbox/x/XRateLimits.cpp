// SPDX-License-Identifier: GPL-3.0-or-later
#include "XRateLimits.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace starling::sandbox {

HttpHeaders XRateLimits::Window::headers() const
{
    HttpHeaders result;
    result.set("x-rate-limit-limit"_ba, QByteArray::number(limit));
    result.set("x-rate-limit-remaining"_ba, QByteArray::number(std::max(0, remaining)));
    result.set("x-rate-limit-reset"_ba, QByteArray::number(reset.toSecsSinceEpoch()));
    return result;
}

XRateLimits::XRateLimits() = default;

XRateLimits::Limit XRateLimits::defaultLimit(const QString &endpoint)
{
    // API-NOTES X-5, per user and 15-minute window. The DM writes also have a 1,440-per-day cap
    // and POST /2/tweets an app-wide daily one; the sandbox keeps only the 15-minute windows.
    static const QHash<QString, int> limits{
        {u"GET /2/dm_events"_s, 15},
        {u"GET /2/dm_conversations/{id}/dm_events"_s, 15},
        {u"GET /2/dm_conversations/with/{participant_id}/dm_events"_s, 15},
        {u"POST /2/dm_conversations/with/{participant_id}/messages"_s, 15},
        {u"POST /2/dm_conversations/{dm_conversation_id}/messages"_s, 15},
        {u"POST /2/dm_conversations"_s, 15},
        {u"GET /2/users/{id}/mentions"_s, 300},
        {u"GET /2/users/{id}/tweets"_s, 900}, // not in API-NOTES X-5: like the other user reads
        {u"POST /2/tweets"_s, 100},
        {u"GET /2/users/me"_s, 75},
        {u"GET /2/users/{id}"_s, 900},
        {u"GET /2/users/by/username/{username}"_s, 900},
        {u"POST /2/media/upload/initialize"_s, 1875},
        {u"POST /2/media/upload/{id}/append"_s, 1875},
        {u"POST /2/media/upload/{id}/finalize"_s, 1875},
        {u"GET /2/media/upload"_s, 1000},
    };
    return Limit{limits.value(endpoint, 900), defaultWindow};
}

XRateLimits::Limit XRateLimits::limit(const QString &endpoint) const
{
    if (const auto it = m_overrides.constFind(endpoint); it != m_overrides.cend())
        return *it;
    if (m_all)
        return *m_all;
    return defaultLimit(endpoint);
}

void XRateLimits::setLimit(const QString &endpoint, Limit limit)
{
    limit.limit = std::max(0, limit.limit);
    limit.window = std::max(limit.window, std::chrono::seconds(1));
    m_overrides.insert(endpoint, limit);
}

void XRateLimits::setAllLimits(Limit limit)
{
    limit.limit = std::max(0, limit.limit);
    limit.window = std::max(limit.window, std::chrono::seconds(1));
    m_overrides.clear();
    m_all = limit;
}

void XRateLimits::restoreDefaults()
{
    m_overrides.clear();
    m_all.reset();
    m_states.clear();
}

XRateLimits::State &XRateLimits::state(const QString &endpoint, const QString &userId, const QDateTime &now)
{
    State &s = m_states[endpoint + u'\n' + userId];
    if (!s.reset.isValid() || now >= s.reset) {
        // A fixed window that opens with the first request after the last one closed.
        s.used = 0;
        s.reset = now.addSecs(limit(endpoint).window.count());
    }
    return s;
}

bool XRateLimits::take(const QString &endpoint, const QString &userId, const QDateTime &now, Window &window)
{
    State &s = state(endpoint, userId, now);
    const int max = limit(endpoint).limit;
    const bool allowed = s.used < max;
    if (allowed)
        ++s.used;
    window = Window{max, std::max(0, max - s.used), s.reset};
    return allowed;
}

XRateLimits::Window XRateLimits::peek(const QString &endpoint, const QString &userId, const QDateTime &now) const
{
    const int max = limit(endpoint).limit;
    const auto it = m_states.constFind(endpoint + u'\n' + userId);
    if (it == m_states.cend() || !it->reset.isValid() || now >= it->reset)
        return Window{max, max, now.addSecs(limit(endpoint).window.count())};
    return Window{max, std::max(0, max - it->used), it->reset};
}

void XRateLimits::exhaust(const QString &endpoint, const QString &userId, const QDateTime &now)
{
    State &s = state(endpoint, userId, now);
    s.used = std::max(s.used, limit(endpoint).limit);
}

void XRateLimits::resetWindows()
{
    m_states.clear();
}

} // namespace starling::sandbox
