// SPDX-License-Identifier: GPL-3.0-or-later
// X API v2 answers, whole pages, through every xmapper function (issue #12). Besides "no crash"
// and "returns" (libFuzzer's -timeout), checkPage()'s properties: what a page holds is bounded by
// the input, and nothing without its required fields reaches a page.
#include "FuzzSupport.h"

#include "providers/x/XMapper.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace starling;

namespace {

const QUuid accountId = QUuid::fromString(u"{6f1c2f9e-2b4d-4c47-9a53-3f0d7e1b8a21}"_s);
// The account under test in tests/data/x (@starling_shop), so the seeds take both directions.
const QString ownUserId = u"1501234567890123456"_s;

void checkError(const Error &error)
{
    FUZZ_CHECK(!error.message().isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytes(data, size));
    const auto inputSize = qsizetype(size);

    // A first sync, and one whose cursor lies inside the seeds' id range.
    for (const QString &since : {QString(), u"1991400000000000000"_s}) {
        const xmapper::Context context{accountId, ownUserId, since};
        for (const auto &page : {xmapper::dmEvents(document, context), xmapper::mentions(document, context)}) {
            if (page)
                fuzz::checkPage(page.value(), inputSize);
            else
                checkError(page.error());
        }
    }
    if (auto person = xmapper::user(document, accountId); person)
        FUZZ_CHECK(!person->remoteId.isEmpty() && !person->handle.isEmpty());
    else
        checkError(person.error());
    for (const auto &sent : {xmapper::dmCreated(document), xmapper::postCreated(document)}) {
        if (sent)
            FUZZ_CHECK(!sent->remoteId.isEmpty());
        else
            checkError(sent.error());
    }
    const QList<Error> problems = xmapper::problems(document);
    FUZZ_CHECK(problems.size() <= inputSize);
    for (const Error &problem : problems)
        checkError(problem);
    return 0;
}
