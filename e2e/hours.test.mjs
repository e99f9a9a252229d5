// HOUR on a live dev node, through @polkadot/api: minted only for approved work, moved only
// between members and pools, never through Balances. The dev chain's co-ops are used
// (co-op 0, the Bakers: Bob approver, Charlie member); each test file has its own node.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { join } from 'node:path';

import { encodeAddress } from '@polkadot/util-crypto';
import { stringToU8a, u8aConcat } from '@polkadot/util';

import { connect, freePorts, nodeKey, startValidator, tempDir, waitFor } from './lib/node.mjs';
import { DispatchFailure, devAccount, findEvent, freshAccount, send } from './lib/chain.mjs';

const HOUR = 1_000_000n;
const BAKERS = 0;
const MEMO = `0x${'ab'.repeat(32)}`;

/** The pool account of a co-op: `modl` + the registry's pallet id + the co-op id, zero-padded. */
function poolOf(coop) {
	const id = new Uint8Array(4);
	new DataView(id.buffer).setUint32(0, coop, true);
	return encodeAddress(u8aConcat(stringToU8a('modlcoop/reg'), id, new Uint8Array(16)), 42);
}

/** Fails unless `promise` rejects with the pallet error `name` (`pallet.Error`). */
async function refusedWith(promise, name) {
	await assert.rejects(promise, (error) => {
		assert.ok(error instanceof DispatchFailure, `${error}`);
		assert.equal(error.error, name);
		return true;
	});
}

describe('hours', () => {
	const basePath = join(tempDir('hours'), 'alice');
	const sudo = devAccount('Alice');
	const approver = devAccount('Bob');
	const member = devAccount('Charlie');
	let node;
	let api;
	let today;

	const free = async (who) => (await api.query.system.account(who)).data.free.toBigInt();

	before(async () => {
		const [rpcPort, p2pPort] = await freePorts(2);
		node = startValidator({ chain: 'dev', name: 'alice', basePath, keyPath: nodeKey(basePath).path, rpcPort, p2pPort, extra: ['--force-authoring'] });
		api = await connect(node.url);
		// The genesis block has no timestamp: the chain's day is known from block 1 on.
		const now = await waitFor('a block with a timestamp', async () => (await api.query.timestamp.now()).toNumber(), 60_000);
		today = Math.floor(now / 86_400_000);
	});

	after(async () => {
		await api?.disconnect();
		await node?.stop();
	});

	it('the chain starts with no HOUR at all', async () => {
		assert.equal((await api.query.balances.totalIssuance()).toBigInt(), 0n);
	});

	it('90 minutes of approved work mint exactly 1.5 HOUR', async () => {
		const before = await free(member.address);
		const logged = await send(api, api.tx.hours.logWork(BAKERS, 90, today, MEMO), member);
		const claim = findEvent(logged, 'hours', 'WorkLogged').data.claim.toNumber();
		assert.deepEqual((await api.query.hours.claimsOf.keys(member.address)).map((k) => k.args[1].toNumber()), [claim]);
		assert.equal(await free(member.address), before, 'nothing before approval');

		const approved = await send(api, api.tx.hours.approve(claim), approver);
		assert.equal(findEvent(approved, 'hours', 'WorkPaid').data.amount.toBigInt(), 3n * HOUR / 2n);
		assert.equal(await free(member.address), before + 3n * HOUR / 2n);
	});

	it('nobody approves their own claim', async () => {
		const logged = await send(api, api.tx.hours.logWork(BAKERS, 30, today, MEMO), approver);
		const claim = findEvent(logged, 'hours', 'WorkLogged').data.claim.toNumber();
		await refusedWith(send(api, api.tx.hours.approve(claim), approver), 'hours.SelfApproval');
		assert.ok((await api.query.hours.pendingClaims(BAKERS, claim)).isSome, 'still pending');
	});

	it('HOUR cannot go to someone who is not a member', async () => {
		const outsider = freshAccount('outsider');
		await refusedWith(send(api, api.tx.hours.transfer(outsider.address, HOUR / 10n), member), 'hours.ReceiverNotMember');
		assert.equal(await free(outsider.address), 0n);
	});

	it('Balances calls are refused, also inside utility.batch', async () => {
		const bob = approver.address;
		const before = await free(member.address);
		await refusedWith(send(api, api.tx.balances.transferKeepAlive(bob, HOUR / 10n), member), 'system.CallFiltered');
		const batch = api.tx.utility.batch([api.tx.system.remark('0x01'), api.tx.balances.transferKeepAlive(bob, HOUR / 10n)]);
		await refusedWith(send(api, batch, member), 'system.CallFiltered');
		assert.equal(await free(member.address), before);
	});

	it('a member pays into the pool and the co-op (sudo, for now) spends from it', async () => {
		const pool = poolOf(BAKERS);
		const contributed = await send(api, api.tx.hours.contribute(BAKERS, HOUR / 2n), member);
		assert.ok(findEvent(contributed, 'hours', 'Contributed'));
		assert.equal(await free(pool), HOUR / 2n);

		const before = await free(approver.address);
		const spend = api.tx.sudo.sudo(api.tx.hours.spend(BAKERS, approver.address, HOUR / 5n));
		const spent = await send(api, spend, sudo);
		assert.ok(findEvent(spent, 'hours', 'Spent'));
		assert.equal(await free(pool), HOUR / 2n - HOUR / 5n);
		assert.equal(await free(approver.address), before + HOUR / 5n);
	});

	it('total issuance equals the sum of approved pay', async () => {
		let paid = 0n;
		for (const [, claim] of await api.query.hours.claims.entries()) {
			const status = claim.unwrap().status;
			if (status.isApproved) paid += status.asApproved.paid.toBigInt();
		}
		assert.equal(paid, 3n * HOUR / 2n);
		assert.equal((await api.query.balances.totalIssuance()).toBigInt(), paid);
		assert.equal((await api.query.hours.totalPaid()).toBigInt(), paid);
	});
});
