// The governance attacks of docs/threat-model.md, tried on a live dev chain as a hostile
// admin, member or majority would, through @polkadot/api: each is refused with a clear error
// and nothing moves. (Genesis: the Bakers are Alice (admin, delegate), Bob and Charlie; the
// Builders Dave (admin, delegate), Eve, Ferdie and Charlie; two co-ops in the federation.)

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { u8aToHex } from '@polkadot/util';

import { BAKERS, BUILDERS, ERROR, HOUR } from './lib/constants.mjs';
import { refusedWith } from './lib/assert.mjs';
import { devAccounts, findEvent, freeBalance, freshAccount, freshIdentity, send } from './lib/chain.mjs';
import { rawRpc } from './lib/node.mjs';
import { BAKERS_MEMBERS, FEDERATION, closePassed, decide, propose, voteAye } from './lib/daco.mjs';
import { useDevChain } from './lib/networks.mjs';

const STILL_DELIBERATING = 'daco.StillDeliberating';
const TOO_MANY_OPEN_BY_PROPOSER = 'daco.TooManyOpenByProposer';

describe('attacks on the rules', () => {
	const chain = useDevChain('attacks');
	const [alice, bob, charlie, dave, eve] = devAccounts('Alice', 'Bob', 'Charlie', 'Dave', 'Eve');

	/** Proposal `id` is still open, its tally as it was. */
	async function stillOpen(api, id) {
		assert.ok((await api.query.daco.proposals(id)).isSome, `proposal ${id} is still open`);
	}

	it('1. an admin who names another co-op\'s member as theirs gains nothing: the person must sign', async () => {
		const { api } = chain;
		const eveIdentity = (await api.query.registry.members(eve.address)).unwrap().identity.toHex();
		const before = await freeBalance(api, eve.address);
		const invited = await send(api, api.tx.registry.addMember(BAKERS, eve.address, eveIdentity, 'Eve'), alice);
		assert.ok(findEvent(invited, 'registry', 'MemberInvited'));
		assert.ok((await api.query.registry.memberships(BAKERS, eve.address)).isNone, 'Eve is no Baker');
		// So the Bakers' own vote can't start a recovery of Eve to a key the admin holds:
		// it needs the vote of a co-op she belongs to.
		const stolenKey = freshAccount('stolen-key');
		const rebind = api.tx.registry.rebind(eve.address, stolenKey.address);
		const id = await propose(api, alice, { Coop: BAKERS }, rebind);
		await voteAye(api, id, BAKERS_MEMBERS);
		const { result } = await closePassed(api, id, bob);
		assert.ok(result.isErr, 'the rebind failed');
		assert.equal(result.asErr.isBadOrigin, true, `refused as BadOrigin: ${result.toString()}`);
		assert.ok((await api.query.registry.recoveries(eve.address)).isNone, 'no recovery opened');
		assert.equal(await freeBalance(api, eve.address), before, "Eve's HOUR stays hers");
		assert.deepEqual((await api.query.registry.members(eve.address)).unwrap().coops.map((c) => c.toNumber()), [BUILDERS]);
		// Eve declines.
		await send(api, api.tx.registry.declineInvitation(BAKERS), eve);
		await refusedWith(send(api, api.tx.registry.acceptInvitation(BAKERS), eve), ERROR.NO_INVITATION);
	});

	it('2. a majority registering a puppet co-op gains no vote: it counts only once a founder accepts', async () => {
		const { api } = chain;
		const countBefore = (await api.query.registry.activeCoopCount()).toNumber();
		const puppet = freshAccount('puppet');
		const register = api.tx.registry.registerCoop('Puppets', [{ account: puppet.address, identity: freshIdentity(), name: 'P' }]);
		// Through the federation, a bare majority (one of two) can't pass it before the other has
		// voted or a day passed; here the chain's sudo registers it, to show the co-op it makes.
		const id = await propose(api, alice, FEDERATION.body, register);
		await voteAye(api, id, [alice]);
		await refusedWith(send(api, api.tx.daco.close(id), bob), STILL_DELIBERATING);
		await stillOpen(api, id);
		const events = await send(api, api.tx.sudo.sudo(register), alice);
		const coop = findEvent(events, 'registry', 'CoopRegistered').data.coop.toNumber();
		assert.ok((await api.query.registry.coops(coop)).unwrap().status.isFounding);
		assert.equal((await api.query.registry.activeCoopCount()).toNumber(), countBefore, 'no new vote in the federation');
		await send(api, api.tx.daco.withdraw(id), alice);
	});

	it('3. nobody closes a two-thirds decision early as passed on a bare majority', async () => {
		const { api } = chain;
		const asRoot = api.tx.daco.enactAsRoot(api.tx.system.remark('0x00'));
		const id = await propose(api, alice, FEDERATION.body, asRoot);
		await voteAye(api, id, [alice]);
		// Recorded at opening: the stricter of the body's rule and the call's two thirds.
		const rule = (await api.query.daco.proposals(id)).unwrap().rule;
		assert.equal(rule.minAyes.toNumber(), 666_666_666, 'two thirds of all co-ops (Perbill, rounded down)');
		await refusedWith(send(api, api.tx.daco.close(id), charlie), STILL_DELIBERATING);
		await stillOpen(api, id);
		// Every co-op votes, one against: under two thirds of all it fails, and is closed as such.
		await send(api, api.tx.daco.vote(id, 'Nay'), dave);
		const events = await send(api, api.tx.daco.close(id), charlie);
		assert.ok(findEvent(events, 'daco', 'Closed').data.passed.isFalse);
		assert.equal(findEvent(events, 'daco', 'EnactedAsRoot'), undefined, 'no Root call ran');
	});

	it('4. a bare majority can\'t decide in one block, before the others have read the proposal', async () => {
		const { api } = chain;
		const spend = api.tx.hours.spend(BAKERS, bob.address, 1n);
		const id = await propose(api, bob, { Coop: BAKERS }, spend);
		await voteAye(api, id, [bob, charlie]);
		// Two of three: settled under the Bakers' rule, but Alice has not voted and no day passed.
		await refusedWith(send(api, api.tx.daco.close(id), bob), STILL_DELIBERATING);
		await stillOpen(api, id);
		await send(api, api.tx.daco.withdraw(id), bob);
	});

	it('5. one member can\'t hold a body\'s proposal slots, and withdraws their own', async () => {
		const { api } = chain;
		const remark = api.tx.system.remark('0x01');
		const openBefore = (await api.query.daco.openProposals({ Coop: BAKERS })).toNumber();
		const mine = [];
		for (let i = 0; i < 3; i++) mine.push(await propose(api, charlie, { Coop: BAKERS }, remark));
		await refusedWith(send(api, api.tx.daco.propose({ Coop: BAKERS }, { Inline: remark.method.toHex() }, 'more'), charlie), TOO_MANY_OPEN_BY_PROPOSER);
		// Others still have room.
		const theirs = await propose(api, alice, { Coop: BAKERS }, remark);
		// Only the proposer withdraws.
		await refusedWith(send(api, api.tx.daco.withdraw(mine[0]), bob), 'daco.NotProposer');
		for (const id of mine) await send(api, api.tx.daco.withdraw(id), charlie);
		await send(api, api.tx.daco.withdraw(theirs), alice);
		assert.equal((await api.query.daco.openProposals({ Coop: BAKERS })).toNumber(), openBefore);
	});

	it('6. no policy, not even Root\'s, pays more than one HOUR for an hour', async () => {
		const { api } = chain;
		const policy = (await api.query.hours.policy()).toJSON();
		const generous = { ...policy, rate: 2n * HOUR, maxRate: 2n * HOUR };
		await refusedWith(send(api, api.tx.sudo.sudo(api.tx.hours.setPolicy(generous)), alice), 'hours.RateAboveCeiling');
		assert.deepEqual((await api.query.hours.policy()).toJSON(), policy, 'the policy stands');
	});

	it('7. a suspension that would leave finality without its validators is refused', async () => {
		const { api } = chain;
		// The dev chain's one validator, Alice, runs for the Bakers.
		await refusedWith(send(api, api.tx.sudo.sudo(api.tx.registry.suspendCoop(BAKERS)), alice), 'validators.WouldStallFinality');
		assert.ok((await api.query.registry.coops(BAKERS)).unwrap().status.isActive);
	});

	it('8. a co-op\'s vote takes admission and removal from its admins, who can\'t take it back', async () => {
		const { api } = chain;
		const byVote = (value) => api.tx.registry.setMembersByVote(BAKERS, value);
		await decide(api, { body: { Coop: BAKERS }, call: byVote(true), ayes: BAKERS_MEMBERS, closer: bob });
		const newcomer = freshAccount('newcomer');
		await refusedWith(send(api, api.tx.registry.addMember(BAKERS, newcomer.address, freshIdentity(), 'N'), alice), 'registry.ByVoteOnly');
		await refusedWith(send(api, api.tx.registry.removeMember(BAKERS, charlie.address), alice), 'registry.ByVoteOnly');
		await refusedWith(send(api, byVote(false), alice), 'BadOrigin');
		assert.ok((await api.query.registry.invitations(newcomer.address, BAKERS)).isNone, 'nobody invited');
		assert.ok((await api.query.registry.memberships(BAKERS, charlie.address)).unwrap().status.isActive, 'Charlie stays');
	});

	it('9. session keys don\'t make a member impossible to remove: they are purged', async () => {
		const { api } = chain;
		const { keys, proof } = await rawRpc(chain.node, 'author_rotateKeysWithOwner', [u8aToHex(eve.publicKey)]);
		await send(api, api.tx.session.setKeys(keys, proof), eve);
		assert.ok((await api.query.session.nextKeys(eve.address)).isSome, 'Eve holds keys');
		await send(api, api.tx.registry.removeMember(BUILDERS, eve.address), dave);
		assert.ok((await api.query.session.nextKeys(eve.address)).isNone, 'her keys are purged');
		assert.ok((await api.query.registry.memberships(BUILDERS, eve.address)).unwrap().status.isLeft);
	});
});
