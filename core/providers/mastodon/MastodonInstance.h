// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/TextRules.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUuid>

class QSettings;

namespace starling {

/**
 * What a Mastodon server says about itself in GET /api/v2/instance (API-NOTES M-2, M-4, M-6):
 * the limits a post must keep and where its streaming API lives. Instance operators change these
 * (many raise max_characters), so they are read from each server, stored per account and never
 * hard-coded; the defaults below are Mastodon's own and only stand in until the server answered.
 *
 * A value type; load() and save() keep it in the settings under "Accounts/<uuid>/mastodonInstance",
 * so it goes away with the account.
 */
struct MastodonInstance
{
    QString domain; ///< the WebFinger domain, e.g. "mastodon.social"
    QString version; ///< e.g. "4.3.2"
    int apiVersion = 0; ///< api_versions.mastodon; 0 when the server does not say
    int maxCharacters = TextRules::defaultMastodonMaxCharacters;
    int charactersReservedPerUrl = TextRules::defaultMastodonUrlLength;
    int maxMediaAttachments = 4;
    QStringList supportedMimeTypes; ///< empty when unknown: the server then decides
    qint64 imageSizeLimit = 0; ///< bytes; 0 when unknown
    qint64 videoSizeLimit = 0; ///< bytes; 0 when unknown (also used for audio)
    int descriptionLimit = 0; ///< alt-text characters; 0 when unknown
    /**
     * configuration.urls.streaming (wss://…); empty: the API's own host. Kept as the server said;
     * MastodonStream opens nothing unencrypted on it unless it is this machine.
     */
    QUrl streamingUrl;
    QDateTime fetchedAt; ///< when the server answered; invalid while only the defaults are known

    bool operator==(const MastodonInstance &) const = default;

    /** Whether the server has answered at least once. */
    bool isKnown() const { return fetchedAt.isValid(); }

    /** The counting rules with this server's max_characters and characters_reserved_per_url. */
    TextRules textRules() const;

    /** Whether the server takes files of @p mimeType; true when it did not say which it takes. */
    bool acceptsMimeType(const QString &mimeType) const;

    /** The largest file of @p mimeType the server takes, in bytes; 0 when unknown. */
    qint64 sizeLimit(const QString &mimeType) const;

    /** Reads what save() stored for @p account; the defaults (isKnown() false) when nothing is there. */
    static MastodonInstance load(QSettings &settings, const QUuid &account);
    /** Stores the value for @p account. */
    void save(QSettings &settings, const QUuid &account) const;
};

} // namespace starling
