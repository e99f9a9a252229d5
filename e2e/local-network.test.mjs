// Four validators on loopback (the `local` chain): they agree on finality, keep finalising
// when one of them is killed outright, and the killed one catches up when it comes back; a
// burst of member transfers survives a validator killed and restarted in the middle of it,
// and the whole network stopped and started again goes on from its finalised head.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { BAKERS, BUILDERS } from './lib/constants.mjs';
import { devAccounts, findEvent, send } from './lib/chain.mjs';
import { federationDecides } from './lib/daco.mjs';
import { mortalOptions, setRateLimit } from './lib/gate.mjs';
import { logWork } from './lib/hours.mjs';
import { LOCAL_VALIDATORS, useLocalNetwork } from './lib/networks.mjs';
import { bestNumber, finalizedNumber, waitFor } from './lib/node.mjs';

describe('four-validator local network', () => {
	const network = useLocalNetwork('local');
	/** The APIs of `names`' nodes, in order. */
	const apisOf = (names) => Promise.all(names.map((name) => network.apiOf(name)));
	const SURVIVORS = LOCAL_VALIDATORS.filter((name) => name !== 'dave');

	/** The hash every node of `apis` holds at `height`, one per node. */
	async function hashesAt(height, apis) {
		return Promise.all(apis.map(async (api) => (await api.rpc.chain.getBlockHash(height)).toHex()));
	}

	it('peers all four and agrees on the finalised head', async () => {
		await network.startValidators();
		const apis = await apisOf(LOCAL_VALIDATORS);
		await waitFor('every node to see three peers', async () => {
			const health = await Promise.all(apis.map((api) => api.rpc.system.health()));
			return health.every((h) => h.peers.toNumber() === 3);
		}, 120_000);
		await waitFor('finality on every node', async () => {
			const finals = await Promise.all(apis.map(finalizedNumber));
			return finals.every((n) => n >= 2);
		}, 120_000);
		// Nodes finalise at slightly different moments: compare at the lowest finalised height.
		const common = Math.min(...(await Promise.all(apis.map(finalizedNumber))));
		const hashes = await hashesAt(common, apis);
		assert.equal(new Set(hashes).size, 1, `one finalised block at #${common}: ${hashes}`);
	});

	it('keeps finalising on three validators after one is SIGKILLed', async () => {
		await network.startValidators();
		const survivors = await apisOf(SURVIVORS);
		const { signal } = await network.kill('dave');
		assert.equal(signal, 'SIGKILL');

		const start = await finalizedNumber(network.api);
		await waitFor('finality to advance by 3 blocks without dave', async () => (await finalizedNumber(network.api)) >= start + 3, 120_000);
		const common = Math.min(...(await Promise.all(survivors.map(finalizedNumber))));
		assert.equal(new Set(await hashesAt(common, survivors)).size, 1);
	});

	it('lets the killed validator catch up to the same finalised head, losing nothing', async () => {
		// Dave's node is down (the test before killed it) or is killed now; either way the
		// others finalise three more blocks without it.
		await network.startValidators(SURVIVORS);
		if (network.isRunning('dave')) await network.kill('dave');
		const alice = network.api;
		const killedAt = await finalizedNumber(alice);
		await waitFor('three finalised blocks without dave', async () => (await finalizedNumber(alice)) >= killedAt + 3, 120_000);

		await network.start('dave');
		const dave = await network.apiOf('dave');
		const target = await finalizedNumber(alice);
		await waitFor(`dave to finalise #${target}`, async () => (await finalizedNumber(dave)) >= target, 120_000);
		const [aliceHash, daveHash] = await hashesAt(target, [alice, dave]);
		assert.equal(daveHash, aliceHash);
		// Every block up to there is on dave's disk, the ones from before the kill included.
		for (const height of [1, Math.floor(target / 2), target]) {
			const [a, d] = await hashesAt(height, [alice, dave]);
			assert.equal(d, a, `block #${height}`);
		}
		assert.ok((await bestNumber(dave)) >= target);
	});

	it('finalises every transfer of a 2,000-transfer burst, none resubmitted, while a validator is killed and restarted', async () => {
		await network.startValidators();
		const [alice, bob, charlie, daveAccount, eve, ferdie] = devAccounts('Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie');
		const { api } = network;

		// Four members earn an hour each (one approver apiece, so the approvals go in parallel).
		const senders = [alice, charlie, eve, ferdie];
		const claims = [[alice, BAKERS, bob], [charlie, BAKERS, alice], [eve, BUILDERS, daveAccount], [ferdie, BUILDERS, eve]];
		// Two rounds, so that no one signs two transactions at once.
		const logged = await Promise.all(claims.map(([member, coop]) => logWork(api, member, coop, 60)));
		const approvals = await Promise.all(claims.map(([, , approver], i) => send(api, api.tx.hours.approve(logged[i]), approver)));
		approvals.forEach((events) => assert.ok(findEvent(events, 'hours', 'WorkPaid')));
		// The federation lets a member queue 1,000 transactions in ten blocks.
		const limitSet = (await federationDecides(api, setRateLimit(api, { transactions: 1000, blocks: 10 }))).result;
		assert.ok(limitSet.isOk, `limit set: ${limitSet.toString()}`);

		const everyone = [alice, bob, charlie, daveAccount, eve, ferdie].map((pair) => pair.address);
		const balancesAt = async (nodeApi, hash) => {
			const at = await nodeApi.at(hash);
			return Promise.all(everyone.map(async (who) => (await at.query.system.account(who)).data.free.toBigInt()));
		};
		const before = await balancesAt(api, await api.rpc.chain.getFinalizedHead());
		const issuance = (await api.query.balances.totalIssuance()).toBigInt();

		// 500 pre-signed transfers per sender, paid to Bob and Dave in turn, 1 to 4 units each.
		const PER_SENDER = 500;
		const transferOf = (k) => ({ to: k % 2 === 0 ? bob : daveAccount, amount: BigInt(1 + (k % 4)) });
		const sign = (s, k) => {
			const { to, amount } = transferOf(k);
			return api.tx.hours.transfer(to.address, amount).signAsync(senders[s], { ...mortal, nonce: firstNonces[s] + k });
		};
		/** The balances once each sender's first `counts[s]` transfers are in. */
		const expectedAfter = (counts) => {
			const expected = [...before];
			counts.forEach((count, s) => {
				for (let k = 0; k < count; k++) {
					const { to, amount } = transferOf(k);
					expected[everyone.indexOf(senders[s].address)] -= amount;
					expected[everyone.indexOf(to.address)] += amount;
				}
			});
			return expected;
		};
		const firstNonces = await Promise.all(senders.map(async (s) => (await api.rpc.system.accountNextIndex(s.address)).toNumber()));
		const mortal = await mortalOptions(api);
		const signed = [];
		for (let s = 0; s < senders.length; s++) {
			for (let k = 0; k < PER_SENDER; k++) signed.push(await sign(s, k));
		}
		/** How many of each sender's transfers the block `hash` holds (nonces are in order). */
		const includedAt = async (nodeApi, hash) => {
			const at = await nodeApi.at(hash);
			return Promise.all(senders.map(async (s, i) => (await at.query.system.account(s.address)).nonce.toNumber() - firstNonces[i]));
		};
		const allFinalised = (timeoutMs) => waitFor('all 2,000 transfers finalised', async () => {
			const hash = await api.rpc.chain.getFinalizedHead();
			return (await includedAt(api, hash)).every((n) => n === PER_SENDER) && hash;
		}, timeoutMs, 2000);

		// Interleave the senders, as a busy network would see them, and submit through Bob's
		// node; Dave's is killed halfway and restarted once every transfer is in.
		const order = signed.map((_, i) => signed[(i % senders.length) * PER_SENDER + Math.floor(i / senders.length)]);
		const submitter = await network.apiOf('bob');
		for (const [i, tx] of order.entries()) {
			if (i === order.length / 2) await network.kill('dave');
			await submitter.rpc.author.submitExtrinsic(tx);
		}
		await network.start('dave');
		const dave = await network.apiOf('dave');

		// Nothing the pool accepted is lost: no transfer is signed again or resubmitted (the
		// node's pool is sized for the members' rate limit: node/src/pool.rs). What is
		// finalised meanwhile is exactly what the finalised transfers make it.
		const finalisedHash = await allFinalised(300_000).catch(async (error) => {
			const hash = await api.rpc.chain.getFinalizedHead();
			const counts = await includedAt(api, hash);
			assert.deepEqual(await balancesAt(api, hash), expectedAfter(counts));
			throw new Error(`${counts.reduce((a, b) => a + b)} of 2,000 finalised: ${error.message}`);
		});

		// Every transfer is in a finalised block, and the balances are exactly the expected.
		const expected = expectedAfter(senders.map(() => PER_SENDER));
		assert.deepEqual(await balancesAt(api, finalisedHash), expected);
		assert.equal((await api.query.balances.totalIssuance()).toBigInt(), issuance, 'no HOUR made or lost');
		// Dave's node, killed in the middle, holds the same finalised state.
		const height = (await api.rpc.chain.getHeader(finalisedHash)).number.toNumber();
		await waitFor(`dave to finalise #${height}`, async () => (await finalizedNumber(dave)) >= height, 180_000);
		assert.equal((await dave.rpc.chain.getBlockHash(height)).toHex(), finalisedHash.toHex());
		assert.deepEqual(await balancesAt(dave, finalisedHash), expected);
	});

	it('stops all four and starts them again: the finalised head is kept and the chain goes on', async () => {
		await network.startValidators();
		const height = await finalizedNumber(network.api);
		const hash = (await network.api.rpc.chain.getBlockHash(height)).toHex();
		const stopped = await network.stopAll();
		for (const [name, { signal, code }] of stopped) assert.ok(signal === 'SIGINT' || code === 0, `${name}: clean exit: ${signal ?? code}`);

		await network.startValidators();
		const apis = await apisOf(LOCAL_VALIDATORS);
		for (const api of apis) {
			assert.ok((await finalizedNumber(api)) >= height, 'finalised head kept');
			assert.equal((await api.rpc.chain.getBlockHash(height)).toHex(), hash);
		}
		await waitFor('finality to advance by 3 blocks after the restart', async () => {
			const finals = await Promise.all(apis.map(finalizedNumber));
			return finals.every((n) => n >= height + 3);
		}, 180_000);
	});
});
