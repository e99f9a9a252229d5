// Talking to the chain through dedot, a client with none of @polkadot/api's code: its own
// SCALE codec, metadata decoding, transaction construction and signing payload, and the new
// JSON-RPC interface (chainHead_v1, transaction_v1) where @polkadot/api uses the legacy one.
// A refusal seen through both is the chain's, not a client's artefact. What is shared: the
// sr25519 key pairs of @polkadot/keyring (dedot has no keyring; it signs with any
// IKeyringPair), the WebSocket shim @polkadot/x-ws under dedot's provider, and node.mjs to
// start the node (it loads @polkadot/api, which nothing here calls).

import { join } from 'node:path';
import { after, before } from 'node:test';

import { DedotClient, WsProvider } from 'dedot';
import { stringCamelCase } from 'dedot/utils';

import { DispatchFailure } from './chain.mjs';
import { nodeKey, startNode, tempDir } from './node.mjs';

/**
 * Connects dedot to a node that serves RPC, over the new JSON-RPC interface (asked for by
 * name: left to choose, dedot falls back to the legacy one unnoticed). No reconnecting (a
 * test's node that goes away is a failure to see, not to hide) and no staleness detection
 * (a loaded machine may go more than its 30 s without a block, and it would reconnect).
 */
export async function connectDedot(url) {
	const provider = new WsProvider({ endpoint: url, maxRetryAttempts: 0 });
	return DedotClient.new({ provider, rpcVersion: 'v2', cacheMetadata: false, stalingDetectionTimeout: 0 });
}

/** The dev chain of `DevChain` (Alice's node, which authors and finalises alone), with only dedot connected. */
export class DedotDevChain {
	constructor(label) {
		this.dir = tempDir(label);
		this.basePath = join(this.dir, 'alice');
		this.node = undefined;
		this.client = undefined;
	}

	async start() {
		this.key ??= nodeKey(this.basePath);
		this.node = await startNode({ chain: 'dev', name: 'alice', basePath: this.basePath, key: this.key });
		this.client = await connectDedot(this.node.url);
		return this;
	}

	/** Disconnects and stops the node cleanly; returns its exit (`{ code, signal }`). */
	async stop() {
		await this.client?.disconnect().catch(() => {});
		this.client = undefined;
		return this.node?.stop();
	}
}

/** A dedot-only dev chain started before the tests of the enclosing `describe` and stopped after them. */
export function useDevChainDedot(label) {
	const chain = new DedotDevChain(label);
	before(() => chain.start());
	after(() => chain.stop());
	return chain;
}

/**
 * The name of a dispatch error as `e2e/lib/chain.mjs` gives it for @polkadot/api, so that
 * both are held to the same ERROR names: `pallet.Name` for a pallet's error (its index and
 * first byte looked up in dedot's own decoding of the metadata; dedot names pallets as the
 * runtime does, `Daco`, @polkadot/api in camel case, `daco`), otherwise the error's own
 * name (`BadOrigin`) with its kind's where it has one (`Token.FundsUnavailable`).
 */
export function errorName(client, dispatchError) {
	if (dispatchError.type === 'Module') {
		const meta = client.registry.findErrorMeta(dispatchError);
		if (!meta) return `Module(${JSON.stringify(dispatchError.value)})`;
		return `${stringCamelCase(meta.pallet)}.${meta.name}`;
	}
	const { value } = dispatchError;
	const kind = typeof value === 'string' ? value : value?.type;
	return kind ? `${dispatchError.type}.${kind}` : dispatchError.type;
}

/**
 * Signs `tx` with `signer` (a key pair) and submits it, waits until its block is finalised
 * and returns its events. Rejects with chain.mjs's DispatchFailure (so `refusedWith` reads
 * it) if the call, or the call inside `sudo.sudo`, failed. dedot's own failure (a
 * transaction it finds invalid before submitting, or one dropped) rejects as it is.
 */
export function send(client, tx, signer) {
	return new Promise((resolve, reject) => {
		let unsubscribe;
		let settled = false;
		let stopWatching = false;
		// dedot stops watching by itself at a final status (finalised, invalid, dropped); a
		// failure seen in a best block settles earlier, and stops it here (once: a second
		// stop would release block pins another watch holds).
		const settle = (outcome, final) => {
			if (settled) return;
			settled = true;
			stopWatching = !final;
			if (stopWatching) unsubscribe?.().catch(() => {});
			outcome();
		};
		tx.signAndSend(signer, ({ status, events, dispatchError }) => {
			const final = status.type === 'Finalized' || status.type === 'Invalid' || status.type === 'Drop';
			const included = status.type === 'BestChainBlockIncluded' || status.type === 'Finalized';
			const innerResult = findEvent(events.map(({ event }) => event), 'sudo', 'Sudid')?.palletEvent.data.sudoResult;
			const failure = dispatchError ?? (innerResult?.isErr ? innerResult.err : undefined);
			if (failure && included) {
				settle(() => reject(new DispatchFailure(errorName(client, failure))), final);
			} else if (status.type === 'Finalized') {
				settle(() => resolve(events.map(({ event }) => event)), final);
			} else if (final) {
				settle(() => reject(new Error(`transaction ${status.type}: ${status.value?.error}`)), final);
			}
		}).then((u) => {
			unsubscribe = u;
			if (stopWatching) u().catch(() => {});
		}, (error) => settle(() => reject(error), true));
	});
}

/**
 * The first event of `pallet.Name` among `events` (`pallet` in camel case, as in ERROR), or
 * undefined. Its fields are in `.palletEvent.data`.
 */
export function findEvent(events, pallet, name) {
	// An event enum whose variants all have no fields decodes to its name alone.
	const nameOf = ({ palletEvent }) => (typeof palletEvent === 'string' ? palletEvent : palletEvent?.name);
	return events.find((event) => stringCamelCase(event.pallet) === pallet && nameOf(event) === name);
}
