#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// Converts twitter-text's conformance YAML (tests/data/twitter-text/*.yml) to JSON next to it,
// because Qt has no YAML parser: TestTextRules reads the JSON. The conversion is mechanical
// (js-yaml, pinned in package-lock.json) and the JSON is committed; `--check` converts again
// and fails when a committed JSON file differs from its YAML, which TestTwitterTextReference runs.
//
//   node convert-conformance.js          write validate.json, extract.json, tlds.json
//   node convert-conformance.js --check  compare instead of writing; exit 1 on any difference
'use strict';

const fs = require('fs');
const path = require('path');
const yaml = require('js-yaml');

const dataDir = path.resolve(__dirname, '../../data/twitter-text');
const files = ['validate', 'extract', 'tlds'];
const check = process.argv.includes('--check');

let stale = 0;
for (const name of files) {
    const source = fs.readFileSync(path.join(dataDir, `${name}.yml`), 'utf8');
    // One case per line keeps the file readable and its diffs small.
    const tests = yaml.load(source).tests;
    const sections = Object.keys(tests).map((section) => {
        const cases = tests[section].map((c) => '    ' + JSON.stringify(c)).join(',\n');
        return `  ${JSON.stringify(section)}: [\n${cases}\n  ]`;
    });
    const json = `{\n${sections.join(',\n')}\n}\n`;
    const target = path.join(dataDir, `${name}.json`);
    if (check) {
        const committed = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
        if (committed !== json) {
            console.error(`${target} does not match ${name}.yml: run node ${path.basename(__filename)}`);
            stale += 1;
        }
    } else {
        fs.writeFileSync(target, json);
    }
}
process.exit(stale ? 1 : 0);
