// Talking to the chain as a wallet does: signing, waiting for finality, reading the error a
// failed call ended with, and reading balances and the chain's day.

import { randomBytes } from 'node:crypto';

import { Keyring } from '@polkadot/keyring';

import { DAY_MS, SS58_FORMAT } from './constants.mjs';
import { waitFor } from './node.mjs';

/** A call that was included but failed; `error` is `pallet.Name`, as clients show it. */
export class DispatchFailure extends Error {
	constructor(error) {
		super(`dispatch failed: ${error}`);
		this.error = error;
	}
}

/**
 * `pallet.Name` of a pallet's error; otherwise the dispatch error's own name (`BadOrigin`),
 * with its kind's where it has one (`Token.FundsUnavailable`).
 */
function errorName(api, dispatchError) {
	if (dispatchError.isModule) {
		const { section, name } = api.registry.findMetaError(dispatchError.asModule);
		return `${section}.${name}`;
	}
	const kind = dispatchError.value?.type;
	return kind ? `${dispatchError.type}.${kind}` : dispatchError.type;
}

/**
 * Signs and submits `tx`, waits until its block is finalised and returns its events.
 * Rejects with a DispatchFailure if the call (or the call inside `sudo.sudo`) failed.
 */
export function send(api, tx, signer) {
	return new Promise((resolve, reject) => {
		let unsubscribe;
		tx.signAndSend(signer, ({ status, events, dispatchError }) => {
			const inner = events.find(({ event }) => api.events.sudo?.Sudid.is(event));
			const innerResult = inner?.event.data.sudoResult;
			const failure = dispatchError ?? (innerResult?.isErr ? innerResult.asErr : undefined);
			if (failure && (status.isInBlock || status.isFinalized)) {
				unsubscribe?.();
				reject(new DispatchFailure(errorName(api, failure)));
			} else if (status.isFinalized) {
				unsubscribe?.();
				resolve(events.map(({ event }) => event));
			} else if (status.isInvalid || status.isDropped || status.isUsurped) {
				unsubscribe?.();
				reject(new Error(`transaction ${status.type}`));
			}
		}).then((u) => { unsubscribe = u; }, reject);
	});
}

/** The first event of `pallet.Name` among `events`, or undefined. */
export function findEvent(events, pallet, name) {
	return events.find((event) => event.section === pallet && event.method === name);
}

const keyring = () => new Keyring({ type: 'sr25519', ss58Format: SS58_FORMAT });

/** A new sr25519 key nobody else uses, as a member's wallet would create. */
export function freshAccount(label) {
	return keyring().addFromUri(`//coop-e2e/${label}/${randomBytes(8).toString('hex')}`);
}

/** A random identity commitment (what a co-op would hash from the evidence it checked). */
export function freshIdentity() {
	return `0x${randomBytes(32).toString('hex')}`;
}

/** A well-known dev account (`Alice`, `Bob`, …). */
export function devAccount(name) {
	return keyring().addFromUri(`//${name}`);
}

/** The well-known dev accounts of `names`, in order. */
export function devAccounts(...names) {
	return names.map(devAccount);
}

/** The free balance of `who` (an address), in units; at block `hash` if given. */
export async function freeBalance(api, who, hash) {
	const at = hash ? await api.at(hash) : api;
	return (await at.query.system.account(who)).data.free.toBigInt();
}

/** The chain's state at its genesis block, to read what the chain starts with. */
export async function atGenesis(api) {
	return api.at(await api.rpc.chain.getBlockHash(0));
}

/**
 * The chain's day (days since the epoch, by its latest block's timestamp), as claims name
 * it. The genesis block has no timestamp: this waits for block 1.
 */
export async function chainDay(api) {
	const now = await waitFor('a block with a timestamp', async () => (await api.query.timestamp.now()).toNumber(), 60_000);
	return Math.floor(now / DAY_MS);
}
