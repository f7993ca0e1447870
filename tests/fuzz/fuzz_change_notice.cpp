// SPDX-License-Identifier: GPL-3.0-or-later
// The team's change notices (core/store/ChangeSet, changenotice): what another app sends on
// `NOTIFY starling_changes` is read by every agent's app, so whatever a payload holds,
// changenotice::decode() must not crash and, when it takes it, must give ids an app can use
// (each above 0) and no "done" conversations (those stay with the app that marked them). What it
// took must survive encode() again: every payload under PostgreSQL's limit, and read back to the
// same ids and flags.
#include "FuzzSupport.h"

#include "store/ChangeSet.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace starling;

namespace {

// PostgreSQL refuses a payload of 8000 bytes or more; a little past it reaches decode's own check.
constexpr qsizetype longestPayload = 8100;

QSet<qint64> asSet(const QList<qint64> &ids)
{
    return QSet<qint64>(ids.cbegin(), ids.cend());
}

bool allPositive(const QList<qint64> &ids)
{
    return std::all_of(ids.cbegin(), ids.cend(), [](qint64 id) { return id > 0; });
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString payload = fuzz::text(data, size, longestPayload);
    const auto notice = changenotice::decode(payload);
    if (!notice)
        return 0;
    const ChangeSet &taken = notice->changes;
    FUZZ_CHECK(payload.size() < 8000);
    FUZZ_CHECK(notice->origin.size() == 36);
    FUZZ_CHECK(taken.doneConversationIds.isEmpty());
    FUZZ_CHECK(allPositive(taken.conversationIds.values()) && allPositive(taken.newInboundMessageIds)
               && allPositive(taken.handedOverConversationIds));

    ChangeSet readBack;
    for (const QString &again : changenotice::encode(taken, notice->origin)) {
        FUZZ_CHECK(again.toUtf8().size() <= changenotice::maxPayload);
        const auto decoded = changenotice::decode(again);
        FUZZ_CHECK(decoded.has_value());
        FUZZ_CHECK(decoded->origin == notice->origin);
        readBack.merge(decoded->changes);
    }
    FUZZ_CHECK(readBack.conversationIds == taken.conversationIds);
    FUZZ_CHECK(asSet(readBack.newInboundMessageIds) == asSet(taken.newInboundMessageIds));
    FUZZ_CHECK(asSet(readBack.handedOverConversationIds) == asSet(taken.handedOverConversationIds));
    FUZZ_CHECK(readBack.accountsChanged == taken.accountsChanged);
    FUZZ_CHECK(readBack.contactsChanged == taken.contactsChanged);
    FUZZ_CHECK(readBack.outboxChanged == taken.outboxChanged);
    return 0;
}
