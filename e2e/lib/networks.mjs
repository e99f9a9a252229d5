// The one way the live tests start a chain: a dev chain (one validator, Alice, who is sudo)
// or the four-validator `local` network, each in a temporary directory of its own, with
// @polkadot/api connected. `useDevChain` and `useLocalNetwork` start one before the tests of
// the `describe` they are called in and stop it after them.

import { join } from 'node:path';
import { after, before } from 'node:test';

import { connect, finalizedNumber, nodeKey, startNode, tempDir, waitFor, wellKnownNodeKey } from './node.mjs';

/** A development chain: Alice's node, which authors and finalises alone. */
export class DevChain {
	/**
	 * `extra`: more flags for the node (`--network-backend litep2p`, say); `metrics`: serve
	 * Prometheus metrics (on `node.metricsPort`).
	 */
	constructor(label, { extra = [], metrics = false } = {}) {
		this.dir = tempDir(label);
		this.basePath = join(this.dir, 'alice');
		this.extra = extra;
		this.metrics = metrics;
		this.node = undefined;
		this.api = undefined;
	}

	/** Starts the node (again, on its base path, after `stop`) and connects `api`. */
	async start() {
		this.key ??= nodeKey(this.basePath);
		this.node = await startNode({ chain: 'dev', name: 'alice', basePath: this.basePath, key: this.key, extra: this.extra, metrics: this.metrics });
		this.api = await connect(this.node.url);
		return this;
	}

	/**
	 * Stops the node cleanly and starts it again on the same base path and RPC port, as an
	 * operator's restart does: clients that were connected (a wallet, an indexer) find it
	 * where they left it. Between the two, `whileDown` runs (the node is not answering).
	 */
	async restart(whileDown = async () => {}) {
		const { rpcPort } = this.node;
		await this.stop();
		await whileDown();
		this.node = await startNode({ chain: 'dev', name: 'alice', basePath: this.basePath, key: this.key, extra: this.extra, metrics: this.metrics, rpcPort });
		this.api = await connect(this.node.url);
		return this;
	}

	/** Disconnects and stops the node cleanly; returns its exit (`{ code, signal }`). */
	async stop() {
		await this.api?.disconnect();
		this.api = undefined;
		return this.node?.stop();
	}
}

/** The dev accounts that validate the `local` chain, in order. */
export const LOCAL_VALIDATORS = ['alice', 'bob', 'charlie', 'dave'];

/**
 * The `local` chain on loopback. Its four genesis validators use their well-known node keys
 * (the peer ids its genesis authorises); any other dev name (eve, ferdie) gets a node key
 * of its own, which the federation has not authorised. A node starts with every running
 * node as its bootnode.
 */
export class LocalNetwork {
	constructor(label) {
		this.dir = tempDir(label);
		this.nodes = new Map();
		this.apis = new Map();
		this.keys = new Map();
		this.api = undefined;
	}

	/** `name`'s node key, made (or copied) on first use. */
	key(name) {
		if (!this.keys.has(name)) {
			const dir = join(this.dir, name);
			this.keys.set(name, LOCAL_VALIDATORS.includes(name) ? wellKnownNodeKey(dir, name) : nodeKey(dir));
		}
		return this.keys.get(name);
	}

	/** `name`'s node, if it was started. */
	node(name) {
		return this.nodes.get(name);
	}

	isRunning(name) {
		return this.nodes.get(name)?.isRunning() ?? false;
	}

	/** Starts `name`'s node, on its base path, with the running nodes as its bootnodes. */
	async start(name) {
		if (this.isRunning(name)) throw new Error(`${name}'s node is already running`);
		const bootnodes = [...this.nodes.values()].filter((node) => node.isRunning()).map((node) => node.address);
		const node = await startNode({ chain: 'local', name, basePath: join(this.dir, name), key: this.key(name), bootnodes });
		this.nodes.set(name, node);
		return node;
	}

	/**
	 * Starts those of the validators `names` (by default all four) that are not running
	 * (the first alone when no node is, so that the others have a bootnode), connects `api`
	 * to Alice's node and waits for a finalised block.
	 */
	async startValidators(names = LOCAL_VALIDATORS) {
		if (!names.includes('alice')) throw new Error('Alice\'s node is the one `api` talks to: start it too');
		const stopped = names.filter((name) => !this.isRunning(name));
		if (stopped.length > 0 && ![...this.nodes.values()].some((node) => node.isRunning())) {
			await this.start(stopped.shift());
		}
		await Promise.all(stopped.map((name) => this.start(name)));
		this.api = await this.apiOf('alice');
		await waitFor('a finalised block', async () => (await finalizedNumber(this.api)) >= 1, 120_000);
		return this;
	}

	/** An API connected to `name`'s running node (one per node, kept until it stops). */
	async apiOf(name) {
		if (!this.apis.has(name)) {
			if (!this.isRunning(name)) throw new Error(`${name}'s node is not running`);
			this.apis.set(name, await connect(this.nodes.get(name).url));
		}
		return this.apis.get(name);
	}

	async #disconnect(name) {
		await this.apis.get(name)?.disconnect().catch(() => {});
		this.apis.delete(name);
		if (name === 'alice') this.api = undefined;
	}

	/** SIGKILLs `name`'s node; returns its exit. */
	async kill(name) {
		await this.#disconnect(name);
		return this.nodes.get(name).kill();
	}

	/** Stops `name`'s node cleanly; returns its exit. */
	async stop(name) {
		await this.#disconnect(name);
		return this.nodes.get(name)?.stop();
	}

	/** Stops every node; returns their exits, by name. */
	async stopAll() {
		const names = [...this.nodes.keys()];
		const exits = await Promise.all(names.map((name) => this.stop(name)));
		return new Map(names.map((name, i) => [name, exits[i]]));
	}
}

/** A dev chain started before the tests of the enclosing `describe` and stopped after them. */
export function useDevChain(label, options) {
	const chain = new DevChain(label, options);
	before(() => chain.start());
	after(() => chain.stop());
	return chain;
}

/** The four validators of the `local` chain, started before the tests of the enclosing `describe` and stopped after them. */
export function useLocalNetwork(label) {
	const network = new LocalNetwork(label);
	before(() => network.startValidators());
	after(() => network.stopAll());
	return network;
}
