// The memo store: a claim's description, which the chain holds only as its blake2_256
// (the claim's memo). Content-addressed, so it needs no login: a text is kept only if it
// hashes to the address it is put at and a claim with that memo exists. A text put just
// before its claim is indexed is held (in memory, bounded) for HOLD_MS and kept if the
// claim appears meanwhile.

import { blake2AsHex } from '@polkadot/util-crypto';

import { HttpError } from './http/server.mjs';

export const MEMO_MAX_BYTES = 4096;
const HOLD_MS = 60_000;
const MAX_HELD = 1000;

export class MemoStore {
	constructor(store) {
		this.store = store;
		this.held = new Map();
	}

	async claimExists(hash) {
		return Boolean(await this.store.get('SELECT id FROM claims WHERE memo = ? LIMIT 1', [hash]));
	}

	async keep(hash, text) {
		await this.store.write([{ sql: 'INSERT INTO memos (hash, text, stored_at) VALUES (?, ?, ?) ON CONFLICT (hash) DO NOTHING', params: [hash, text, Date.now()] }]);
	}

	/** Answers a PUT: 201 kept, 200 already kept, 202 held for a claim not indexed yet. */
	async put(hash, body) {
		let text;
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(body);
		} catch {
			throw new HttpError(400, 'the description is not UTF-8 text', 'body');
		}
		if (text.length === 0) throw new HttpError(400, 'the description is empty', 'body');
		const actual = blake2AsHex(body, 256);
		if (actual !== hash) throw new HttpError(400, `the description's blake2_256 is ${actual}, not ${hash}`, 'body');
		if (await this.get(hash)) return { status: 200, state: 'kept' };
		if (await this.claimExists(hash)) {
			await this.keep(hash, text);
			return { status: 201, state: 'kept' };
		}
		if (this.held.size >= MAX_HELD) throw new HttpError(503, 'too many descriptions wait for their claims; try again once the claim is in a block');
		this.held.set(hash, { text, until: Date.now() + HOLD_MS });
		return { status: 202, state: 'held', held_for_seconds: HOLD_MS / 1000 };
	}

	async get(hash) {
		return this.store.get('SELECT hash, text, stored_at FROM memos WHERE hash = ?', [hash]);
	}

	/** After a block is written: keep held texts whose claim has appeared, drop stale ones. */
	async afterBlock() {
		for (const [hash, { text, until }] of this.held) {
			if (await this.claimExists(hash)) {
				await this.keep(hash, text);
				this.held.delete(hash);
			} else if (Date.now() > until) {
				this.held.delete(hash);
			}
		}
	}
}
