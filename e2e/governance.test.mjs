// Governance on the four-validator `local` chain, which has no sudo key: the founding co-ops
// vote a third co-op in, a co-op votes to spend from its pool, and the federation upgrades the
// runtime to the rehearsal build (`spec_version` + 1). Each step waits for finality. (The dev accounts of the chain's genesis: Alice is the Bakers' delegate, Dave the
// Builders'; Alice, Bob and Charlie are the Bakers' members.)

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';

import { blake2AsHex } from '@polkadot/util-crypto';
import { u8aToHex } from '@polkadot/util';

import {
	connect, finalizedNumber, localNetworkConfigs, rawRpc, startValidator, tempDir, UPGRADE_WASM, waitFor,
} from './lib/node.mjs';
import { devAccount, findEvent, freshAccount, freshIdentity, send } from './lib/chain.mjs';
import { decide } from './lib/daco.mjs';

const HOUR = 1_000_000n;
const BAKERS = 0;
const MEMO = `0x${'cd'.repeat(32)}`;

describe('governance on the local chain', () => {
	const dir = tempDir('governance');
	const nodes = [];
	let api;
	const [alice, bob, charlie, dave] = ['Alice', 'Bob', 'Charlie', 'Dave'].map(devAccount);

	before(async () => {
		const configs = await localNetworkConfigs(dir);
		configs.forEach((config, i) => { nodes[i] = startValidator(config); });
		api = await connect(nodes[0].url);
		await waitFor('finality', async () => (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber() >= 1, 120_000);
	});

	after(async () => {
		await api?.disconnect();
		await Promise.all(nodes.map((node) => node?.stop()));
	});

	it('has no sudo key', async () => {
		assert.ok((await api.query.sudo.key()).isNone);
	});

	it('the founding co-ops vote a third co-op in', async () => {
		const admin = freshAccount('printers-admin');
		const register = api.tx.registry.registerCoop('Printers', [{ account: admin.address, identity: freshIdentity(), name: 'Pat' }]);
		const result = await decide(api, { body: 'Federation', call: register, ayes: [alice, dave], closer: bob });
		assert.ok(result.isOk, `registered: ${result.toString()}`);
		const printers = (await api.query.registry.coops(2)).unwrap();
		assert.equal(printers.name.toUtf8(), 'Printers');
		assert.ok((await api.query.registry.memberships(2, admin.address)).unwrap().role.isAdmin);
	});

	it('a co-op votes to spend from its pool', async () => {
		const today = Math.floor((await api.query.timestamp.now()).toNumber() / 86_400_000);
		const logged = await send(api, api.tx.hours.logWork(BAKERS, 60, today, MEMO), charlie);
		await send(api, api.tx.hours.approve(findEvent(logged, 'hours', 'WorkLogged').data.claim), bob);
		await send(api, api.tx.hours.contribute(BAKERS, HOUR / 2n), charlie);

		const before = (await api.query.system.account(bob.address)).data.free.toBigInt();
		const spend = api.tx.hours.spend(BAKERS, bob.address, HOUR / 5n);
		const result = await decide(api, { body: { Coop: BAKERS }, call: spend, ayes: [bob, charlie], closer: bob });
		assert.ok(result.isOk, `spent: ${result.toString()}`);
		assert.equal((await api.query.system.account(bob.address)).data.free.toBigInt(), before + HOUR / 5n);
	});

	it('without a vote, the same spend is refused', async () => {
		await assert.rejects(send(api, api.tx.hours.spend(BAKERS, bob.address, 1n), bob), /badorigin/i);
	});

	// Last: everything after it would run on the new code.
	it('the federation votes a runtime upgrade in; every validator runs it and finality goes on', async () => {
		assert.ok(existsSync(UPGRADE_WASM), `${UPGRADE_WASM} is built by \`cargo build --release --workspace\``);
		const code = readFileSync(UPGRADE_WASM);
		const before = (await api.rpc.state.getRuntimeVersion()).specVersion.toNumber();

		// The vote carries only the code's hash (two thirds of all co-ops must say aye)...
		const authorize = api.tx.daco.enactAsRoot(api.tx.system.authorizeUpgrade(blake2AsHex(code, 256)));
		const result = await decide(api, { body: 'Federation', call: authorize, ayes: [alice, dave], closer: bob });
		assert.ok(result.isOk, `authorised: ${result.toString()}`);
		assert.ok((await api.query.system.authorizedUpgrade()).isSome);

		// ...and then any member hands in the code itself, in a block of its own.
		await send(api, api.tx.system.applyAuthorizedUpgrade(u8aToHex(code)), charlie);
		const upgradedAt = await finalizedNumber(api);
		// The executive records the new version when it first runs a block with it.
		const ranNewCode = async () => (await api.query.system.lastRuntimeUpgrade()).unwrap().specVersion.toNumber() === before + 1;
		await waitFor('a block run by the new code', ranNewCode, 30_000);
		for (const node of nodes) {
			const runsIt = async () => (await rawRpc(node, 'state_getRuntimeVersion')).specVersion === before + 1;
			await waitFor(`${node.name} on spec_version ${before + 1}`, runsIt, 30_000);
		}
		await waitFor('finality under the new runtime', async () => (await finalizedNumber(api)) >= upgradedAt + 3, 90_000);
	});
});
