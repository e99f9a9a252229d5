// The permissioned network on the four-validator `local` chain. Who may put transactions in
// the pool: an outsider's signed transaction is refused at submission; so are a member's
// burst beyond the federation's rate limit and a member's tip, each with its own code
// (`pallet_registry::transaction_gate::refusal`). Who validates: the federation votes a
// fifth validator in, which then authors blocks, and votes it out again. Who peers: a node
// whose peer id the federation has not authorised gets no blocks, and the fifth validator's
// node syncs once its peer id is voted in with it.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { u8aToHex } from '@polkadot/util';
import { base58Decode } from '@polkadot/util-crypto';

import {
	LOCAL_VALIDATORS, connect, finalizedNumber, localNetworkConfigs, rawRpc, startValidator, tempDir, waitFor,
} from './lib/node.mjs';
import { devAccount, freshAccount, send } from './lib/chain.mjs';
import { decide } from './lib/daco.mjs';

const NOT_MEMBER = 1;
const RATE_LIMITED = 3;
const TIP = 4;
const BUILDERS = 1;

describe('a permissioned network', () => {
	const dir = tempDir('network');
	const nodes = [];
	let api;
	const [alice, bob, dave, eve, ferdie] = ['Alice', 'Bob', 'Dave', 'Eve', 'Ferdie'].map(devAccount);
	let configs;
	const configOf = (name) => configs.find((config) => config.name === name);

	before(async () => {
		// Eve's and Ferdie's nodes are configured too, with node keys nobody has authorised,
		// and started by the tests that need them.
		configs = await localNetworkConfigs(dir, [...LOCAL_VALIDATORS, 'eve', 'ferdie']);
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

	it("refuses a member's tip at submission: no place in a block is for sale", async () => {
		const nonce = (await api.rpc.system.accountNextIndex(bob.address)).toNumber();
		const signed = await api.tx.system.remark('0x02').signAsync(bob, { nonce, tip: 1n });
		await assert.rejects(api.rpc.author.submitExtrinsic(signed), customError(TIP));
		// Nothing entered the pool: Bob's next nonce is still the same.
		assert.equal((await api.rpc.system.accountNextIndex(bob.address)).toNumber(), nonce);
	});

	it('gives no blocks to a node whose peer id the federation has not authorised', async () => {
		const ferdieNode = startValidator(configOf('ferdie'));
		nodes.push(ferdieNode);
		// It knows the others' addresses (Alice's node is its bootnode) and is left at genesis
		// while they finalise three more blocks.
		await waitFor('ferdie\'s RPC', () => rawRpc(ferdieNode, 'system_health'), 60_000);
		const from = await finalizedNumber(api);
		await waitFor('three more finalised blocks', async () => (await finalizedNumber(api)) >= from + 3, 90_000);
		const { currentBlock } = await rawRpc(ferdieNode, 'system_syncState');
		assert.equal(currentBlock, 0, 'the unauthorised node imported no block');
		await ferdieNode.stop();
	});

	it('the federation votes a fifth validator and its node in: it authors and finality goes on; then votes it out', async () => {
		const eveConfig = configOf('eve');
		const eveNode = startValidator(eveConfig);
		nodes.push(eveNode);
		// The operator's steps: keys made in the node's keystore, with a proof for her account,
		// and the node's peer id for the federation to authorise with her validator.
		const { keys, proof } = await waitFor('eve\'s RPC', () => rawRpc(eveNode, 'author_rotateKeysWithOwner', [u8aToHex(eve.publicKey)]), 60_000);
		await send(api, api.tx.session.setKeys(keys, proof), eve);

		const add = api.tx.utility.batchAll([
			api.tx.nodeAuthorization.addWellKnownNode(u8aToHex(base58Decode(eveConfig.peerId)), eve.address),
			api.tx.validators.addValidator(eve.address, BUILDERS),
		]);
		const added = await decide(api, { body: 'Federation', call: add, ayes: [alice, dave], closer: bob });
		assert.ok(added.isOk, `added: ${added.toString()}`);
		await waitFor('eve\'s node to sync once authorised', async () => {
			const health = await rawRpc(eveNode, 'system_health');
			const { currentBlock } = await rawRpc(eveNode, 'system_syncState');
			return health.peers > 0 && !health.isSyncing && currentBlock > 0;
		}, 120_000);
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
