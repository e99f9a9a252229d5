// The calls the admin and proposal forms build, the reads they need, and a call in words:
// the views only gather input and show what these return.

import { u8aToString } from '@polkadot/util';
import { blake2AsHex, decodeAddress, encodeAddress } from '@polkadot/util-crypto';

/** A bounded call the runtime takes inline (`Bounded::Inline`, at most 128 bytes). */
const MAX_INLINE = 128;
export const ROLES = ['Member', 'Approver', 'Admin'];

/** `text` as an SS58 address (prefix 42), or null when it is not one. */
export function parseAddress(text) {
	try {
		const t = (text ?? '').trim();
		return t ? encodeAddress(decodeAddress(t), 42) : null;
	} catch {
		return null;
	}
}

/** An identity commitment: `0x` and 64 hex digits as given, else blake2_256 of the text (the evidence's salted summary). */
export function identityOf(text) {
	const t = (text ?? '').trim();
	if (!t) return null;
	return /^0x[0-9a-fA-F]{64}$/.test(t) ? t.toLowerCase() : blake2AsHex(new TextEncoder().encode(t), 256);
}

/** The active members of `coop` with their roles and registry names, admins first. */
export async function coopMembers(api, coop) {
	const entries = await api.query.registry.memberships.entries(coop);
	const active = entries.filter(([, r]) => r.isSome && r.unwrap().status.isActive);
	const people = await Promise.all(active.map(([key]) => api.query.registry.members(key.args[1])));
	return active.map(([key, r], i) => ({
		address: key.args[1].toString(),
		role: r.unwrap().role.type,
		name: people[i].isSome ? u8aToString(people[i].unwrap().name) : '',
	})).sort((a, b) => ROLES.indexOf(b.role) - ROLES.indexOf(a.role) || a.name.localeCompare(b.name));
}

/** Whether `coop` took admission, roles and removal away from its admins (only a vote makes them). */
export async function membersByVote(api, coop) {
	return (await api.query.registry.membersByVote(coop)).isSome;
}

/** The co-op whose federation vote `address` casts as its delegate, or null. */
export async function delegateOf(api, address) {
	const entries = await api.query.daco.delegates.entries();
	const found = entries.find(([, d]) => d.isSome && d.unwrap().toString() === address);
	return found ? found[0].args[0].toNumber() : null;
}

/** The free balance of a co-op's pool account. */
export async function poolBalance(api, pool) {
	return (await api.query.system.account(pool)).data.free.toBigInt();
}

/** The call encoded as `hex` (SCALE call data), decoded with the chain's metadata; throws if it does not decode. */
export function decodeCall(api, hex) {
	const t = (hex ?? '').trim();
	if (!/^0x([0-9a-fA-F]{2})+$/.test(t)) throw new Error('Call data is 0x followed by hex digits');
	const call = api.createType('Call', t);
	if (call.toHex() !== t.toLowerCase()) throw new Error('The call data has bytes left over after the call');
	return call;
}

/** The call itself, of a call or of an unsigned transaction (`api.tx.…(…)`). */
const callOf = (x) => (typeof x.method === 'string' ? x : x.method);

/** `pallet.call(arg: value, …)`, with nested calls in the same words. */
export function inWords(callOrTx) {
	const call = callOf(callOrTx);
	const names = call.meta.args.map((a) => a.name.toString());
	const args = call.args.map((arg, i) => {
		const value = typeof arg?.method === 'string' && arg?.section ? inWords(arg) : JSON.stringify(arg.toHuman());
		return `${names[i]}: ${value}`;
	});
	return `${call.section}.${call.method}(${args.join(', ')})`;
}

/**
 * The transaction that opens a proposal of `body` (`'Federation'` or `{ Coop: id }`) to run
 * `call`: inline when small, else its preimage noted in the same batch.
 */
export function proposeTx(api, body, callOrTx, description) {
	const call = callOf(callOrTx);
	const bytes = call.toU8a();
	const text = new TextEncoder().encode(description).slice(0, 256);
	if (bytes.length <= MAX_INLINE) return api.tx.daco.propose(body, { Inline: call.toHex() }, text);
	const lookup = { Lookup: { hash: blake2AsHex(bytes, 256), len: bytes.length } };
	return api.tx.utility.batchAll([api.tx.preimage.notePreimage(bytes), api.tx.daco.propose(body, lookup, text)]);
}

/** A body's thresholds from percentages and minutes (10 blocks a minute). */
export const thresholds = ({ quorum, approval, periodMinutes, deliberationMinutes }) => ({
	rule: { quorum: Math.round(quorum * 10_000_000), approval: Math.round(approval * 10_000_000), minAyes: 0 },
	votingPeriod: Math.round(periodMinutes * 10),
	minDeliberation: Math.round(deliberationMinutes * 10),
});
