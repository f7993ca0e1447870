// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ContactRepository.h"

#include <QCoreApplication>
#include <QString>

namespace starling::contacts {

/**
 * How a timeline entry reads, the same in the profile pane and in `starling-cli contacts show`:
 * a headline (who did what, where) and, for messages and notes, a body (what was said).
 */
class TimelineText final
{
    Q_DECLARE_TR_FUNCTIONS(starling::contacts::TimelineText)

public:
    /** "@ana on Mastodon", "You (@shop) on X", "Note by Bea", "Stage: Qualified", ... */
    static QString headline(const TimelineEntry &entry);
    /** Whether the entry has a body: the text of a message or a note. */
    static bool hasBody(const TimelineEntry &entry);
};

} // namespace starling::contacts
