// The permissioned network on the four-validator `local` chain: who may put transactions in
// the pool. An outsider's signed transaction is refused at submission, and a member's burst
// beyond the federation's rate limit is refused at submission too, each with its own code
// (`pallet_registry::transaction_gate::refusal`).

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { connect, finalizedNumber, localNetworkConfigs, startValidator, tempDir, waitFor } from './lib/node.mjs';
import { devAccount, freshAccount, send } from './lib/chain.mjs';
import { decide } from './lib/daco.mjs';

const NOT_MEMBER = 1;
const RATE_LIMITED = 3;

describe('a permissioned network', () => {
	const dir = tempDir('network');
	const nodes = [];
	let api;
	const [alice, bob, dave, eve] = ['Alice', 'Bob', 'Dave', 'Eve'].map(devAccount);

	before(async () => {
		const configs = await localNetworkConfigs(dir);
		configs.forEach((config, i) => { nodes[i] = startValidator(config); });
		api = await connect(nodes[0].url);
		await waitFor('finality', async () => (await finalizedNumber(api)) >= 1, 120_000);
	});

	after(async () => {
		await api?.disconnect();
		await Promise.all(nodes.map((node) => node?.stop()));
	});

	/** Submits a signed `tx` and resolves with its hash, or rejects with the pool's error. */
	async function submit(tx, signer, nonce) {
		const signed = await tx.signAsync(signer, { nonce });
		return api.rpc.author.submitExtrinsic(signed);
	}

	/** A matcher for the pool's refusal with `InvalidTransaction::Custom(code)`. */
	const customError = (code) => new RegExp(`1010: Invalid Transaction: Custom error: ${code}\\b`);

	it("refuses an outsider's signed transfer at submission", async () => {
		const outsider = freshAccount('outsider');
		const transfer = api.tx.hours.transfer(bob.address, 1n);
		await assert.rejects(submit(transfer, outsider, 0), customError(NOT_MEMBER));
		// A member's transaction goes through.
		await send(api, api.tx.system.remark('0x01'), alice);
	});

	it("refuses a member's burst beyond the federation's rate limit at submission", async () => {
		const limit = { transactions: 5, blocks: 600 };
		const setLimit = api.tx.registry.setRateLimit(limit);
		const result = await decide(api, { body: 'Federation', call: setLimit, ayes: [alice, dave], closer: bob });
		assert.ok(result.isOk, `limit set: ${result.toString()}`);

		// Eve has sent nothing yet: five go in, the sixth and seventh are refused at once.
		const first = (await api.rpc.system.accountNextIndex(eve.address)).toNumber();
		for (let i = 0; i < limit.transactions; i++) {
			await submit(api.tx.system.remark(`0x0${i}`), eve, first + i);
		}
		for (let i = limit.transactions; i < limit.transactions + 2; i++) {
			await assert.rejects(submit(api.tx.system.remark(`0x0${i}`), eve, first + i), customError(RATE_LIMITED));
		}
		// The five are included.
		await waitFor('the five to land', async () => (await api.query.system.account(eve.address)).nonce.toNumber() === first + 5, 60_000);
	});
});
