// Governance on the four-validator `local` chain, which has no sudo key: the founding co-ops
// vote a third co-op in, and a co-op votes to spend from its pool. Each step waits for
// finality. (The dev accounts of the chain's genesis: Alice is the Bakers' delegate, Dave the
// Builders'; Alice, Bob and Charlie are the Bakers' members.)

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { connect, localNetworkConfigs, startValidator, tempDir, waitFor } from './lib/node.mjs';
import { devAccount, findEvent, freshAccount, freshIdentity, send } from './lib/chain.mjs';

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

	/** Opens a proposal of `body` to run `call`, held inline; returns its id. */
	async function propose(proposer, body, call) {
		const events = await send(api, api.tx.daco.propose(body, { Inline: call.method.toHex() }, 'e2e'), proposer);
		return findEvent(events, 'daco', 'Proposed').data.proposal.toNumber();
	}

	/** Closes `proposal` and returns the result its call had. */
	async function close(proposal) {
		const events = await send(api, api.tx.daco.close(proposal), bob);
		const closed = findEvent(events, 'daco', 'Closed');
		assert.ok(closed.data.passed.isTrue, `proposal ${proposal} passed`);
		return findEvent(events, 'daco', 'Executed').data.result;
	}

	it('has no sudo key', async () => {
		assert.ok((await api.query.sudo.key()).isNone);
	});

	it('the founding co-ops vote a third co-op in', async () => {
		const admin = freshAccount('printers-admin');
		const register = api.tx.registry.registerCoop('Printers', [{ account: admin.address, identity: freshIdentity(), name: 'Pat' }]);
		const proposal = await propose(alice, 'Federation', register);
		await send(api, api.tx.daco.vote(proposal, 'Aye'), alice);
		await send(api, api.tx.daco.vote(proposal, 'Aye'), dave);
		const result = await close(proposal);
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
		const proposal = await propose(bob, { Coop: BAKERS }, spend);
		await send(api, api.tx.daco.vote(proposal, 'Aye'), bob);
		await send(api, api.tx.daco.vote(proposal, 'Aye'), charlie);
		const result = await close(proposal);
		assert.ok(result.isOk, `spent: ${result.toString()}`);
		assert.equal((await api.query.system.account(bob.address)).data.free.toBigInt(), before + HOUR / 5n);
	});

	it('without a vote, the same spend is refused', async () => {
		await assert.rejects(send(api, api.tx.hours.spend(BAKERS, bob.address, 1n), bob), /badorigin/i);
	});
});
