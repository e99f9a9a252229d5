// The governance attacks 1-5 of attacks.test.mjs, tried again through dedot instead of
// @polkadot/api: a client with its own SCALE codec, its own transaction construction and
// signing payload, and the new JSON-RPC interface. The same attacks are refused with the
// same errors and nothing moves, so the refusals are the chain's, not one client's artefact.
// (Genesis: the Bakers are Alice (admin, delegate), Bob and Charlie; the Builders Dave
// (admin, delegate), Eve, Ferdie and Charlie; two co-ops in the federation.)

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { stringToHex } from 'dedot/utils';

import { BAKERS, BUILDERS, ERROR } from './lib/constants.mjs';
import { refusedWith } from './lib/assert.mjs';
import { devAccounts, freshAccount, freshIdentity } from './lib/chain.mjs';
import { errorName, findEvent, send, useDevChainDedot } from './lib/dedot.mjs';

const STILL_DELIBERATING = 'daco.StillDeliberating';
const TOO_MANY_OPEN_BY_PROPOSER = 'daco.TooManyOpenByProposer';
const NOT_PROPOSER = 'daco.NotProposer';

// dedot's shapes of the chain's enums: a variant with a value is `{ type, value }`.
const BAKERS_BODY = { type: 'Coop', value: BAKERS };
const FEDERATION_BODY = { type: 'Federation' };

describe('attacks on the rules, through an independent client (dedot)', () => {
	const chain = useDevChainDedot('attacks-dedot');
	const [alice, bob, charlie, dave, eve] = devAccounts('Alice', 'Bob', 'Charlie', 'Dave', 'Eve');
	const bakersMembers = [alice, bob, charlie];

	/** The `daco.propose` of `call` (a dedot transaction, held inline) for `body`. */
	function proposeTx(body, call) {
		return chain.client.tx.daco.propose(body, { type: 'Inline', value: call.callHex }, stringToHex('e2e'));
	}

	/** Opens a proposal of `body` to run `call`; returns its id. */
	async function propose(proposer, body, call) {
		const events = await send(chain.client, proposeTx(body, call), proposer);
		return findEvent(events, 'daco', 'Proposed').palletEvent.data.proposal;
	}

	async function voteAye(id, voters) {
		await Promise.all(voters.map((voter) => send(chain.client, chain.client.tx.daco.vote(id, 'Aye'), voter)));
	}

	/** Closes proposal `id`, asserts it passed, and returns the result of its call (`{ isOk }` or `{ isErr, err }`). */
	async function closePassed(id, closer) {
		const events = await send(chain.client, chain.client.tx.daco.close(id), closer);
		assert.equal(findEvent(events, 'daco', 'Closed').palletEvent.data.passed, true, `proposal ${id} passed`);
		return findEvent(events, 'daco', 'Executed').palletEvent.data.result;
	}

	/** Proposal `id` as stored (undefined once it is closed or withdrawn). */
	function proposal(id) {
		return chain.client.query.daco.proposals(id);
	}

	/** Closing proposal `id` is refused with `error`, and the proposal stays open, its tally untouched. */
	async function closeRefused(id, closer, error) {
		const before = await proposal(id);
		assert.ok(before, `proposal ${id} is open`);
		await refusedWith(send(chain.client, chain.client.tx.daco.close(id), closer), error);
		assert.deepEqual(await proposal(id), before, `proposal ${id} is still open, as it was`);
	}

	async function freeBalance(who) {
		return (await chain.client.query.system.account(who)).data.free;
	}

	it('1. an admin who names another co-op\'s member as theirs gains nothing: the person must sign', async () => {
		const { client } = chain;
		const eveIdentity = (await client.query.registry.members(eve.address)).identity;
		const before = await freeBalance(eve.address);
		const invited = await send(client, client.tx.registry.addMember(BAKERS, eve.address, eveIdentity, stringToHex('Eve')), alice);
		assert.ok(findEvent(invited, 'registry', 'MemberInvited'));
		assert.equal(await client.query.registry.memberships([BAKERS, eve.address]), undefined, 'Eve is no Baker');
		// So the Bakers' own vote can't start a recovery of Eve to a key the admin holds:
		// it needs the vote of a co-op she belongs to.
		const stolenKey = freshAccount('stolen-key');
		const id = await propose(alice, BAKERS_BODY, client.tx.registry.rebind(eve.address, stolenKey.address));
		await voteAye(id, bakersMembers);
		const result = await closePassed(id, bob);
		assert.equal(result.isErr, true, 'the rebind failed');
		assert.equal(errorName(client, result.err), ERROR.BAD_ORIGIN);
		assert.equal(await client.query.registry.recoveries(eve.address), undefined, 'no recovery opened');
		assert.equal(await freeBalance(eve.address), before, "Eve's HOUR stays hers");
		assert.deepEqual((await client.query.registry.members(eve.address)).coops, [BUILDERS]);
		// Eve declines.
		await send(client, client.tx.registry.declineInvitation(BAKERS), eve);
		await refusedWith(send(client, client.tx.registry.acceptInvitation(BAKERS), eve), ERROR.NO_INVITATION);
		assert.equal(await client.query.registry.memberships([BAKERS, eve.address]), undefined, 'Eve is still no Baker');
	});

	it('2. a majority registering a puppet co-op gains no vote: it counts only once a founder accepts', async () => {
		const { client } = chain;
		const countBefore = await client.query.registry.activeCoopCount();
		const puppet = freshAccount('puppet');
		const founder = { account: puppet.address, identity: freshIdentity(), name: stringToHex('P') };
		const register = client.tx.registry.registerCoop(stringToHex('Puppets'), [founder]);
		// Through the federation, a bare majority (one of two) can't pass it before the other has
		// voted or a day passed; here the chain's sudo registers it, to show the co-op it makes.
		const id = await propose(alice, FEDERATION_BODY, register);
		await voteAye(id, [alice]);
		await closeRefused(id, bob, STILL_DELIBERATING);
		const events = await send(client, client.tx.sudo.sudo(register.call), alice);
		const coop = findEvent(events, 'registry', 'CoopRegistered').palletEvent.data.coop;
		const info = await client.query.registry.coops(coop);
		assert.equal(info.status, 'Founding');
		assert.equal(info.memberCount, 0, 'no members before a founder accepts');
		assert.equal(await client.query.registry.memberships([coop, puppet.address]), undefined, 'the founder is only invited');
		assert.equal(await client.query.registry.activeCoopCount(), countBefore, 'no new vote in the federation');
		await send(client, client.tx.daco.withdraw(id), alice);
		assert.equal(await proposal(id), undefined, 'withdrawn');
	});

	it('3. nobody closes a two-thirds decision early as passed on a bare majority', async () => {
		const { client } = chain;
		const asRoot = client.tx.daco.enactAsRoot(client.tx.system.remark('0x00').call);
		const id = await propose(alice, FEDERATION_BODY, asRoot);
		await voteAye(id, [alice]);
		// Recorded at opening: the stricter of the body's rule and the call's two thirds.
		assert.equal((await proposal(id)).rule.minAyes, 666_666_666, 'two thirds of all co-ops (Perbill, rounded down)');
		await closeRefused(id, charlie, STILL_DELIBERATING);
		// Every co-op votes, one against: under two thirds of all it fails, and is closed as such.
		await send(client, client.tx.daco.vote(id, 'Nay'), dave);
		const events = await send(client, client.tx.daco.close(id), charlie);
		assert.equal(findEvent(events, 'daco', 'Closed').palletEvent.data.passed, false);
		assert.equal(findEvent(events, 'daco', 'EnactedAsRoot'), undefined, 'no Root call ran');
		assert.equal(findEvent(events, 'daco', 'Executed'), undefined, 'nothing was dispatched');
	});

	it('4. a bare majority can\'t decide in one block, before the others have read the proposal', async () => {
		const { client } = chain;
		const bobBefore = await freeBalance(bob.address);
		const id = await propose(bob, BAKERS_BODY, client.tx.hours.spend(BAKERS, bob.address, 1n));
		await voteAye(id, [bob, charlie]);
		// Two of three: settled under the Bakers' rule, but Alice has not voted and no day passed.
		await closeRefused(id, bob, STILL_DELIBERATING);
		assert.equal(await freeBalance(bob.address), bobBefore, 'nothing spent');
		await send(client, client.tx.daco.withdraw(id), bob);
	});

	it('5. one member can\'t hold a body\'s proposal slots, and withdraws their own', async () => {
		const { client } = chain;
		const remark = client.tx.system.remark('0x01');
		const openProposals = () => client.query.daco.openProposals(BAKERS_BODY);
		const openBefore = await openProposals();
		const mine = [];
		for (let i = 0; i < 3; i++) mine.push(await propose(charlie, BAKERS_BODY, remark));
		await refusedWith(send(client, proposeTx(BAKERS_BODY, remark), charlie), TOO_MANY_OPEN_BY_PROPOSER);
		assert.equal(await openProposals(), openBefore + 3, 'the fourth did not open');
		// Others still have room.
		const theirs = await propose(alice, BAKERS_BODY, remark);
		// Only the proposer withdraws.
		await refusedWith(send(client, client.tx.daco.withdraw(mine[0]), bob), NOT_PROPOSER);
		assert.ok(await proposal(mine[0]), 'still open');
		for (const id of mine) await send(client, client.tx.daco.withdraw(id), charlie);
		await send(client, client.tx.daco.withdraw(theirs), alice);
		assert.equal(await openProposals(), openBefore);
	});
});
