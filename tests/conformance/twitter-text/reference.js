#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// The official twitter-text library's answers for TestTwitterTextReference:
//
//   node reference.js INPUT.json OUTPUT.json
//
// INPUT is a JSON array of texts; OUTPUT gets one object per text with what parseTweet and
// extractUrlsWithIndices say about it (indices are UTF-16, range ends inclusive as the library
// gives them). The text comes back too, so that the test can see it arrived unchanged. For a
// text that NFC changes, the normalised text and parseTweet's validRangeEnd for it come along.
'use strict';

const fs = require('fs');
const twitter = require('twitter-text');

const [input, output] = process.argv.slice(2);
if (!input || !output) {
    console.error('usage: node reference.js INPUT.json OUTPUT.json');
    process.exit(2);
}

const texts = JSON.parse(fs.readFileSync(input, 'utf8'));
const results = texts.map((text) => {
    const parsed = twitter.parseTweet(text);
    const result = {
        text,
        weightedLength: parsed.weightedLength,
        valid: parsed.valid,
        permillage: parsed.permillage,
        validRangeEnd: parsed.validRangeEnd,
        urls: twitter.extractUrlsWithIndices(text).map((u) => ({url: u.url, indices: u.indices})),
    };
    const normalized = text.normalize('NFC');
    if (normalized !== text) {
        result.normalized = normalized;
        result.normalizedValidRangeEnd = twitter.parseTweet(normalized).validRangeEnd;
    }
    return result;
});
// Qt's JSON parser drops a U+FEFF that begins a string (it reads it as a byte order mark), so
// that one is written as an escape.
fs.writeFileSync(output, JSON.stringify(results).replace(/\uFEFF/g, '\\ufeff'));
