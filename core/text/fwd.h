// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Forward declarations for core/text, to include in headers instead of the full types.

namespace starling {

class BlueskyFacets;
class EmojiSequence;
class EntityExtractor;
class HtmlToText;
class KnownTlds;
class TextMetrics;
class TextRules;
class TwitterText;
struct TextCount;
struct TextEntity;
struct TextLimits;
enum class TextUnit;

} // namespace starling
