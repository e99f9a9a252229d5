// How fast coop-indexer catches up: a dev chain filled by the throughput benchmark
// (`bench-tps.mjs dev <transfers> <members>`, its node keeping all state), then indexed
// from genesis by a fresh indexer `runs` times, on SQLite and on PostgreSQL. Prints one
// JSON line per run: blocks per second over the chain's empty blocks, payments per second
// over its full ones (each block's time is the gap between its write and the previous
// one's, the fetching ahead included), and the process's resident memory every 100
// blocks and at the end.
//
//   node bench-indexer.mjs [transfers] [members] [runs]
//
// COOP_BENCH_EMPTY_BLOCKS=n lets the chain grow by n empty blocks (6 s each) before the
// runs, for a figure over more than a handful of them. COOP_BENCH_CHAIN_DIR=dir reuses a
// chain kept by an earlier run (with COOP_BENCH_KEEP=1, which prints where it is).

import { execFileSync, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

import { ChainSource } from '../indexer/src/chain/source.mjs';
import { Indexer } from '../indexer/src/indexer.mjs';
import { openStore } from '../indexer/src/store/open.mjs';
import { connect, finalizedNumber, nodeKey, startNode, tempDir } from './lib/node.mjs';
import { startPostgres } from './lib/postgres.mjs';

const [transfers = '20000', members = '400', runsArg = '2'] = process.argv.slice(2);
const RUNS = Number(runsArg);

/** Runs the throughput benchmark with its chain kept; returns the kept directory. */
function fillChain() {
	return new Promise((ok, fail) => {
		const child = spawn(process.execPath, ['bench-tps.mjs', 'dev', transfers, members], {
			env: { ...process.env, COOP_E2E_KEEP: '1', COOP_BENCH_NODE_FLAGS: '--state-pruning archive' },
			stdio: ['ignore', 'inherit', 'pipe'],
		});
		let err = '';
		child.stderr.on('data', (c) => { err += c; process.stderr.write(c); });
		child.once('exit', (code) => {
			const kept = /kept in: (\S+)/.exec(err);
			if (code === 0 && kept) ok(kept[1]);
			else fail(new Error(`bench-tps.mjs failed (${code})`));
		});
	});
}

async function indexOnce(url, database, height) {
	const store = await openStore(database);
	const source = new ChainSource(url, () => {});
	await source.start();
	const indexer = new Indexer({ store, source, log: () => {} });
	const times = new Map();
	const resident = []; // MB, every 100 blocks: flat over a long catch-up, or a leak
	let last = performance.now();
	indexer.onBlock = (number) => {
		const now = performance.now();
		times.set(number, now - last);
		last = now;
		if (number % 100 === 0) resident.push(Math.round(process.memoryUsage().rss / 1e6));
		if (number >= height) indexer.stop();
	};
	const started = performance.now();
	await indexer.run();
	const total = (performance.now() - started) / 1000;
	const blocks = await store.all('SELECT number, events FROM blocks');
	const payments = new Map((await store.all("SELECT block, COUNT(*) AS n FROM ledger WHERE kind = 'payment' GROUP BY block")).map((r) => [r.block, Number(r.n)]));
	await source.close();
	await store.close();
	let emptyMs = 0; let emptyBlocks = 0; let fullMs = 0; let fullPayments = 0;
	for (const { number, events } of blocks) {
		if (number === 0 || !times.has(number)) continue;
		const n = payments.get(number) ?? 0;
		if (n >= 100) { fullMs += times.get(number); fullPayments += n; }
		else if (events <= 3) { emptyMs += times.get(number); emptyBlocks += 1; }
	}
	return {
		blocks: height + 1,
		seconds: Number(total.toFixed(2)),
		empty_blocks: emptyBlocks,
		empty_blocks_per_s: Math.round(emptyBlocks / (emptyMs / 1000)),
		payments: fullPayments,
		payments_per_s: Math.round(fullPayments / (fullMs / 1000)),
		resident_mb: Math.round(process.memoryUsage().rss / 1e6),
		resident_mb_every_100_blocks: resident,
	};
}

const reused = process.env.COOP_BENCH_CHAIN_DIR;
const keep = Boolean(reused) || process.env.COOP_BENCH_KEEP === '1';
const dir = reused ?? await fillChain();
const basePath = join(dir, 'alice');
const node = await startNode({ chain: 'dev', name: 'alice', basePath, key: nodeKey(basePath), extra: ['--state-pruning', 'archive'] });
const api = await connect(node.url);
const grow = Number(process.env.COOP_BENCH_EMPTY_BLOCKS ?? 0);
const filled = await finalizedNumber(api);
while (await finalizedNumber(api) < filled + grow) await new Promise((ok) => setTimeout(ok, 6000));
const height = await finalizedNumber(api);
await api.disconnect();
const work = tempDir('bench-indexer');
const postgres = await startPostgres(work);
try {
	for (let run = 1; run <= RUNS; run++) {
		const sqlite = join(work, `run-${run}.sqlite`);
		console.log(JSON.stringify({ run, database: 'sqlite', ...(await indexOnce(node.url, sqlite, height)) }));
		const db = `bench${run}`;
		execFileSync('psql', [postgres.url, '-q', '-c', `CREATE DATABASE ${db}`]);
		console.log(JSON.stringify({ run, database: 'postgres', ...(await indexOnce(node.url, postgres.url.replace(/\/postgres$/, `/${db}`), height)) }));
	}
} finally {
	await postgres.stop();
	await node.stop();
	if (keep) console.error(`chain kept in: ${dir}`);
	else rmSync(dir, { recursive: true, force: true });
}
