// Four validators on loopback (the `local` chain): they agree on finality, keep finalising
// when one of them is killed outright, and the killed one catches up when it comes back.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { LOCAL_VALIDATORS as NAMES, bestNumber, connect, finalizedNumber, localNetworkConfigs, startValidator, tempDir, waitFor } from './lib/node.mjs';

describe('four-validator local network', () => {
	const dir = tempDir('local');
	const nodes = [];
	const apis = [];
	let config = [];

	function start(i) {
		nodes[i] = startValidator(config[i]);
	}

	before(async () => {
		config = await localNetworkConfigs(dir);
		NAMES.forEach((_, i) => start(i));
		for (let i = 0; i < NAMES.length; i++) apis[i] = await connect(nodes[i].url);
	});

	after(async () => {
		await Promise.all(apis.map((api) => api?.disconnect().catch(() => {})));
		await Promise.all(nodes.map((node) => node?.stop()));
	});

	/** The hash every node holds at `height`, one per node. */
	async function hashesAt(height, which = apis) {
		return Promise.all(which.map(async (api) => (await api.rpc.chain.getBlockHash(height)).toHex()));
	}

	it('peers all four and agrees on the finalised head', async () => {
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
		const hashes = await hashesAt(common);
		assert.equal(new Set(hashes).size, 1, `one finalised block at #${common}: ${hashes}`);
	});

	it('keeps finalising on three validators after one is SIGKILLed', async () => {
		const dave = NAMES.indexOf('dave');
		const survivors = apis.filter((_, i) => i !== dave);
		await apis[dave].disconnect();
		const { signal } = await nodes[dave].kill();
		assert.equal(signal, 'SIGKILL');

		const start = await finalizedNumber(apis[0]);
		await waitFor('finality to advance by 3 blocks without dave', async () => (await finalizedNumber(apis[0])) >= start + 3, 120_000);
		const common = Math.min(...(await Promise.all(survivors.map(finalizedNumber))));
		assert.equal(new Set(await hashesAt(common, survivors)).size, 1);
	});

	it('lets the killed validator catch up to the same finalised head, losing nothing', async () => {
		const dave = NAMES.indexOf('dave');
		start(dave);
		apis[dave] = await connect(nodes[dave].url);

		const target = await finalizedNumber(apis[0]);
		await waitFor(`dave to finalise #${target}`, async () => (await finalizedNumber(apis[dave])) >= target, 120_000);
		const [aliceHash, daveHash] = await hashesAt(target, [apis[0], apis[dave]]);
		assert.equal(daveHash, aliceHash);
		// Every block up to there is on dave's disk, the ones from before the kill included.
		for (const height of [1, Math.floor(target / 2), target]) {
			const [a, d] = await hashesAt(height, [apis[0], apis[dave]]);
			assert.equal(d, a, `block #${height}`);
		}
		assert.ok((await bestNumber(apis[dave])) >= target);
	});
});
