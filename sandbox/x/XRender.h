// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "XTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace starling::sandbox {

class XState;

/**
 * The sandbox X server's objects in X's wire format (spec v2.166, tweet.* names; API-NOTES X-2):
 * User, DmEvent, Tweet, Media, the media upload's answer and the includes of a page. Every object
 * carries its default fields and only those a request's *.fields asked for, as X sends them;
 * includes hold only what the request's expansions asked for, each object once.
 *
 * Reads the world from an XState and never changes it.
 */
class XRender final
{
public:
    /** What a GET asked to see: dm_event.fields, tweet.fields, user.fields, media.fields, expansions. */
    struct Selection
    {
        QSet<QString> eventFields;
        QSet<QString> postFields;
        QSet<QString> userFields;
        QSet<QString> mediaFields;
        QSet<QString> expansions;
    };

    explicit XRender(const XState &state);

    /** Post and DM text as X sends it: '&', '<' and '>' escaped, and nothing else (quotes stay). */
    static QString wireText(const QString &text);
    /** A time as X writes it: UTC with milliseconds, "2025-11-20T09:30:00.000Z". */
    static QString isoTime(const QDateTime &time);

    QJsonObject user(const XUser &user, const QSet<QString> &fields) const;
    QJsonObject event(const XDmEvent &event, const QSet<QString> &fields) const;
    QJsonObject post(const XPost &post, const QSet<QString> &fields) const;
    QJsonObject media(const XMedia &media, const QSet<QString> &fields) const;
    /** The data of a media upload's answer; @p withProcessing: a STATUS answer, which always says how it went. */
    QJsonObject upload(const XMedia &media, bool withProcessing) const;

    /** The includes of a page of DM events (users, media, tweets); empty when nothing was asked for. */
    QJsonObject eventIncludes(const QList<const XDmEvent *> &events, const Selection &selection) const;
    /** The includes of a page of posts (users, media, tweets); empty when nothing was asked for. */
    QJsonObject postIncludes(const QList<const XPost *> &posts, const Selection &selection) const;

private:
    const XState &m_state;
};

} // namespace starling::sandbox
