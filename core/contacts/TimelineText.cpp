// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineText.h"

#include "domain/Network.h"

namespace starling::contacts {

QString TimelineText::headline(const TimelineEntry &e)
{
    switch (e.kind) {
    case TimelineEntry::Kind::Message:
        return e.outbound ? tr("You (@%1) on %2").arg(e.handle, networkDisplayName(e.network))
                          : tr("@%1 on %2").arg(e.handle, networkDisplayName(e.network));
    case TimelineEntry::Kind::Note:
        return e.author.isEmpty() ? tr("Note") : tr("Note by %1").arg(e.author);
    case TimelineEntry::Kind::StageChange:
        return e.author.isEmpty() ? tr("Stage: %1").arg(e.text) : tr("Stage: %1, by %2").arg(e.text, e.author);
    case TimelineEntry::Kind::SurveyRating:
        return tr("Rated the support %1 of 5").arg(e.rating);
    case TimelineEntry::Kind::Automation:
        return tr("Rule: %1").arg(e.text);
    }
    return {};
}

bool TimelineText::hasBody(const TimelineEntry &e)
{
    return e.kind == TimelineEntry::Kind::Message || e.kind == TimelineEntry::Kind::Note;
}

} // namespace starling::contacts
