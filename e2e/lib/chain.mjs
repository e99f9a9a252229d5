// Talking to the chain as a wallet does: signing, waiting for finality, and reading the
// pallet error a failed call ended with.

import { randomBytes } from 'node:crypto';

import { Keyring } from '@polkadot/keyring';

/** A call that was included but failed; `error` is `pallet.Name`, as clients show it. */
export class DispatchFailure extends Error {
	constructor(error) {
		super(`dispatch failed: ${error}`);
		this.error = error;
	}
}

/** `pallet.Name` of a dispatch error, or its text if it is not a pallet's error. */
function errorName(api, dispatchError) {
	if (dispatchError.isModule) {
		const { section, name } = api.registry.findMetaError(dispatchError.asModule);
		return `${section}.${name}`;
	}
	return dispatchError.toString();
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

/** A new sr25519 key nobody else uses, as a member's wallet would create. */
export function freshAccount(label) {
	return new Keyring({ type: 'sr25519', ss58Format: 42 })
		.addFromUri(`//coop-e2e/${label}/${randomBytes(8).toString('hex')}`);
}

/** A random identity commitment (what a co-op would hash from the evidence it checked). */
export function freshIdentity() {
	return `0x${randomBytes(32).toString('hex')}`;
}

/** A well-known dev account (`Alice`, `Bob`, …). */
export function devAccount(name) {
	return new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromUri(`//${name}`);
}
