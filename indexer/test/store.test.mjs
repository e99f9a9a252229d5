// The store: migrations, a block's operations in one transaction, and a block written
// twice refused whole (what keeps a restart from duplicating anything).

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

import { openStore } from '../src/store/open.mjs';
import { batched, insert, numbered, statement } from '../src/store/sql.mjs';

const block = (number) => insert('blocks', { number, hash: `0x${number}`, parent_hash: '0x', time: number * 1000, spec_version: 100, extrinsics: 1, events: 0 });
const payment = (b, i) => insert('ledger', { block: b, event_index: i, extrinsic_index: 1, extrinsic_hash: null, kind: 'payment', from_account: 'A', to_account: 'B', amount: 10, coop: null, claim: null });

test('runs of inserts become multi-row statements, in order', () => {
	const ops = [payment(1, 0), payment(1, 1), statement('UPDATE x SET y = ?', 1), payment(1, 2), block(1)];
	const out = [...batched(ops)];
	assert.equal(out.length, 4);
	assert.match(out[0].sql, /VALUES \(.*\), \(.*\)$/);
	assert.equal(out[0].params.length, 20);
	assert.equal(out[1].sql, 'UPDATE x SET y = ?');
	assert.equal(numbered('a = ? AND b = ?'), 'a = $1 AND b = $2');
});

test('alternating inserts into two tables become one statement per table, never past an UPDATE', () => {
	const activity = (b, i) => insert('activity', { account: 'A', block: b, event_index: i, kind: 'payment', coop: null, counterparty: 'B', delta: -10, detail: '{}' });
	const ops = [];
	for (let i = 0; i < 10; i++) ops.push(payment(1, i), activity(1, i), activity(1, i));
	ops.push(statement('UPDATE ledger SET coop = ?', 1), payment(1, 10), activity(1, 10));
	const out = [...batched(ops)];
	assert.deepEqual(out.map((s) => s.sql.split(' ').slice(0, 3).join(' ')), ['INSERT INTO ledger', 'INSERT INTO activity', 'UPDATE ledger SET', 'INSERT INTO ledger', 'INSERT INTO activity']);
	assert.equal(out[0].params.length, 10 * 10);
	assert.equal(out[1].params.length, 20 * 8);
});

test('a block is written whole or not at all, and never twice', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'coop-indexer-store-'));
	try {
		const store = await openStore(join(dir, 'db.sqlite'));
		await store.migrate(); // a second time changes nothing
		const many = Array.from({ length: 1000 }, (_, i) => payment(1, i));
		await store.write([...many, block(1)]);
		assert.equal((await store.get('SELECT COUNT(*) AS n FROM ledger')).n, 1000);
		// The same block again: refused, and nothing of it is added.
		await assert.rejects(store.write([payment(1, 1000), ...many, block(1)]));
		assert.equal((await store.get('SELECT COUNT(*) AS n FROM ledger')).n, 1000);
		assert.equal((await store.get('SELECT MAX(number) AS h FROM blocks')).h, 1);
		await store.close();
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

test('a database of another chain is refused at start', async () => {
	const { FatalError, Indexer } = await import('../src/indexer.mjs');
	const dir = mkdtempSync(join(tmpdir(), 'coop-indexer-chain-'));
	try {
		const store = await openStore(join(dir, 'db.sqlite'));
		const first = new Indexer({ store, source: { genesisHash: '0xaaaa' }, log: () => {} });
		await first.checkChain();
		await first.checkChain(); // the same chain again is fine
		const other = new Indexer({ store, source: { genesisHash: '0xbbbb' }, log: () => {} });
		await assert.rejects(other.checkChain(), (e) => e instanceof FatalError && /0xaaaa.*0xbbbb/.test(e.message));
		await store.close();
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
