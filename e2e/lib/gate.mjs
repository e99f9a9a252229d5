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
