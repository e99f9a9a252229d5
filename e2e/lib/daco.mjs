// Deciding things by vote, as co-op members do with a wallet: propose, vote, close.

import assert from 'node:assert/strict';

import { findEvent, send } from './chain.mjs';

/** Opens a proposal of `body` to run `call` (held inline); returns its id. */
export async function propose(api, proposer, body, call) {
	const events = await send(api, api.tx.daco.propose(body, { Inline: call.method.toHex() }, 'e2e'), proposer);
	return findEvent(events, 'daco', 'Proposed').data.proposal.toNumber();
}

/** Closes `proposal`, asserts it passed, and returns its `Executed` event's data. */
export async function closePassed(api, proposal, closer) {
	const events = await send(api, api.tx.daco.close(proposal), closer);
	assert.ok(findEvent(events, 'daco', 'Closed').data.passed.isTrue, `proposal ${proposal} passed`);
	return findEvent(events, 'daco', 'Executed').data;
}

/**
 * `call` decided by `body`: proposed by the first of `ayes`, voted aye by all of them, closed
 * by `closer`. Returns the call's result (`Ok` or the error).
 */
export async function decide(api, { body, call, ayes, closer }) {
	const proposal = await propose(api, ayes[0], body, call);
	for (const voter of ayes) await send(api, api.tx.daco.vote(proposal, 'Aye'), voter);
	return (await closePassed(api, proposal, closer)).result;
}
