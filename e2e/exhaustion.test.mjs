// Issue 16's attacks tried on a live dev chain as a hostile member with a script and no
// fees would: replaying old transactions, carrying a block's worth of calls in one batch,
// claiming another co-op's node. Each is refused with a clear error and nothing moves.
// (Genesis: the Bakers are Alice (admin), Bob and Charlie.)

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { blake2AsHex } from '@polkadot/util-crypto';

import { BAKERS, ERROR, REFUSAL } from './lib/constants.mjs';
import { refusedAtSubmission, refusedWith } from './lib/assert.mjs';
import { devAccounts, freshAccount, freshIdentity, send } from './lib/chain.mjs';
import { MAX_ERA, rateLimit, submit } from './lib/gate.mjs';
import { useDevChain } from './lib/networks.mjs';

describe('attacks that would exhaust the chain or replay', () => {
	const chain = useDevChain('exhaustion');
	const [alice, bob] = devAccounts('Alice', 'Bob');

	it('an immortal transaction, or one with an era past the bound, is refused at the pool', async () => {
		const { api } = chain;
		const remark = api.tx.system.remark('0x01');
		await refusedAtSubmission(submit(api, remark, bob, { era: 0 }), REFUSAL.NOT_MORTAL);
		const blockHash = await api.rpc.chain.getFinalizedHead();
		const current = (await api.rpc.chain.getHeader(blockHash)).number.toNumber();
		const longEra = api.registry.createType('ExtrinsicEra', { current, period: MAX_ERA * 2 });
		await refusedAtSubmission(submit(api, remark, bob, { blockHash, era: longEra }), REFUSAL.NOT_MORTAL);
		// A wallet's default era passes.
		await send(api, remark, bob);
	});

	it('a member who leaves and is admitted again keeps their nonce: nothing they signed replays', async () => {
		const { api } = chain;
		const member = freshAccount('replay');
		const identity = freshIdentity();
		const admit = async () => {
			await send(api, api.tx.registry.addMember(BAKERS, member.address, identity, 'Replay'), alice);
			await send(api, api.tx.registry.acceptInvitation(BAKERS), member);
		};
		await admit();
		// A transaction of theirs, included; its signed bytes are what an attacker would keep.
		const signed = await api.tx.system.remark('0x02').signAsync(member);
		await new Promise((resolve, reject) => {
			signed.send(({ status }) => status.isFinalized && resolve()).catch(reject);
		});
		await send(api, api.tx.registry.leave(BAKERS), member);
		const nonceAfterLeaving = (await api.rpc.system.accountNextIndex(member.address)).toNumber();
		assert.ok(nonceAfterLeaving >= 3, `the account was not reaped (nonce ${nonceAfterLeaving})`);
		await admit();
		await assert.rejects(api.rpc.author.submitExtrinsic(signed), /1010: Invalid Transaction: Transaction is outdated/);
	});

	it('a batch carrying more calls than the rate limit allows is refused, and calls in batches count', async () => {
		const { api } = chain;
		const { transactions } = await rateLimit(api);
		const remarks = (n) => Array.from({ length: n }, (_, i) => api.tx.system.remark(`0x${i.toString(16).padStart(4, '0')}`));
		await refusedAtSubmission(submit(api, api.tx.utility.batch(remarks(transactions + 1)), bob), REFUSAL.TOO_MANY_CALLS);
		// Nested, too.
		const nested = api.tx.utility.batchAll([api.tx.utility.batch(remarks(transactions + 1))]);
		await refusedAtSubmission(submit(api, nested, bob), REFUSAL.TOO_MANY_CALLS);
		// Charlie, who has sent nothing yet, uses a whole window in one batch: until the
		// window ends, even one more call is refused. (Tried again if the window happened to
		// end right after the batch.)
		const [charlie] = devAccounts('Charlie');
		const { blocks } = await rateLimit(api);
		let refusedInWindow = false;
		for (let attempt = 0; attempt < 3 && !refusedInWindow; attempt++) {
			await send(api, api.tx.utility.batch(remarks(transactions)), charlie);
			const window = (await api.query.gate.rateWindows(charlie.address)).unwrap();
			const best = (await api.rpc.chain.getHeader()).number.toNumber();
			if (best >= window.start.toNumber() + blocks - 1) continue;
			await refusedAtSubmission(submit(api, api.tx.system.remark('0x03'), charlie), REFUSAL.RATE_LIMITED);
			refusedInWindow = true;
		}
		assert.ok(refusedInWindow, 'a window was used up by one batch and refused the next call');
	});

	it('a member stores preimages only within their quota, and unnoting gives the room back', async () => {
		const { api } = chain;
		const [dave] = devAccounts('Dave');
		const quota = api.consts.gate.storageQuota;
		assert.ok(Number(quota.toJSON().size) > 0, `quota ${JSON.stringify(quota.toJSON())}`);
		// A Struct is a Map, whose own `size` hides the field's: read it as JSON.
		const size = Number(quota.toJSON().size);
		const big = `0x${'ab'.repeat(size)}`;
		await send(api, api.tx.preimage.notePreimage(big), dave);
		await refusedWith(send(api, api.tx.preimage.notePreimage('0x01'), dave), 'gate.QuotaExceeded');
		assert.equal(Number((await api.query.gate.storageUsed(dave.address)).toJSON().size), size);
		await send(api, api.tx.preimage.unnotePreimage(blake2AsHex(big)), dave);
		assert.equal(Number((await api.query.gate.storageUsed(dave.address)).toJSON().size), 0);
		await send(api, api.tx.preimage.notePreimage('0x01'), dave);
	});

	it('a proposal longer than the bound is refused before it is read, and oversize names do not decode', async () => {
		const { api } = chain;
		// A batch of remarks encoding to more than the 64 KiB a proposal may carry.
		const max = api.consts.daco.maxProposalLength.toNumber();
		const call = api.tx.utility.batch(Array.from({ length: 70 }, () => api.tx.system.remark(`0x${'cd'.repeat(1024)}`)));
		const bytes = call.method.toHex();
		assert.ok((bytes.length - 2) / 2 > max, 'the call is longer than the bound');
		await send(api, api.tx.preimage.notePreimage(bytes), alice);
		const lookup = { Lookup: { hash: blake2AsHex(bytes), len: (bytes.length - 2) / 2 } };
		await refusedWith(send(api, api.tx.daco.propose('Federation', lookup, 'long'), alice), 'daco.ProposalTooLong');
		// Understating the length does not help.
		const understated = { Lookup: { hash: blake2AsHex(bytes), len: 100 } };
		await refusedWith(send(api, api.tx.daco.propose('Federation', understated, 'long'), alice), 'daco.ProposalTooLong');
		await send(api, api.tx.preimage.unnotePreimage(blake2AsHex(bytes)), alice);
		// A name past the registry's bound makes the call undecodable: the pool refuses it.
		const longName = 'x'.repeat(65);
		await assert.rejects(
			submit(api, api.tx.registry.addMember(BAKERS, freshAccount('long').address, freshIdentity(), longName), alice),
			/1002|Could not decode|Invalid Transaction|decode/i,
		);
	});

	it('no member claims a node, and a node\'s connections are bounded', async () => {
		const { api } = chain;
		const peer = `0x${'07'.repeat(38)}`;
		await refusedWith(send(api, api.tx.nodeAuthorization.claimNode(peer), bob), ERROR.CALL_FILTERED);
		await refusedWith(send(api, api.tx.utility.batch([api.tx.nodeAuthorization.claimNode(peer)]), bob), ERROR.CALL_FILTERED);
		assert.ok((await api.query.nodeAuthorization.owners(peer)).isNone, 'nobody owns it');
		const many = Array.from({ length: 17 }, (_, i) => `0x${i.toString(16).padStart(2, '0').repeat(38)}`);
		await refusedWith(send(api, api.tx.nodeAuthorization.addConnections(peer, many), bob), ERROR.CALL_FILTERED);
	});
});
