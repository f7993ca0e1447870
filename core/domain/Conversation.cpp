// SPDX-License-Identifier: GPL-3.0-or-later
#include "Conversation.h"

using namespace Qt::StringLiterals;

namespace starling {

// The integer values of the enums are stored in the database; these keys are for text formats
// (settings, CLI, export).

QString Conversation::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Direct:
        return u"direct"_s;
    case Kind::Group:
        return u"group"_s;
    case Kind::PublicThread:
        return u"public"_s;
    }
    return u"direct"_s;
}

Conversation::Kind Conversation::kindFromKey(const QString &key)
{
    if (key == u"group")
        return Kind::Group;
    if (key == u"public")
        return Kind::PublicThread;
    return Kind::Direct;
}

QString Conversation::stateKey(State state)
{
    switch (state) {
    case State::Open:
        return u"open"_s;
    case State::Done:
        return u"done"_s;
    case State::Snoozed:
        return u"snoozed"_s;
    }
    return u"open"_s;
}

Conversation::State Conversation::stateFromKey(const QString &key)
{
    if (key == u"done")
        return State::Done;
    if (key == u"snoozed")
        return State::Snoozed;
    return State::Open;
}

} // namespace starling
