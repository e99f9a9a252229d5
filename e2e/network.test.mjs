// The permissioned network on the four-validator `local` chain. Who may put transactions in
// the pool: an outsider's signed transaction is refused at submission, and a member's burst
// beyond the federation's rate limit is refused at submission too, each with its own code
// (`pallet_registry::transaction_gate::refusal`). Who validates: the federation votes a
// fifth validator in, which then authors blocks, and votes it out again.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { u8aToHex } from '@polkadot/util';

import {
	LOCAL_VALIDATORS, connect, finalizedNumber, localNetworkConfigs, rawRpc, startValidator, tempDir, waitFor,
} from './lib/node.mjs';
import { devAccount, freshAccount, send } from './lib/chain.mjs';
import { decide } from './lib/daco.mjs';

const NOT_MEMBER = 1;
const RATE_LIMITED = 3;
const BUILDERS = 1;

describe('a permissioned network', () => {
	const dir = tempDir('network');
	const nodes = [];
	let api;
	const [alice, bob, dave, eve, ferdie] = ['Alice', 'Bob', 'Dave', 'Eve', 'Ferdie'].map(devAccount);
	let configs;

	before(async () => {
		// Eve's node is configured too, and started only when she becomes a validator.
		configs = await localNetworkConfigs(dir, [...LOCAL_VALIDATORS, 'eve']);
		configs.slice(0, LOCAL_VALIDATORS.length).forEach((config, i) => { nodes[i] = startValidator(config); });
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

	it('the federation votes a fifth validator in: it authors and finality goes on; then votes it out', async () => {
		const eveNode = startValidator(configs[LOCAL_VALIDATORS.length]);
		nodes.push(eveNode);
		await waitFor('eve\'s node to sync', async () => {
			const health = await rawRpc(eveNode, 'system_health');
			return health.peers > 0 && !health.isSyncing;
		}, 120_000);
		// The operator's steps: keys made in the node's keystore, with a proof for her account.
		const { keys, proof } = await rawRpc(eveNode, 'author_rotateKeysWithOwner', [u8aToHex(eve.publicKey)]);
		await send(api, api.tx.session.setKeys(keys, proof), eve);

		const add = api.tx.validators.addValidator(eve.address, BUILDERS);
		const added = await decide(api, { body: 'Federation', call: add, ayes: [alice, dave], closer: bob });
		assert.ok(added.isOk, `added: ${added.toString()}`);
		// From the session after next (sessions are 10 blocks), Eve authors blocks.
		const authored = async () => (await api.query.validators.lastAuthored(eve.address)).isSome;
		await waitFor('a block authored by eve', authored, 240_000);
		assert.equal((await api.query.aura.authorities()).length, 5);
		const withFive = await finalizedNumber(api);
		await waitFor('finality with five validators', async () => (await finalizedNumber(api)) >= withFive + 3, 90_000);

		const remove = api.tx.validators.removeValidator(eve.address);
		const removed = await decide(api, { body: 'Federation', call: remove, ayes: [alice, dave], closer: bob });
		assert.ok(removed.isOk, `removed: ${removed.toString()}`);
		await waitFor('four authorities again', async () => (await api.query.aura.authorities()).length === 4, 240_000);
		const withFour = await finalizedNumber(api);
		await waitFor('finality with four again', async () => (await finalizedNumber(api)) >= withFour + 3, 90_000);
	});

	it("refuses a member's burst beyond the federation's rate limit at submission", async () => {
		const limit = { transactions: 5, blocks: 600 };
		const setLimit = api.tx.registry.setRateLimit(limit);
		const result = await decide(api, { body: 'Federation', call: setLimit, ayes: [alice, dave], closer: bob });
		assert.ok(result.isOk, `limit set: ${result.toString()}`);

		// Ferdie has sent nothing yet: five go in, the sixth and seventh are refused at once.
		const first = (await api.rpc.system.accountNextIndex(ferdie.address)).toNumber();
		for (let i = 0; i < limit.transactions; i++) {
			await submit(api.tx.system.remark(`0x0${i}`), ferdie, first + i);
		}
		for (let i = limit.transactions; i < limit.transactions + 2; i++) {
			await assert.rejects(submit(api.tx.system.remark(`0x0${i}`), ferdie, first + i), customError(RATE_LIMITED));
		}
		// The five are included.
		await waitFor('the five to land', async () => (await api.query.system.account(ferdie.address)).nonce.toNumber() === first + 5, 60_000);
	});
});
