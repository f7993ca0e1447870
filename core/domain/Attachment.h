// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace starling {

/** A media item on a message: what it is and where its full and preview versions are. */
struct Attachment
{
    enum class Kind
    {
        Image,
        Gif,
        Video,
        Audio,
        Other,
    };

    Kind kind = Kind::Other;
    QString remoteId; ///< the network's media key or id
    QUrl url;
    QUrl previewUrl;
    QString mimeType;
    QString altText;
    QString localPath; ///< for outgoing media: the file the user picked
    int width = 0;
    int height = 0;
    qint64 sizeBytes = 0;

    bool operator==(const Attachment &) const = default;

    static QString kindKey(Kind kind);
    static Kind kindFromKey(const QString &key);
};

} // namespace starling
