// The maintenance sub-commands an operator uses on a stopped node's database: export and
// import blocks, check a block, revert, purge, and export the chain spec and keys.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';

import { NODE_BIN, connect, finalizedNumber, freePorts, nodeKey, startValidator, tempDir, waitFor } from './lib/node.mjs';

/** Runs a sub-command to completion and returns its stdout; fails the test on a non-zero exit. */
function coopNode(...args) {
	// A raw chain spec carries the runtime's code in hex: more than the default 1 MiB buffer.
	const result = spawnSync(NODE_BIN, args, { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
	assert.equal(result.status, 0, `coop-node ${args.join(' ')}\n${result.error ?? ''}${result.stderr}`);
	return result.stdout;
}

/** The highest block in a database, from `chain-info`. */
function bestInDatabase(basePath) {
	const info = JSON.parse(coopNode('chain-info', '--chain', 'dev', '--base-path', basePath));
	return info.best_number ?? info.bestNumber;
}

describe('maintenance sub-commands', () => {
	const dir = tempDir('subcommands');
	const source = join(dir, 'source');
	const copy = join(dir, 'copy');
	const exported = join(dir, 'blocks.json');
	let finalized;

	before(async () => {
		// A dev chain with a few finalised blocks, then stopped: these commands need the
		// database to themselves.
		const [rpcPort, p2pPort] = await freePorts(2);
		const key = nodeKey(source);
		const node = startValidator({
			chain: 'dev', name: 'alice', basePath: source, keyPath: key.path, rpcPort, p2pPort,
			extra: ['--force-authoring'],
		});
		const api = await connect(node.url);
		finalized = await waitFor('3 finalised blocks', async () => {
			const n = await finalizedNumber(api);
			return n >= 3 ? n : 0;
		}, 90_000);
		await api.disconnect();
		assert.equal((await node.stop()).code, 0);
	});

	it('export-blocks and import-blocks copy a chain into a fresh database', () => {
		coopNode('export-blocks', '--chain', 'dev', '--base-path', source, '--from', '1', '--to', String(finalized), exported);
		assert.ok(existsSync(exported));
		coopNode('import-blocks', '--chain', 'dev', '--base-path', copy, exported);
		assert.equal(bestInDatabase(copy), finalized);
	});

	it('check-block re-executes a stored block', () => {
		coopNode('check-block', '--chain', 'dev', '--base-path', source, '2');
	});

	it('revert removes unfinalised blocks only, never finalised ones', () => {
		const before = bestInDatabase(source);
		coopNode('revert', '--chain', 'dev', '--base-path', source, '1000');
		const after = bestInDatabase(source);
		assert.ok(after >= finalized, `kept the finalised #${finalized}, best is now #${after}`);
		assert.ok(after <= before);
	});

	it('purge-chain deletes the database', () => {
		const db = join(copy, 'chains', 'coop_dev', 'paritydb');
		assert.ok(existsSync(db), 'a ParityDB database, not RocksDB');
		coopNode('purge-chain', '--chain', 'dev', '--base-path', copy, '-y');
		assert.ok(!existsSync(db));
	});

	it('export-chain-spec writes the built-in specs as JSON, raw too', () => {
		for (const chain of ['dev', 'local']) {
			const spec = JSON.parse(coopNode('export-chain-spec', '--chain', chain));
			assert.equal(spec.properties.tokenSymbol, 'HOUR');
			const raw = JSON.parse(coopNode('export-chain-spec', '--chain', chain, '--raw'));
			assert.ok(raw.genesis.raw.top['0x3a636f6465'], 'the raw spec carries the runtime code');
		}
	});

	it('key generate makes an account with the generic address format', () => {
		const key = JSON.parse(coopNode('key', 'generate', '--scheme', 'sr25519', '--output-type', 'json'));
		assert.match(key.ss58Address, /^5/);
	});
});
