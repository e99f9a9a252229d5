// Earning HOUR as members do: log work, have an approver of the co-op approve it.

import assert from 'node:assert/strict';

import { encodeAddress } from '@polkadot/util-crypto';
import { stringToU8a, u8aConcat } from '@polkadot/util';

import { SS58_FORMAT } from './constants.mjs';
import { chainDay, findEvent, send } from './chain.mjs';

/** The memo of work logged by the live tests (a hash of what was done, in real use). */
export const MEMO = `0x${'e2'.repeat(32)}`;

/** The pool account of a co-op: `modl` + the registry's pallet id + the co-op id, zero-padded. */
export function poolOf(coop) {
	const id = new Uint8Array(4);
	new DataView(id.buffer).setUint32(0, coop, true);
	return encodeAddress(u8aConcat(stringToU8a('modlcoop/reg'), id, new Uint8Array(16)), SS58_FORMAT);
}

/** `member` logs `minutes` of today's work for `coop`; returns the claim's id. */
export async function logWork(api, member, coop, minutes) {
	const events = await send(api, api.tx.hours.logWork(coop, minutes, await chainDay(api), MEMO), member);
	return findEvent(events, 'hours', 'WorkLogged').data.claim.toNumber();
}

/**
 * `member` logs `minutes` of work for `coop` and `approver` approves it; returns the
 * claim's id and the `WorkPaid` event's amount.
 */
export async function earn(api, { member, coop, minutes, approver }) {
	const claim = await logWork(api, member, coop, minutes);
	const paid = findEvent(await send(api, api.tx.hours.approve(claim), approver), 'hours', 'WorkPaid');
	assert.ok(paid, `claim ${claim} paid`);
	return { claim, amount: paid.data.amount.toBigInt() };
}
