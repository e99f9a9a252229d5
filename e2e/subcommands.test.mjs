// The maintenance sub-commands an operator uses on a stopped node's database: export and
// import blocks, check a block, revert, purge, and export the chain spec and keys.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';

import { DevChain } from './lib/networks.mjs';
import { NODE_BIN, finalizedNumber, waitFor } from './lib/node.mjs';

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
	const chain = new DevChain('subcommands');
	const source = chain.basePath;
	let finalized;
	let exported;

	before(async () => {
		// A dev chain with a few finalised blocks, then stopped: these commands need the
		// database to themselves.
		await chain.start();
		finalized = await waitFor('3 finalised blocks', async () => {
			const n = await finalizedNumber(chain.api);
			return n >= 3 ? n : 0;
		}, 90_000);
		assert.equal((await chain.stop()).code, 0);
	});

	/** The finalised blocks of the source, exported once, by the first test that needs them. */
	function exportedBlocks() {
		if (!exported) {
			const path = join(chain.dir, 'blocks.json');
			coopNode('export-blocks', '--chain', 'dev', '--base-path', source, '--from', '1', '--to', String(finalized), path);
			exported = path;
		}
		return exported;
	}

	/** A fresh database at `dir/<name>` with the source's finalised blocks imported. */
	const importedCopy = (name) => {
		const copy = join(chain.dir, name);
		coopNode('import-blocks', '--chain', 'dev', '--base-path', copy, exportedBlocks());
		return copy;
	};

	it('export-blocks and import-blocks copy a chain into a fresh database', () => {
		assert.ok(existsSync(exportedBlocks()));
		assert.equal(bestInDatabase(importedCopy('copy')), finalized);
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
		const copy = importedCopy('to-purge');
		const db = join(copy, 'chains', 'coop_dev', 'paritydb');
		assert.ok(existsSync(db), 'a ParityDB database, not RocksDB');
		coopNode('purge-chain', '--chain', 'dev', '--base-path', copy, '-y');
		assert.ok(!existsSync(db));
	});

	it('export-chain-spec writes the built-in specs as JSON, raw too', () => {
		for (const name of ['dev', 'local']) {
			const spec = JSON.parse(coopNode('export-chain-spec', '--chain', name));
			assert.equal(spec.properties.tokenSymbol, 'HOUR');
			const raw = JSON.parse(coopNode('export-chain-spec', '--chain', name, '--raw'));
			assert.ok(raw.genesis.raw.top['0x3a636f6465'], 'the raw spec carries the runtime code');
		}
	});

	it('key generate makes an account with the generic address format', () => {
		const key = JSON.parse(coopNode('key', 'generate', '--scheme', 'sr25519', '--output-type', 'json'));
		assert.match(key.ss58Address, /^5/);
	});
});
