// The registry on a live dev node, through @polkadot/api: co-ops, identity-bound members,
// roles, rebinding a lost key, and removal that keeps the record.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { join } from 'node:path';

import { connect, freePorts, nodeKey, startValidator, tempDir } from './lib/node.mjs';
import { DispatchFailure, devAccount, findEvent, freshAccount, freshIdentity, send } from './lib/chain.mjs';

describe('registry', () => {
	const basePath = join(tempDir('registry'), 'alice');
	let node;
	let api;
	const sudo = devAccount('Alice');
	// Fresh accounts: none of them holds any HOUR, ever, in this test.
	const admin = freshAccount('admin');
	const member = freshAccount('member');
	const newKey = freshAccount('new-key');
	const impostor = freshAccount('impostor');
	const memberIdentity = freshIdentity();
	let coop;

	before(async () => {
		const [rpcPort, p2pPort] = await freePorts(2);
		const key = nodeKey(basePath);
		node = startValidator({ chain: 'dev', name: 'alice', basePath, keyPath: key.path, rpcPort, p2pPort, extra: ['--force-authoring'] });
		api = await connect(node.url);
	});

	after(async () => {
		await api?.disconnect();
		await node?.stop();
	});

	it('starts with the two dev co-ops', async () => {
		const bakers = (await api.query.registry.coops(0)).unwrap();
		assert.equal(bakers.name.toUtf8(), "Bakers' Co-op");
		assert.equal(bakers.memberCount.toNumber(), 3);
		const aliceInBakers = (await api.query.registry.memberships(0, sudo.address)).unwrap();
		assert.ok(aliceInBakers.role.isAdmin);
	});

	it('the federation (sudo, for now) registers a co-op', async () => {
		const register = api.tx.registry.registerCoop('Printers', [{ account: admin.address, identity: freshIdentity(), name: 'Ada' }]);
		const events = await send(api, api.tx.sudo.sudo(register), sudo);
		const registered = findEvent(events, 'registry', 'CoopRegistered');
		assert.ok(registered, 'CoopRegistered event');
		coop = registered.data.coop.toNumber();
		const info = (await api.query.registry.coops(coop)).unwrap();
		assert.equal(info.name.toUtf8(), 'Printers');
		assert.ok(info.status.isActive);
		assert.equal(info.adminCount.toNumber(), 1);
	});

	it('its admin, who holds no HOUR, admits a member', async () => {
		assert.equal((await api.query.system.account(admin.address)).data.free.toBigInt(), 0n);
		const events = await send(api, api.tx.registry.addMember(coop, member.address, memberIdentity, 'Grace'), admin);
		assert.ok(findEvent(events, 'registry', 'MemberAdded'));
		const record = (await api.query.registry.memberships(coop, member.address)).unwrap();
		assert.ok(record.role.isMember);
		assert.ok(record.status.isActive);
		assert.equal((await api.query.registry.identities(memberIdentity)).unwrap().toString(), member.address);
	});

	it('the same identity is refused for another account, with the pallet error', async () => {
		await assert.rejects(
			send(api, api.tx.registry.addMember(coop, impostor.address, memberIdentity, 'Mallory'), admin),
			(error) => error instanceof DispatchFailure && error.error === 'registry.IdentityInUse',
		);
		assert.ok((await api.query.registry.members(impostor.address)).isNone);
	});

	it('rebind moves the identity and roles to a new key; the old one is nobody', async () => {
		await send(api, api.tx.registry.setRole(coop, member.address, 'Approver'), admin);
		const events = await send(api, api.tx.sudo.sudo(api.tx.registry.rebind(member.address, newKey.address)), sudo);
		assert.ok(findEvent(events, 'registry', 'MemberRebound'));

		const moved = (await api.query.registry.members(newKey.address)).unwrap();
		assert.equal(moved.identity.toHex(), memberIdentity);
		assert.equal(moved.name.toUtf8(), 'Grace');
		assert.deepEqual(moved.coops.map((c) => c.toNumber()), [coop]);
		assert.ok((await api.query.registry.memberships(coop, newKey.address)).unwrap().role.isApprover);
		assert.equal((await api.query.registry.identities(memberIdentity)).unwrap().toString(), newKey.address);
		assert.ok((await api.query.registry.members(member.address)).isNone);
		assert.ok((await api.query.registry.memberships(coop, member.address)).isNone);
	});

	it('the new key, with no HOUR, can sign: the registry keeps it alive', async () => {
		const events = await send(api, api.tx.system.remark('0x68656c6c6f'), newKey);
		assert.ok(findEvent(events, 'system', 'ExtrinsicSuccess'));
	});

	it('a removed member keeps a record marked as left', async () => {
		const events = await send(api, api.tx.registry.removeMember(coop, newKey.address), admin);
		const removed = findEvent(events, 'registry', 'MemberRemoved');
		assert.ok(removed);
		assert.equal(removed.data.movedToPool.toBigInt(), 0n);
		const record = (await api.query.registry.memberships(coop, newKey.address)).unwrap();
		assert.ok(record.status.isLeft);
		assert.ok((await api.query.registry.members(newKey.address)).unwrap().coops.length === 0);
		assert.equal((await api.query.registry.coops(coop)).unwrap().memberCount.toNumber(), 1);
	});

	it('the last admin cannot leave', async () => {
		await assert.rejects(
			send(api, api.tx.registry.leave(coop), admin),
			(error) => error instanceof DispatchFailure && error.error === 'registry.LastAdmin',
		);
	});
});
