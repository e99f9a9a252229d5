// The permissioned network on the four-validator `local` chain. Who may put transactions in
// the pool: an outsider's signed transaction is refused at submission; so are a member's
// burst beyond the federation's rate limit and a member's tip, each with its own code
// (the gate's `refusal` codes, REFUSAL in lib/constants.mjs). Who validates: the federation votes a
// fifth validator in, which then authors blocks, and votes it out again. Who peers: a node
// whose peer id the federation has not authorised gets no blocks, and the fifth validator's
// node, brought in through the operator's steps (`coop-node operator keys|request|status`),
// syncs once its peer id is voted in with it.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { u8aToHex } from '@polkadot/util';
import { base58Decode } from '@polkadot/util-crypto';

import { BUILDERS, REFUSAL } from './lib/constants.mjs';
import { refusedAtSubmission } from './lib/assert.mjs';
import { devAccounts, freshAccount, send } from './lib/chain.mjs';
import { FEDERATION, closePassed, federationDecides, propose, voteAye } from './lib/daco.mjs';
import { rateLimit, setRateLimit, submit } from './lib/gate.mjs';
import { useLocalNetwork } from './lib/networks.mjs';
import { coopNode, finalizedNumber, rawRpc, waitFor } from './lib/node.mjs';

/** `coop-node operator …`, which must succeed; its standard output. */
async function operator(...args) {
	const run = await coopNode('operator', ...args);
	assert.equal(run.status, 0, `coop-node operator ${args.join(' ')}\n${run.stdout}${run.stderr}`);
	return run.stdout;
}

describe('a permissioned network', () => {
	// Eve's and Ferdie's nodes, with node keys nobody has authorised, are started by the
	// tests that need them.
	const network = useLocalNetwork('network');
	const [alice, bob, charlie, eve, ferdie] = devAccounts('Alice', 'Bob', 'Charlie', 'Eve', 'Ferdie');

	it("refuses an outsider's signed transfer at submission", async () => {
		const { api } = network;
		const outsider = freshAccount('outsider');
		const transfer = api.tx.hours.transfer(bob.address, 1n);
		await refusedAtSubmission(submit(api, transfer, outsider, { nonce: 0 }), REFUSAL.NOT_MEMBER);
		// A member's transaction goes through.
		await send(api, api.tx.system.remark('0x01'), alice);
	});

	it("refuses a member's tip at submission: no place in a block is for sale", async () => {
		const { api } = network;
		const nonce = (await api.rpc.system.accountNextIndex(bob.address)).toNumber();
		await refusedAtSubmission(submit(api, api.tx.system.remark('0x02'), bob, { nonce, tip: 1n }), REFUSAL.TIP);
		// Nothing entered the pool: Bob's next nonce is still the same.
		assert.equal((await api.rpc.system.accountNextIndex(bob.address)).toNumber(), nonce);
	});

	it('gives no blocks to a node whose peer id the federation has not authorised', async () => {
		const { api } = network;
		// It knows the others' addresses (the running nodes are its bootnodes) and is left
		// at genesis while they finalise three more blocks.
		const ferdieNode = await network.start('ferdie');
		try {
			const from = await finalizedNumber(api);
			await waitFor('three more finalised blocks', async () => (await finalizedNumber(api)) >= from + 3, 90_000);
			const { currentBlock } = await rawRpc(ferdieNode, 'system_syncState');
			assert.equal(currentBlock, 0, 'the unauthorised node imported no block');
		} finally {
			await network.stop('ferdie');
		}
	});

	it('the federation votes a fifth validator and its node in: it authors and finality goes on; then votes it out', async () => {
		const { api } = network;
		assert.equal((await api.query.aura.authorities()).length, 4, 'four validators to begin with');
		const eveNode = await network.start('eve');
		// Eve's operator's steps (docs/operators.md): `operator keys` makes session keys in
		// her node's keystore and prints the call that registers them; `operator request`
		// prints the proposal that admits her node and her validator; the federation votes
		// that; `operator status` then says ok on every line.
		const keysOut = await operator('keys', '--account', eve.address, '--rpc', eveNode.url);
		const [, keys, proof] = /session\.setKeys\(keys: (0x[0-9a-f]+), proof: (0x[0-9a-f]+)\)/.exec(keysOut);
		// Eve registers her keys while the federation votes (the vote runs only at its close).
		const registered = send(api, api.tx.session.setKeys(keys, proof), eve);

		const request = await operator('request', '--account', eve.address, '--coop', String(BUILDERS), '--node-key-file', network.key('eve').path);
		const [, node, owner] = /nodeAuthorization\.addWellKnownNode\(node: (0x[0-9a-f]+), owner: (\w+)\)/.exec(request);
		const [, account, coop] = /validators\.addValidator\(account: (\w+), coop: (\d+)\)/.exec(request);
		assert.equal(node, u8aToHex(base58Decode(eveNode.peerId)), 'the request names the node by its peer id');
		const add = api.tx.utility.batchAll([
			api.tx.nodeAuthorization.addWellKnownNode(node, owner),
			api.tx.validators.addValidator(account, Number(coop)),
		]);
		const [, { result: added }] = await Promise.all([registered, federationDecides(api, add)]);
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
		// Eve stays in the set until the session after the one her removal passes in, so
		// the federation votes her out while her node's status and finality are checked.
		const removal = federationDecides(api, api.tx.validators.removeValidator(eve.address));
		const status = await coopNode('operator', 'status', '--account', eve.address, '--rpc', eveNode.url);
		assert.equal(status.status, 0, `operator status on eve's node:\n${status.stdout}${status.stderr}`);
		assert.doesNotMatch(status.stdout, /^FAIL/m);
		const withFive = await finalizedNumber(api);
		await waitFor('finality with five validators', async () => (await finalizedNumber(api)) >= withFive + 3, 90_000);

		const removed = (await removal).result;
		assert.ok(removed.isOk, `removed: ${removed.toString()}`);
		await waitFor('four authorities again', async () => (await api.query.aura.authorities()).length === 4, 240_000);
		const withFour = await finalizedNumber(api);
		await waitFor('finality with four again', async () => (await finalizedNumber(api)) >= withFour + 3, 90_000);
	});

	it("refuses a member's burst beyond the federation's rate limit at submission", async () => {
		const { api } = network;
		// The vote that puts the limit in force back is opened and voted on first: once the
		// limit is five, its voters may have used theirs up. Charlie, who sends nothing else
		// in this file, closes it at the end.
		const previous = await rateLimit(api);
		const restore = await propose(api, FEDERATION.ayes[0], FEDERATION.body, setRateLimit(api, previous));
		await voteAye(api, restore, FEDERATION.ayes);
		let failure;
		try {
			const limit = { transactions: 5, blocks: 600 };
			const { result } = await federationDecides(api, setRateLimit(api, limit));
			assert.ok(result.isOk, `limit set: ${result.toString()}`);
			assert.deepEqual(await rateLimit(api), limit);

			// Ferdie sends nothing else in this file: five go in, the sixth and seventh are
			// refused at once.
			const first = (await api.rpc.system.accountNextIndex(ferdie.address)).toNumber();
			for (let i = 0; i < limit.transactions; i++) {
				await submit(api, api.tx.system.remark(`0x0${i}`), ferdie, { nonce: first + i });
			}
			for (let i = limit.transactions; i < limit.transactions + 2; i++) {
				await refusedAtSubmission(submit(api, api.tx.system.remark(`0x0${i}`), ferdie, { nonce: first + i }), REFUSAL.RATE_LIMITED);
			}
			// The five are included.
			await waitFor('the five to land', async () => (await api.query.system.account(ferdie.address)).nonce.toNumber() === first + 5, 60_000);
		} catch (error) {
			failure = error;
		}
		// Also after a failure, so that the other tests meet the limit they always do.
		const restored = await closePassed(api, restore, charlie).catch((error) => { throw failure ?? error; });
		if (failure) throw failure;
		assert.ok(restored.result.isOk, `limit restored: ${restored.result.toString()}`);
		assert.deepEqual(await rateLimit(api), previous);
	});
});
