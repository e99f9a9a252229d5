// Who may put a transaction in the pool: submitting as a wallet does, and the federation's
// rate limit.

import { RATE_LIMIT_PALLET } from './constants.mjs';

/** Signs `tx` (with `options`: nonce, tip, era) and submits it; resolves with its hash, or rejects with the pool's refusal. */
export async function submit(api, tx, signer, options = {}) {
	const signed = await tx.signAsync(signer, options);
	return api.rpc.author.submitExtrinsic(signed);
}

/** The rate limit in force: `{ transactions, blocks }`. */
export async function rateLimit(api) {
	const limit = await api.query[RATE_LIMIT_PALLET].transactionRateLimit();
	return { transactions: limit.transactions.toNumber(), blocks: limit.blocks.toNumber() };
}

/** The call that sets the rate limit, for the federation to decide. */
export function setRateLimit(api, limit) {
	return api.tx[RATE_LIMIT_PALLET].setRateLimit(limit);
}

/** The longest era the chain accepts (`gate.maxTransactionLongevity`): longer, or immortal, is refused with REFUSAL.NOT_MORTAL. */
export const MAX_ERA = 256;

/**
 * Signing options for many transactions signed at once (`signAsync(pair, { ...options, nonce })`):
 * mortal for `period` blocks from the finalised head, so none can be replayed after it, and no
 * round trip to the node per signature.
 */
export async function mortalOptions(api, period = MAX_ERA) {
	const blockHash = await api.rpc.chain.getFinalizedHead();
	const header = await api.rpc.chain.getHeader(blockHash);
	const era = api.registry.createType('ExtrinsicEra', { current: header.number.toNumber(), period });
	return { blockHash, era };
}
