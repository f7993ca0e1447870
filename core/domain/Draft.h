// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Attachment.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace starling {

/** Text the user is writing and has not sent yet; kept so that nothing they wrote is lost. */
struct Draft
{
    enum class Mode
    {
        DirectMessage, ///< private, to the conversation's people
        PublicReply, ///< public, under the post being answered
        NewPost, ///< public, a post of its own
    };

    qint64 id = 0;
    QUuid accountId;
    qint64 conversationId = 0; ///< 0 for a new post
    Mode mode = Mode::DirectMessage;
    QString text;
    QList<Attachment> attachments;
    QDateTime updatedAt;

    bool operator==(const Draft &) const = default;
};

} // namespace starling
