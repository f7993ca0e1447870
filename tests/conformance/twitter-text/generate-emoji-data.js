#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// Prints the emoji tables of core/text/EmojiSequence.cpp from the pattern of twemoji-parser
// (pinned in package-lock.json; the version twitter-text 3.1.0 uses): which code points each
// alternative of the pattern takes, found by trying every code point against that alternative.
// The tables are facts about that pattern; paste the output over the generated block when the
// pinned version changes.
'use strict';

const pattern = require('twemoji-parser/dist/lib/regex').default.source;

// The top-level alternatives of a pattern (or of a group's body).
function alternatives(source) {
    const parts = [];
    let depth = 0;
    let inClass = false;
    let current = '';
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === '\\') {
            current += c + source[++i];
            continue;
        }
        if (inClass) {
            inClass = c !== ']';
        } else if (c === '[') {
            inClass = true;
        } else if (c === '(') {
            depth++;
        } else if (c === ')') {
            depth--;
        } else if (c === '|' && depth === 0) {
            parts.push(current);
            current = '';
            continue;
        }
        current += c;
    }
    parts.push(current);
    return parts;
}

const parts = alternatives(pattern);
if (parts.length !== 10)
    throw new Error(`expected 10 alternatives, found ${parts.length}: the pattern changed shape`);
const whole = (source) => new RegExp(`^(?:${source})$`);
const codePoints = [];
for (let c = 0; c <= 0x10ffff; c++) {
    if (c < 0xd800 || c > 0xdfff)
        codePoints.push(c);
}
const where = (test) => codePoints.filter((c) => test(String.fromCodePoint(c)));
const hex = (c) => '0x' + c.toString(16).toUpperCase();

function ranges(name, list) {
    const out = [];
    for (const c of list) {
        const last = out[out.length - 1];
        if (last && last[1] === c - 1)
            last[1] = c;
        else
            out.push([c, c]);
    }
    const items = out.map(([a, b]) => `{${hex(a)}, ${hex(b)}}`);
    console.log(`constexpr Range ${name}[] = {${items.join(', ')}};`);
}

const zwj = '\u200d';
const vs16 = '\ufe0f';
const female = '\u2640';

// 0: man or woman, skin tone, ZWJ, an object (professions).
const professions = whole(parts[0]);
ranges('professionPeople', where((s) => professions.test(s + zwj + '\u{1F4BB}')));
ranges('professionObjects', where((s) => professions.test('\u{1F468}' + zwj + s)));
ranges('professionObjectsWithSelector',
       where((s) => !professions.test('\u{1F468}' + zwj + s) && professions.test('\u{1F468}' + zwj + s + vs16)));
// 1: a person that takes VS16 or a skin tone, then ZWJ, a gender sign and VS16.
const selectorGendered = whole(parts[1]);
ranges('genderedWithSelector', where((s) => selectorGendered.test(s + vs16 + zwj + female + vs16)));
// 2: a person, an optional skin tone, then ZWJ, a gender sign and VS16.
const gendered = whole(parts[2]);
ranges('gendered', where((s) => gendered.test(s + zwj + female + vs16)));

// 3: whole ZWJ sequences, in the pattern's order.
function expand(alternative) {
    let strings = [''];
    for (let i = 0; i < alternative.length;) {
        let choices;
        if (alternative.startsWith('\\u', i)) {
            choices = [String.fromCharCode(parseInt(alternative.substr(i + 2, 4), 16))];
            i += 6;
        } else if (alternative[i] === '[') {
            const end = alternative.indexOf(']', i);
            const body = alternative.slice(i + 1, end).match(/\\u[0-9a-f]{4}|-|./g);
            const units = body.map((t) => (t.length === 6 ? parseInt(t.slice(2), 16) : t === '-' ? '-' : t.charCodeAt(0)));
            choices = [];
            for (let k = 0; k < units.length; k++) {
                if (units[k + 1] === '-') {
                    for (let c = units[k]; c <= units[k + 2]; c++)
                        choices.push(String.fromCharCode(c));
                    k += 2;
                } else {
                    choices.push(String.fromCharCode(units[k]));
                }
            }
            i = end + 1;
        } else {
            throw new Error(`unexpected ${alternative[i]} in a ZWJ sequence`);
        }
        strings = strings.flatMap((s) => choices.map((c) => s + c));
    }
    return strings;
}
const zwjPattern = whole(parts[3]);
const sequences = alternatives(parts[3].slice(3, -1)).flatMap(expand);
for (const s of sequences) {
    if (!zwjPattern.test(s))
        throw new Error('a ZWJ sequence was expanded wrongly');
}
console.log('constexpr char32_t zwjSequences[][8] = {');
for (const s of sequences)
    console.log(`    {${[...s].map((c) => hex(c.codePointAt(0))).join(', ')}},`);
console.log('};');

// 4 (keycaps), 5 (©, ®, ™, ♟ with VS16) and 9 (a lone VS16) are written out in the code.
if (parts[4] !== '[#*0-9]\\ufe0f?\\u20e3' || parts[5] !== '(?:[©®\\u2122\\u265f]\\ufe0f)' || parts[9] !== '\\ufe0f')
    throw new Error('the keycap, text-default or VS16 alternative changed');

// 6: emoji that take VS16 and refuse VS15.
const selectable = whole(parts[6]);
ranges('selectable', where((s) => selectable.test(s)));
// 7: people that take a skin tone, with (a) or without (b) VS16 first.
const modifiable = alternatives(parts[7].slice(3, parts[7].lastIndexOf(')(?:')));
ranges('modifiableWithSelector', where((s) => whole(modifiable[0]).test(s)));
ranges('modifiable', where((s) => whole(modifiable[1]).test(s)));
// 8: subdivision flags, country flags and single emoji.
const single = whole(parts[8]);
ranges('singles', where((s) => single.test(s)));
const letters = [...Array(26).keys()];
const masks = letters.map((a) => letters.reduce(
    (mask, b) => (single.test(String.fromCodePoint(0x1F1E6 + a, 0x1F1E6 + b)) ? mask | (1 << b) : mask), 0));
console.log(`constexpr quint32 flagPairs[26] = {${masks.map((m) => hex(m)).join(', ')}};`);
const tags = ['gbeng', 'gbsct', 'gbwls'].map((t) => '\u{1F3F4}' + [...t].map((c) => String.fromCodePoint(0xE0000 + c.charCodeAt(0))).join('') + '\u{E007F}');
if (!tags.every((t) => single.test(t)))
    throw new Error('the subdivision flags changed');
