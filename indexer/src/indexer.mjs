// Following the chain: from the block after the last one indexed up to the finalised head,
// fetching up to WINDOW blocks ahead while earlier ones are decoded and written, one
// database transaction a block. Losing the node only pauses it; a database that refuses a
// write stops the process (with a non-zero exit, from bin/coop-indexer.mjs).

import { decodeEvents } from './chain/decode.mjs';
import { blockOperations } from './records/block.mjs';
import { genesisOperations } from './records/genesis.mjs';

/** Blocks fetched ahead of the one being written. */
const WINDOW = 48;

/** A failure that retrying cannot mend: the database, or a chain this database is not of. */
export class FatalError extends Error {}

export class Indexer {
	constructor({ store, source, log }) {
		this.store = store;
		this.source = source;
		this.log = log;
		this.next = undefined;
		this.runtime = undefined;
		this.stopped = false;
		this.wake = undefined;
		this.stats = { blocks: 0, events: 0, startedAt: Date.now() };
	}

	async indexedHeight() {
		const row = await this.store.get('SELECT MAX(number) AS height FROM blocks');
		return row?.height ?? null;
	}

	/** Refuses a database that holds another chain's history. */
	async checkChain() {
		const genesis = this.source.genesisHash;
		const row = await this.store.get('SELECT value FROM meta WHERE key = ?', ['genesis_hash']);
		if (row && row.value !== genesis) {
			throw new FatalError(`the database holds the chain with genesis ${row.value}, the node serves ${genesis}: use another --database`);
		}
		if (!row) await this.store.write([{ sql: 'INSERT INTO meta (key, value) VALUES (?, ?)', params: ['genesis_hash', genesis] }]);
	}

	async run() {
		await this.checkChain();
		const height = await this.indexedHeight();
		this.next = height === null ? 0 : height + 1;
		this.log(`indexing from block ${this.next}`);
		this.source.onFinalized = () => this.wake?.();
		while (!this.stopped) {
			try {
				const target = this.source.finalized;
				if (target === undefined || this.next > target) {
					await new Promise((ok) => { this.wake = ok; setTimeout(ok, 2000); });
					continue;
				}
				await this.catchUp(target);
			} catch (error) {
				if (error instanceof FatalError) throw error;
				if (this.stopped) break;
				this.lastError = String(error?.message ?? error);
				if (/state already discarded/i.test(this.lastError)) {
					throw new FatalError(`the node no longer has the state of block ${this.next} (${this.lastError}): follow a node started with --state-pruning archive`);
				}
				this.log(`block ${this.next}: ${this.lastError}; trying again`);
				this.runtime = undefined;
				await new Promise((ok) => setTimeout(ok, 1000));
			}
		}
	}

	async catchUp(target) {
		const inflight = new Map();
		const fetch = (n) => {
			if (inflight.has(n)) return;
			const promise = this.source.rawBlock(n);
			promise.catch(() => {}); // awaited in order below; a failure there retries
			inflight.set(n, promise);
		};
		while (this.next <= target && !this.stopped) {
			for (let n = this.next; n <= Math.min(target, this.next + WINDOW - 1); n++) fetch(n);
			const raw = await inflight.get(this.next);
			inflight.delete(this.next);
			await this.index(raw);
			this.next += 1;
		}
	}

	async index(raw) {
		// The genesis block's runtime is in its own state; any other block's in its parent's.
		this.runtime ??= await this.source.registryFor(raw.number === 0 ? raw.hash : raw.parentHash);
		const { registry, specVersion } = this.runtime;
		const events = decodeEvents(registry, raw.events);
		const operations = raw.number === 0
			? await genesisOperations({ raw, source: this.source, registry, specVersion })
			: await blockOperations({ raw, events, registry, specVersion, source: this.source });
		try {
			await this.store.write(operations);
		} catch (error) {
			throw new FatalError(`could not write block ${raw.number} (nothing of it was kept): ${error.message}`);
		}
		await this.onBlock?.(raw.number);
		this.stats.blocks += 1;
		this.stats.events += events.length;
		// The block after a runtime upgrade is built by the new runtime: decode it with that.
		if (events.some((e) => e.pallet === 'system' && e.name === 'CodeUpdated')) this.runtime = undefined;
	}

	stop() {
		this.stopped = true;
		this.wake?.();
	}
}
