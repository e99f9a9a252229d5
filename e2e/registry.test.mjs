// The registry on a live dev node, through @polkadot/api: co-ops, identity-bound members,
// roles, invitations the person accepts with their own key, key recovery that waits and
// that the old key can cancel, and removal that keeps the record. Each test registers or
// admits what it needs; `potters()` is one co-op the tests share, registered on first use.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { BAKERS, ERROR } from './lib/constants.mjs';
import { refusedWith } from './lib/assert.mjs';
import { atGenesis, devAccount, findEvent, freeBalance, freshAccount, freshIdentity, send } from './lib/chain.mjs';
import { useDevChain } from './lib/networks.mjs';

describe('registry', () => {
	const chain = useDevChain('registry');
	const sudo = devAccount('Alice');

	/** The federation (sudo, for now) registers `name` with a fresh admin; returns both. */
	async function registerCoop(name) {
		const { api } = chain;
		// Fresh accounts: none of them holds any HOUR, ever, in this test.
		const admin = freshAccount('admin');
		const register = api.tx.registry.registerCoop(name, [{ account: admin.address, identity: freshIdentity(), name: 'Ada' }]);
		const events = await send(api, api.tx.sudo.sudo(register), sudo);
		const registered = findEvent(events, 'registry', 'CoopRegistered');
		assert.ok(registered, 'CoopRegistered event');
		const coop = registered.data.coop.toNumber();
		// The founder was invited; the co-op is founded when she accepts with her own key.
		const founded = await send(api, api.tx.registry.acceptInvitation(coop), admin);
		assert.ok(findEvent(founded, 'registry', 'CoopFounded'));
		return { coop, admin };
	}

	let shared;
	/** The co-op most tests work in, registered by the first that asks for it. */
	const potters = () => (shared ??= registerCoop('Potters'));

	/** `admin` admits a fresh account to `coop` as Grace, with a fresh identity. */
	async function admit({ coop, admin }) {
		const { api } = chain;
		const member = freshAccount('member');
		const identity = freshIdentity();
		const invited = await send(api, api.tx.registry.addMember(coop, member.address, identity, 'Grace'), admin);
		assert.ok(findEvent(invited, 'registry', 'MemberInvited'));
		assert.ok((await api.query.registry.memberships(coop, member.address)).isNone, 'not before they sign');
		// New to the chain and holding nothing, they can sign just this: their answer.
		const events = await send(api, api.tx.registry.acceptInvitation(coop), member);
		assert.ok(findEvent(events, 'registry', 'MemberAdded'));
		return { member, identity };
	}

	it('starts with the two dev co-ops', async () => {
		const genesis = await atGenesis(chain.api);
		const bakers = (await genesis.query.registry.coops(BAKERS)).unwrap();
		assert.equal(bakers.name.toUtf8(), "Bakers' Co-op");
		assert.equal(bakers.memberCount.toNumber(), 3);
		const aliceInBakers = (await genesis.query.registry.memberships(BAKERS, sudo.address)).unwrap();
		assert.ok(aliceInBakers.role.isAdmin);
		assert.ok((await genesis.query.registry.coops(1)).isSome);
		assert.ok((await genesis.query.registry.coops(2)).isNone, 'only two');
	});

	it('the federation (sudo, for now) registers a co-op, founded when its admin accepts', async () => {
		const { coop } = await registerCoop('Printers');
		const info = (await chain.api.query.registry.coops(coop)).unwrap();
		assert.equal(info.name.toUtf8(), 'Printers');
		assert.ok(info.status.isActive);
		assert.equal(info.adminCount.toNumber(), 1);
	});

	it('its admin, who holds no HOUR, admits a member', async () => {
		const { api } = chain;
		const { coop, admin } = await potters();
		assert.equal(await freeBalance(api, admin.address), 0n);
		const { member, identity } = await admit({ coop, admin });
		const record = (await api.query.registry.memberships(coop, member.address)).unwrap();
		assert.ok(record.role.isMember);
		assert.ok(record.status.isActive);
		assert.equal((await api.query.registry.identities(identity)).unwrap().toString(), member.address);
	});

	it('the same identity is refused for another account, with the pallet error', async () => {
		const { api } = chain;
		const { coop, admin } = await potters();
		const { identity } = await admit({ coop, admin });
		const impostor = freshAccount('impostor');
		await refusedWith(send(api, api.tx.registry.addMember(coop, impostor.address, identity, 'Mallory'), admin), ERROR.IDENTITY_IN_USE);
		assert.ok((await api.query.registry.members(impostor.address)).isNone);
	});

	it('rebind only opens a recovery: nothing moves before the delay, and the old key cancels it', async () => {
		const { api } = chain;
		const { coop, admin } = await potters();
		const { member, identity } = await admit({ coop, admin });
		await send(api, api.tx.registry.setRole(coop, member.address, 'Approver'), admin);
		const newKey = freshAccount('new-key');
		const opened = await send(api, api.tx.sudo.sudo(api.tx.registry.rebind(member.address, newKey.address)), sudo);
		assert.ok(findEvent(opened, 'registry', 'RecoveryOpened'));
		// Approved (Root stands for every co-op), but the delay of at least a day has not passed.
		await refusedWith(send(api, api.tx.registry.completeRecovery(member.address), admin), ERROR.RECOVERY_TOO_EARLY);
		assert.equal((await api.query.registry.identities(identity)).unwrap().toString(), member.address);
		assert.ok((await api.query.registry.members(newKey.address)).isNone);
		// The key was not lost: its owner cancels by signing once, and nothing ever moves.
		const cancelled = await send(api, api.tx.registry.cancelRecovery(), member);
		assert.ok(findEvent(cancelled, 'registry', 'RecoveryCancelled'));
		assert.ok((await api.query.registry.recoveries(member.address)).isNone);
		assert.ok((await api.query.registry.memberships(coop, member.address)).unwrap().role.isApprover);
	});

	it('an admitted member with no HOUR can sign: the registry keeps them alive', async () => {
		const { api } = chain;
		const { coop, admin } = await potters();
		const { member } = await admit({ coop, admin });
		assert.equal(await freeBalance(api, member.address), 0n);
		const events = await send(api, api.tx.system.remark('0x68656c6c6f'), member);
		assert.ok(findEvent(events, 'system', 'ExtrinsicSuccess'));
	});

	it('a removed member keeps a record marked as left', async () => {
		const { api } = chain;
		const { coop, admin } = await potters();
		const { member } = await admit({ coop, admin });
		const countBefore = (await api.query.registry.coops(coop)).unwrap().memberCount.toNumber();
		const events = await send(api, api.tx.registry.removeMember(coop, member.address), admin);
		const removed = findEvent(events, 'registry', 'MemberRemoved');
		assert.ok(removed);
		assert.equal(removed.data.movedToPool.toBigInt(), 0n);
		const record = (await api.query.registry.memberships(coop, member.address)).unwrap();
		assert.ok(record.status.isLeft);
		assert.ok((await api.query.registry.members(member.address)).unwrap().coops.length === 0);
		assert.equal((await api.query.registry.coops(coop)).unwrap().memberCount.toNumber(), countBefore - 1);
	});

	it('the last admin cannot leave', async () => {
		const { api } = chain;
		const { coop, admin } = await potters();
		assert.equal((await api.query.registry.coops(coop)).unwrap().adminCount.toNumber(), 1, 'one admin');
		await refusedWith(send(api, api.tx.registry.leave(coop), admin), ERROR.LAST_ADMIN);
		assert.ok((await api.query.registry.memberships(coop, admin.address)).unwrap().status.isActive, 'still an admin');
	});
});
