// Assertions the live tests share: how a refusal must look.

import assert from 'node:assert/strict';

import { DispatchFailure } from './chain.mjs';

/** Fails unless `promise` rejects with the dispatch error `name` (`pallet.Error`, see ERROR). */
export async function refusedWith(promise, name) {
	await assert.rejects(promise, (error) => {
		assert.ok(error instanceof DispatchFailure, `${error}`);
		assert.equal(error.error, name);
		return true;
	});
}

/** Fails unless `promise` rejects as the pool refuses with `InvalidTransaction::Custom(code)` (see REFUSAL). */
export async function refusedAtSubmission(promise, code) {
	await assert.rejects(promise, new RegExp(`1010: Invalid Transaction: Custom error: ${code}\\b`));
}
