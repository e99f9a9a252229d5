// Deciding things by vote, as co-op members do with a wallet: propose, vote, close.

import assert from 'node:assert/strict';

import { devAccounts, findEvent, send } from './chain.mjs';

/** Opens a proposal of `body` to run `call` (held inline); returns its id. */
export async function propose(api, proposer, body, call) {
	const events = await send(api, api.tx.daco.propose(body, { Inline: call.method.toHex() }, 'e2e'), proposer);
	return findEvent(events, 'daco', 'Proposed').data.proposal.toNumber();
}

/**
 * `voters` each vote aye on `proposal`, all at once, as members do from their own wallets:
 * the votes share blocks instead of waiting for each other's finality.
 */
export async function voteAye(api, proposal, voters) {
	await Promise.all(voters.map((voter) => send(api, api.tx.daco.vote(proposal, 'Aye'), voter)));
}

/**
 * Closes `proposal` and asserts it passed; returns the call's result (`Ok` or the error)
 * and the events of the close, those of the call among them.
 */
export async function closePassed(api, proposal, closer) {
	const events = await send(api, api.tx.daco.close(proposal), closer);
	assert.ok(findEvent(events, 'daco', 'Closed').data.passed.isTrue, `proposal ${proposal} passed`);
	return { result: findEvent(events, 'daco', 'Executed').data.result, events };
}

/**
 * `call` decided by `body`: proposed by the first of `ayes`, voted aye by all of them, closed
 * by `closer`. Returns what `closePassed` does.
 */
export async function decide(api, { body, call, ayes, closer }) {
	const proposal = await propose(api, ayes[0], body, call);
	await voteAye(api, proposal, ayes);
	return closePassed(api, proposal, closer);
}

/**
 * Every member of the Bakers in both genesis presets: a co-op's proposal closes before its
 * period ends only once its whole electorate voted (or after a day of deliberation).
 */
export const BAKERS_MEMBERS = Object.freeze(devAccounts('Alice', 'Bob', 'Charlie'));

/**
 * The federation's voters in both genesis presets: the delegates of the two founding
 * co-ops, Alice (Bakers) and Dave (Builders); Bob, who is neither, closes.
 */
export const FEDERATION = Object.freeze({ body: 'Federation', ayes: devAccounts('Alice', 'Dave'), closer: devAccounts('Bob')[0] });

/** `call` decided by the federation, both founding co-ops voting aye. */
export function federationDecides(api, call) {
	return decide(api, { ...FEDERATION, call });
}
