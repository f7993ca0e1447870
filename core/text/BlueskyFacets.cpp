// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlueskyFacets.h"

#include "EntityExtractor.h"
#include "TextMetrics.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

// app.bsky.richtext.facet#tag: maxLength 640, maxGraphemes 64.
constexpr qsizetype maxTagBytes = 640;
constexpr qsizetype maxTagGraphemes = 64;

bool hasScheme(const QString &url)
{
    return url.startsWith(u"http://"_s, Qt::CaseInsensitive) || url.startsWith(u"https://"_s, Qt::CaseInsensitive);
}

} // namespace

qsizetype BlueskyFacets::byteOffset(QStringView text, qsizetype index)
{
    return TextMetrics::utf8Length(text.first(std::clamp<qsizetype>(index, 0, text.size())));
}

QList<BlueskyFacets::Span> BlueskyFacets::find(QStringView text)
{
    QList<Span> spans;
    qsizetype lastIndex = 0;
    qsizetype lastByte = 0;
    // Offsets grow with the entities' order, so each one is measured from the previous one.
    const auto byteAt = [&](qsizetype index) {
        lastByte += TextMetrics::utf8Length(text.sliced(lastIndex, index - lastIndex));
        lastIndex = index;
        return lastByte;
    };
    for (const TextEntity &entity : EntityExtractor(Network::Bluesky).entities(text)) {
        if (entity.start < lastIndex || entity.end <= entity.start || entity.end > text.size())
            continue;
        Span span;
        span.value = entity.value;
        switch (entity.type) {
        case TextEntity::Type::Url:
            span.kind = Span::Kind::Link;
            if (!hasScheme(span.value))
                span.value.prepend(u"https://"_s);
            break;
        case TextEntity::Type::Mention:
            span.kind = Span::Kind::Mention;
            span.value = span.value.toLower();
            break;
        case TextEntity::Type::Hashtag:
            span.kind = Span::Kind::Tag;
            if (TextMetrics::utf8Length(span.value) > maxTagBytes
                || TextMetrics::graphemeCount(span.value) > maxTagGraphemes)
                continue;
            break;
        }
        span.byteStart = byteAt(entity.start);
        span.byteEnd = byteAt(entity.end);
        spans << span;
    }
    return spans;
}

} // namespace starling
