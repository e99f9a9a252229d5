// Load on a live chain, set up as a federation would: the throughput benchmark
// (bench-tps.mjs) and the long-running load (soak.mjs) share it.

import { readFile } from 'node:fs/promises';

import { hexToU8a } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';

import { BAKERS, HOUR } from './constants.mjs';
import { devAccounts, freshAccount, freshIdentity, send } from './chain.mjs';
import { federationDecides } from './daco.mjs';
import { setRateLimit } from './gate.mjs';
import { earn } from './hours.mjs';

/**
 * `count` new members of the Bakers, each holding HOUR to pay with, under a rate limit the
 * federation votes so that each may send `perWindow` transactions a 10-block window (and
 * the set-up's batches, which count every call they carry, fit too). Alice, the Bakers'
 * admin, admits them in one batch and each accepts with their own key; Charlie works an
 * hour, Bob approves it, and Charlie shares it out.
 */
export async function payingMembers(api, { count, perWindow, label }) {
	const [alice, bob, charlie] = devAccounts('Alice', 'Bob', 'Charlie');
	const limit = { transactions: Math.max(perWindow, count) + 10, blocks: 10 };
	const limitSet = (await federationDecides(api, setRateLimit(api, limit))).result;
	if (!limitSet.isOk) throw new Error(`rate limit not set: ${limitSet.toString()}`);

	const members = Array.from({ length: count }, (_, i) => freshAccount(`${label}-${i}`));
	const admit = members.map((m, i) => api.tx.registry.addMember(BAKERS, m.address, freshIdentity(), `${label} ${i}`));
	await send(api, api.tx.utility.batchAll(admit), alice);
	await Promise.all(members.map((m) => send(api, api.tx.registry.acceptInvitation(BAKERS), m)));

	await earn(api, { member: charlie, coop: BAKERS, minutes: 60, approver: bob });
	const share = HOUR / BigInt(count + 1);
	await send(api, api.tx.utility.batchAll(members.map((m) => api.tx.hours.transfer(m.address, share))), charlie);
	return members;
}

/** The hashes of a block's extrinsics, from its raw form (decoding thousands would be slow). */
export async function extrinsicHashes(api, blockHash) {
	const { block } = await api.rpc.chain.getBlock.raw(blockHash);
	return block.extrinsics.map((extrinsic) => blake2AsHex(hexToU8a(extrinsic), 256));
}

/** The q-quantile of sorted numbers. */
export function quantile(sorted, q) {
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** A running process's resident memory in MB, from /proc (undefined once it has exited). */
export async function residentMb(pid) {
	try {
		const status = await readFile(`/proc/${pid}/status`, 'utf8');
		const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]);
		return Math.round(kb / 1024);
	} catch {
		return undefined;
	}
}
