// HOUR on a live dev node, through @polkadot/api: minted only for approved work, moved only
// between members and pools, never through Balances. The dev chain's co-ops are used
// (co-op 0, the Bakers: Bob approver, Charlie member); each test file has its own node, and
// each test compares what it changes with what was there before it.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { BAKERS, ERROR, HOUR } from './lib/constants.mjs';
import { refusedWith } from './lib/assert.mjs';
import { atGenesis, devAccounts, findEvent, freeBalance, freshAccount, send } from './lib/chain.mjs';
import { earn, logWork, poolOf } from './lib/hours.mjs';
import { useDevChain } from './lib/networks.mjs';

describe('hours', () => {
	const chain = useDevChain('hours');
	const [sudo, approver, member] = devAccounts('Alice', 'Bob', 'Charlie');

	/** The ids of `who`'s claims. */
	const claimsOf = async (who) => (await chain.api.query.hours.claimsOf.keys(who)).map((k) => k.args[1].toNumber());

	it('the chain starts with no HOUR at all', async () => {
		const genesis = await atGenesis(chain.api);
		assert.equal((await genesis.query.balances.totalIssuance()).toBigInt(), 0n);
	});

	it('90 minutes of approved work mint exactly 1.5 HOUR', async () => {
		const { api } = chain;
		const before = await freeBalance(api, member.address);
		const claimsBefore = await claimsOf(member.address);
		const claim = await logWork(api, member, BAKERS, 90);
		assert.deepEqual((await claimsOf(member.address)).sort(), [...claimsBefore, claim].sort());
		assert.equal(await freeBalance(api, member.address), before, 'nothing before approval');

		const approved = await send(api, api.tx.hours.approve(claim), approver);
		assert.equal(findEvent(approved, 'hours', 'WorkPaid').data.amount.toBigInt(), 3n * HOUR / 2n);
		assert.equal(await freeBalance(api, member.address), before + 3n * HOUR / 2n);
	});

	it('nobody approves their own claim', async () => {
		const { api } = chain;
		const claim = await logWork(api, approver, BAKERS, 30);
		await refusedWith(send(api, api.tx.hours.approve(claim), approver), ERROR.SELF_APPROVAL);
		assert.ok((await api.query.hours.pendingClaims(BAKERS, claim)).isSome, 'still pending');
	});

	it('HOUR cannot go to someone who is not a member', async () => {
		const { api } = chain;
		const outsider = freshAccount('outsider');
		// With HOUR to send: the receiver is the only reason for the refusal.
		await earn(api, { member, coop: BAKERS, minutes: 6, approver });
		const before = await freeBalance(api, member.address);
		await refusedWith(send(api, api.tx.hours.transfer(outsider.address, HOUR / 10n), member), ERROR.RECEIVER_NOT_MEMBER);
		assert.equal(await freeBalance(api, outsider.address), 0n);
		assert.equal(await freeBalance(api, member.address), before);
	});

	it('Balances calls are refused, also inside utility.batch', async () => {
		const { api } = chain;
		const bob = approver.address;
		await earn(api, { member, coop: BAKERS, minutes: 6, approver });
		const before = await freeBalance(api, member.address);
		await refusedWith(send(api, api.tx.balances.transferKeepAlive(bob, HOUR / 10n), member), ERROR.CALL_FILTERED);
		const batch = api.tx.utility.batch([api.tx.system.remark('0x01'), api.tx.balances.transferKeepAlive(bob, HOUR / 10n)]);
		await refusedWith(send(api, batch, member), ERROR.CALL_FILTERED);
		assert.equal(await freeBalance(api, member.address), before);
	});

	it('a member pays into the pool and the co-op (sudo, for now) spends from it', async () => {
		const { api } = chain;
		const pool = poolOf(BAKERS);
		await earn(api, { member, coop: BAKERS, minutes: 60, approver });
		const poolBefore = await freeBalance(api, pool);
		const contributed = await send(api, api.tx.hours.contribute(BAKERS, HOUR / 2n), member);
		assert.ok(findEvent(contributed, 'hours', 'Contributed'));
		assert.equal(await freeBalance(api, pool), poolBefore + HOUR / 2n);

		const before = await freeBalance(api, approver.address);
		const spend = api.tx.sudo.sudo(api.tx.hours.spend(BAKERS, approver.address, HOUR / 5n));
		const spent = await send(api, spend, sudo);
		assert.ok(findEvent(spent, 'hours', 'Spent'));
		assert.equal(await freeBalance(api, pool), poolBefore + HOUR / 2n - HOUR / 5n);
		assert.equal(await freeBalance(api, approver.address), before + HOUR / 5n);
	});

	it('total issuance equals the sum of approved pay', async () => {
		const { api } = chain;
		const approvedPay = async () => {
			let paid = 0n;
			for (const [, claim] of await api.query.hours.claims.entries()) {
				const status = claim.unwrap().status;
				if (status.isApproved) paid += status.asApproved.paid.toBigInt();
			}
			return paid;
		};
		const before = await approvedPay();
		const { amount } = await earn(api, { member, coop: BAKERS, minutes: 90, approver });
		assert.equal(amount, 3n * HOUR / 2n);
		const paid = await approvedPay();
		assert.equal(paid, before + amount);
		assert.equal((await api.query.balances.totalIssuance()).toBigInt(), paid);
		assert.equal((await api.query.hours.totalPaid()).toBigInt(), paid);
	});
});
