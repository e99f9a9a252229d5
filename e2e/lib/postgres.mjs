// A PostgreSQL server of the test's own (Debian's package): a new cluster in a temporary
// directory, owned by the `postgres` system user, on a free port of 127.0.0.1, stopped and
// removed after.

import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

import { waitFor } from './node.mjs';

function binDir() {
	const root = '/usr/lib/postgresql';
	const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
	if (!versions.length) throw new Error('PostgreSQL is not installed (scripts/setup.sh installs Debian\'s postgresql)');
	return join(root, versions[0], 'bin');
}

function freePort() {
	return new Promise((ok, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => ok(port)); });
	});
}

/** Starts a cluster in `dir`/postgres; resolves to `{ url, stop() }`. */
export async function startPostgres(dir) {
	const bin = binDir();
	const data = join(dir, 'postgres');
	mkdirSync(data, { recursive: true });
	chmodSync(dir, 0o755);
	execFileSync('chown', ['postgres:postgres', data]);
	const asPostgres = (cmd, args) => ['runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]];
	execFileSync(...asPostgres('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']), { stdio: 'ignore' });
	const port = await freePort();
	const child = spawn(...asPostgres('postgres', ['-D', data, '-p', String(port), '-k', data, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off']), { stdio: 'ignore' });
	const exited = new Promise((ok) => child.once('exit', ok));
	await waitFor('PostgreSQL to accept connections', async () => {
		try {
			execFileSync(join(bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
			return true;
		} catch {
			return false;
		}
	}, 30_000, 200);
	const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
	return {
		url,
		/** A fast shutdown, asked of the server itself (runuser does not pass signals on). */
		async stop() {
			execFileSync(...asPostgres('pg_ctl', ['stop', '-D', data, '-m', 'fast', '-w']), { stdio: 'ignore' });
			await exited;
		},
	};
}
