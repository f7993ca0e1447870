// SPDX-License-Identifier: GPL-3.0-or-later
// Reads a vCard file with ical.js (Mozilla's parser, pinned in package.json), the referee for
// Starling's vCard export (tests/integration/TestVCardReference.cpp). Prints one JSON array: per
// card, its properties as [name, value] pairs, each value as ical.js decoded it (text unescaped;
// a structured value such as ADR as an array of its components). A file ical.js cannot read
// exits with status 1 and its message.
import fs from 'node:fs';
import ICAL from 'ical.js';

try {
    const text = fs.readFileSync(process.argv[2], 'utf8');
    let parsed = ICAL.parse(text);
    // One card parses to one component; several to a list of them.
    if (typeof parsed[0] === 'string')
        parsed = [parsed];
    const cards = parsed.map((jcard) => {
        const card = new ICAL.Component(jcard);
        if (card.name !== 'vcard')
            throw new Error(`not a vCard: ${card.name}`);
        return card.getAllProperties().map((p) => {
            const values = p.getValues();
            return [p.name, values.length === 1 ? values[0] : values];
        });
    });
    process.stdout.write(JSON.stringify(cards));
} catch (e) {
    process.stderr.write(String(e && e.stack ? e.stack : e));
    process.exit(1);
}
