// The node, as the indexer sees it: finalised heights, a block's raw parts (fetched many at
// a time, decoded later in order), and the registry of the runtime that built a block.
// The connection comes back by itself: after a drop it is retried with a growing pause
// (1 s, doubling, at most 30 s), and `/status` says how it stands meanwhile.

import { ApiPromise, WsProvider } from '@polkadot/api';
import { Metadata, TypeRegistry } from '@polkadot/types';
import { xxhashAsHex } from '@polkadot/util-crypto';

import { preferMetadataV14 } from './metadata-v14.mjs';

/** The storage key of `System.Events`. */
export const EVENTS_KEY = xxhashAsHex('System', 128) + xxhashAsHex('Events', 128).slice(2);

const FIRST_RETRY_MS = 1_000;
const LAST_RETRY_MS = 30_000;

export class ChainSource {
	constructor(url, log) {
		this.url = url;
		this.log = log;
		this.connected = false;
		this.lastError = undefined;
		this.finalized = undefined;
		this.retryMs = FIRST_RETRY_MS;
		this.closed = false;
		this.provider = preferMetadataV14(new WsProvider(url, false));
		this.provider.on('connected', () => {
			this.connected = true;
			this.retryMs = FIRST_RETRY_MS;
			this.log(`connected to ${url}`);
		});
		this.provider.on('disconnected', () => {
			if (this.connected) this.log(`lost the node at ${url}; reconnecting`);
			this.connected = false;
			this.scheduleReconnect();
		});
		this.provider.on('error', (error) => { this.lastError = String(error?.message ?? error); });
	}

	scheduleReconnect() {
		if (this.closed || this.reconnecting) return;
		this.reconnecting = setTimeout(() => {
			this.reconnecting = undefined;
			if (this.closed || this.provider.isConnected) return;
			this.provider.connect().catch((error) => { this.lastError = String(error?.message ?? error); });
		}, this.retryMs);
		this.retryMs = Math.min(this.retryMs * 2, LAST_RETRY_MS);
	}

	/** Connects (retrying until the node answers) and follows finalised heads. */
	async start() {
		this.provider.connect().catch(() => {});
		this.api = await ApiPromise.create({ provider: this.provider, noInitWarn: true, throwOnConnect: false });
		this.genesisHash = this.api.genesisHash.toHex();
		this.ss58Format = this.api.registry.chainSS58 ?? 42;
		await this.followFinalized();
		// After a reconnection the subscription is gone: make it again.
		this.api.on('connected', () => { this.followFinalized().catch(() => {}); });
	}

	async followFinalized() {
		this.unsubscribe?.();
		this.unsubscribe = await this.api.rpc.chain.subscribeFinalizedHeads((header) => {
			this.finalized = header.number.toNumber();
			this.onFinalized?.(this.finalized);
		});
	}

	rpc(method, params) {
		return this.provider.send(method, params);
	}

	/** Block `number`'s hash, header and extrinsics (hex) and its events (raw storage). */
	async rawBlock(number) {
		const hash = await this.rpc('chain_getBlockHash', [number]);
		if (!hash) throw new Error(`the node has no block ${number}`);
		const [{ block }, events] = await Promise.all([
			this.rpc('chain_getBlock', [hash]),
			this.rpc('state_getStorage', [EVENTS_KEY, hash]),
		]);
		return { number, hash, parentHash: block.header.parentHash, extrinsics: block.extrinsics, events };
	}

	/**
	 * The registry (types and metadata) of the runtime that built the block whose parent is
	 * `parentHash`: the runtime in the parent's state. One registry per spec version.
	 *
	 * Built from `state_getMetadata`, which is metadata v14: the version every client of
	 * this chain reads with (see ./metadata-v14.mjs for why).
	 */
	async registryFor(parentHash) {
		const version = await this.rpc('state_getRuntimeVersion', [parentHash]);
		this.registries ??= new Map();
		let entry = this.registries.get(version.specVersion);
		if (!entry) {
			const registry = new TypeRegistry();
			registry.setChainProperties(this.api.registry.getChainProperties());
			registry.setMetadata(new Metadata(registry, await this.rpc('state_getMetadata', [parentHash])));
			entry = { registry, specVersion: version.specVersion };
			this.registries.set(version.specVersion, entry);
		}
		return entry;
	}

	/** The raw value of storage `key` after block `hash` (null if empty). */
	storage(key, hash) {
		return this.rpc('state_getStorage', [key, hash]);
	}

	/** Every key under `prefix` after block `hash`, with its raw value. */
	async entries(prefix, hash) {
		const out = [];
		for (let start = null; ;) {
			const keys = await this.rpc('state_getKeysPaged', [prefix, 1000, start, hash]);
			if (keys.length === 0) break;
			const [{ changes }] = await this.rpc('state_queryStorageAt', [keys, hash]);
			out.push(...changes.filter(([, v]) => v !== null));
			if (keys.length < 1000) break;
			start = keys[keys.length - 1];
		}
		return out;
	}

	/** The storage key of `pallet.item(...args)` (keys do not change with the runtime). */
	storageKey(pallet, item, ...args) {
		return this.api.query[pallet][item].key(...args);
	}

	/** The prefix of every key of `pallet.item`. */
	storagePrefix(pallet, item) {
		return this.api.query[pallet][item].keyPrefix();
	}

	async close() {
		this.closed = true;
		clearTimeout(this.reconnecting);
		this.unsubscribe?.();
		await this.api?.disconnect().catch(() => {});
	}
}
