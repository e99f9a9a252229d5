// Governance on the four-validator `local` chain, which has no sudo key: the founding co-ops
// vote a third co-op in, a co-op votes to spend from its pool, and the federation upgrades the
// runtime to the rehearsal build (`spec_version` + 1). Each step waits for finality. (The dev
// accounts of the chain's genesis: Alice is the Bakers' delegate, Dave the Builders'; Alice,
// Bob and Charlie are the Bakers' members.)

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

import { blake2AsHex } from '@polkadot/util-crypto';
import { u8aToHex } from '@polkadot/util';

import { BAKERS, ERROR, HOUR, REFUSAL } from './lib/constants.mjs';
import { refusedAtSubmission, refusedWith } from './lib/assert.mjs';
import { devAccounts, findEvent, freeBalance, freshAccount, freshIdentity, send } from './lib/chain.mjs';
import { BAKERS_MEMBERS, decide, federationDecides } from './lib/daco.mjs';
import { earn } from './lib/hours.mjs';
import { useLocalNetwork } from './lib/networks.mjs';
import { finalizedNumber, rawRpc, UPGRADE_WASM, waitFor } from './lib/node.mjs';

describe('governance on the local chain', () => {
	const network = useLocalNetwork('governance');
	const [bob, charlie] = devAccounts('Bob', 'Charlie');

	it('has no sudo key', async () => {
		assert.ok((await network.api.query.sudo.key()).isNone);
	});

	it('the founding co-ops vote a third co-op in', async () => {
		const { api } = network;
		const admin = freshAccount('printers-admin');
		const register = api.tx.registry.registerCoop('Printers', [{ account: admin.address, identity: freshIdentity(), name: 'Pat' }]);
		const { result, events } = await federationDecides(api, register);
		assert.ok(result.isOk, `registered: ${result.toString()}`);
		const coop = findEvent(events, 'registry', 'CoopRegistered').data.coop.toNumber();
		const printers = (await api.query.registry.coops(coop)).unwrap();
		assert.equal(printers.name.toUtf8(), 'Printers');
		// Founding until its admin accepts with her own key (registry.test.mjs shows that on
		// the dev chain); until then it has no vote, so the federation's other votes in this
		// file still have two voters.
		assert.ok(printers.status.isFounding);
		const invitation = (await api.query.registry.invitations(admin.address, coop)).unwrap();
		assert.ok(invitation.role.isAdmin);
		assert.equal((await api.query.registry.activeCoopCount()).toNumber(), 2);
	});

	it('a co-op votes to spend from its pool', async () => {
		const { api } = network;
		await earn(api, { member: charlie, coop: BAKERS, minutes: 60, approver: bob });
		await send(api, api.tx.hours.contribute(BAKERS, HOUR / 2n), charlie);

		const before = await freeBalance(api, bob.address);
		const spend = api.tx.hours.spend(BAKERS, bob.address, HOUR / 5n);
		// Every member votes: a proposal closes early only then (or after a day to deliberate).
		const { result } = await decide(api, { body: { Coop: BAKERS }, call: spend, ayes: [bob, ...BAKERS_MEMBERS.filter((m) => m.address !== bob.address)], closer: bob });
		assert.ok(result.isOk, `spent: ${result.toString()}`);
		assert.equal(await freeBalance(api, bob.address), before + HOUR / 5n);
	});

	it('without a vote, the same spend is refused', async () => {
		const { api } = network;
		await refusedWith(send(api, api.tx.hours.spend(BAKERS, bob.address, 1n), bob), ERROR.BAD_ORIGIN);
	});

	// Every test above passes on the new code as on the old (the rehearsal build differs only
	// in its `spec_version`), so this one may run in any place; it is last to test the others
	// on the code the chain starts with.
	it('the federation votes a runtime upgrade in; every validator runs it and finality goes on', async () => {
		const { api } = network;
		assert.ok(existsSync(UPGRADE_WASM), `${UPGRADE_WASM} is built by \`cargo build --release --workspace\``);
		const code = readFileSync(UPGRADE_WASM);
		const before = (await api.rpc.state.getRuntimeVersion()).specVersion.toNumber();
		// Before the vote the pool refuses the code from a member; it could only fail in a block.
		const apply = () => api.tx.system.applyAuthorizedUpgrade(u8aToHex(code));
		await refusedAtSubmission(send(api, apply(), charlie), REFUSAL.UPGRADE_NOT_AUTHORISED);

		// The vote carries only the code's hash (two thirds of all co-ops must say aye)...
		const authorize = api.tx.daco.enactAsRoot(api.tx.system.authorizeUpgrade(blake2AsHex(code, 256)));
		const { result } = await federationDecides(api, authorize);
		assert.ok(result.isOk, `authorised: ${result.toString()}`);
		assert.ok((await api.query.system.authorizedUpgrade()).isSome);

		// ...and then any member hands in the code itself, by itself (not in a batch, where the
		// pool could not check it), and it goes in a block of its own.
		await refusedAtSubmission(send(api, api.tx.utility.batch([apply()]), charlie), REFUSAL.UPGRADE_WRAPPED);
		await send(api, apply(), charlie);
		const upgradedAt = await finalizedNumber(api);
		// The executive records the new version when it first runs a block with it.
		const ranNewCode = async () => (await api.query.system.lastRuntimeUpgrade()).unwrap().specVersion.toNumber() === before + 1;
		await waitFor('a block run by the new code', ranNewCode, 30_000);
		for (const node of network.nodes.values()) {
			const runsIt = async () => (await rawRpc(node, 'state_getRuntimeVersion')).specVersion === before + 1;
			await waitFor(`${node.name} on spec_version ${before + 1}`, runsIt, 30_000);
		}
		await waitFor('finality under the new runtime', async () => (await finalizedNumber(api)) >= upgradedAt + 3, 90_000);
	});
});
