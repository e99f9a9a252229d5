// coop-indexer as the live tests run it: a real process (indexer/bin/coop-indexer.mjs)
// following a real node, on a port of its own choosing on 127.0.0.1, asked over HTTP.

import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { REPO_ROOT, waitFor } from './node.mjs';

const BIN = join(REPO_ROOT, 'indexer/bin/coop-indexer.mjs');
const API_LINE = /API on (http:\/\/127\.0\.0\.1:\d+)/;

/** Starts an indexer of `nodeUrl` into `database`; resolves once its API listens. */
export async function startIndexer({ nodeUrl, database, logPath, extra = [] }) {
	const child = spawn(process.execPath, [BIN, '--node', nodeUrl, '--database', database, '--listen', '127.0.0.1:0', ...extra], {
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	const log = createWriteStream(logPath, { flags: 'a' });
	child.stderr.pipe(log);
	const exited = new Promise((ok) => child.once('exit', (code, signal) => ok({ code, signal })));
	const url = await new Promise((ok, fail) => {
		let seen = '';
		const onData = (chunk) => {
			seen += chunk.toString();
			const match = API_LINE.exec(seen);
			if (match) { child.stderr.off('data', onData); ok(match[1]); }
		};
		child.stderr.on('data', onData);
		exited.then(({ code, signal }) => fail(new Error(`coop-indexer exited (${code ?? signal}) before listening: ${seen.slice(-500)}`)));
	});
	const handle = {
		url,
		pid: child.pid,
		exited,
		/** GET `path`; resolves to `{ status, body }` (JSON parsed when it is JSON). */
		async get(path, init) {
			const res = await fetch(`${url}${path}`, init);
			const text = await res.text();
			const type = res.headers.get('content-type') ?? '';
			return { status: res.status, headers: res.headers, body: type.includes('json') ? JSON.parse(text) : text };
		},
		/** Waits until every block up to `height` is indexed. */
		async indexed(height, timeoutMs = 60_000) {
			return waitFor(`the indexer at block ${height}`, async () => {
				const { body } = await handle.get('/status');
				return body.indexed_height >= height ? body : undefined;
			}, timeoutMs, 200);
		},
		kill() { child.kill('SIGKILL'); return exited; },
		stop() { child.kill('SIGINT'); return exited; },
		log: () => readFileSync(logPath, 'utf8'),
	};
	return handle;
}
