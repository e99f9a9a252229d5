// coop-indexer against a live dev chain: a scripted life of a co-op (a member invited and
// accepting, work logged, approved and rejected, a payment, a pool contribution and a
// spend by vote, a runtime upgrade), then every indexed record compared with the chain's
// own events and state, the API asked about those accounts, every bad input tried, and the
// same history indexed again by an indexer SIGKILLed three times on the way and by one
// writing to PostgreSQL: all three databases hold exactly the same rows.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

import { u8aToHex } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';

import { openStore } from '../indexer/src/store/open.mjs';
import { chainDay, devAccounts, findEvent, freeBalance, freshAccount, freshIdentity, send } from './lib/chain.mjs';
import { BAKERS, BUILDERS, HOUR } from './lib/constants.mjs';
import { propose } from './lib/daco.mjs';
import { startIndexer } from './lib/indexer.mjs';
import { finalizedNumber, UPGRADE_WASM, waitFor } from './lib/node.mjs';
import { useDevChain } from './lib/networks.mjs';
import { startPostgres } from './lib/postgres.mjs';

const [alice, bob, charlie, eve, ferdie] = devAccounts('Alice', 'Bob', 'Charlie', 'Eve', 'Ferdie');
const DONE_WORK = 'Baked 40 loaves of rye for the Saturday market';
const REJECTED_WORK = 'Fixed the van (again)';

/** Every row of every table, sorted, as comparable text. */
async function dump(database) {
	const store = await openStore(database);
	const tables = ['blocks', 'coops', 'members', 'memberships', 'role_changes', 'ledger', 'activity', 'claims', 'claim_approvals',
		'proposals', 'votes', 'invitations', 'recoveries', 'validator_changes'];
	const out = {};
	for (const table of tables) {
		const rows = await store.all(`SELECT * FROM ${table}`);
		out[table] = rows.map((r) => JSON.stringify(Object.keys(r).sort().map((k) => [k, r[k]]))).sort();
	}
	await store.close();
	return out;
}

describe('coop-indexer on a live dev chain', () => {
	const chain = useDevChain('indexer', { extra: ['--state-pruning', 'archive'] });
	const fresh = freshAccount('indexer-fresh');
	let indexer;
	let database;
	const claims = {};
	let proposal;

	before(async () => {
		database = join(chain.dir, 'index.sqlite');
		indexer = await startIndexer({ nodeUrl: chain.node.url, database, logPath: join(chain.dir, 'indexer.log') });
	});
	after(async () => { await indexer?.stop(); });

	it('a co-op\'s life happens on chain while the indexer follows', async () => {
		const { api } = chain;
		const day = await chainDay(api);
		const memo = (text) => blake2AsHex(text, 256);
		const [invited, logged, loggedElsewhere] = await Promise.all([
			send(api, api.tx.registry.addMember(BAKERS, fresh.address, freshIdentity(), 'Fresh Baker'), alice),
			send(api, api.tx.hours.logWork(BAKERS, 90, day, memo(DONE_WORK)), charlie),
			send(api, api.tx.hours.logWork(BUILDERS, 30, day, memo(REJECTED_WORK)), ferdie),
		]);
		assert.ok(findEvent(invited, 'registry', 'MemberInvited'));
		claims.done = findEvent(logged, 'hours', 'WorkLogged').data.claim.toNumber();
		claims.rejected = findEvent(loggedElsewhere, 'hours', 'WorkLogged').data.claim.toNumber();

		await Promise.all([
			send(api, api.tx.registry.acceptInvitation(BAKERS), fresh),
			send(api, api.tx.hours.approve(claims.done), bob),
			send(api, api.tx.hours.reject(claims.rejected, 'not this week'), eve),
		]);
		await send(api, api.tx.hours.transfer(fresh.address, HOUR), charlie);
		await send(api, api.tx.hours.contribute(BAKERS, HOUR / 2n), fresh);
		proposal = await propose(api, alice, { Coop: BAKERS }, api.tx.hours.spend(BAKERS, charlie.address, HOUR / 4n));
		await Promise.all([alice, bob, charlie, fresh].map((voter) => send(api, api.tx.daco.vote(proposal, 'Aye'), voter)));
		const closed = await send(api, api.tx.daco.close(proposal), bob);
		assert.ok(findEvent(closed, 'hours', 'Spent'), 'the spend ran');
	});

	it('the runtime is upgraded while the indexer runs, and indexing goes on', async () => {
		const { api } = chain;
		assert.ok(existsSync(UPGRADE_WASM), `${UPGRADE_WASM} is built by \`cargo build --release --workspace\``);
		const code = readFileSync(UPGRADE_WASM);
		const before = (await api.rpc.state.getRuntimeVersion()).specVersion.toNumber();
		await send(api, api.tx.sudo.sudo(api.tx.system.authorizeUpgrade(blake2AsHex(code, 256))), alice);
		await send(api, api.tx.system.applyAuthorizedUpgrade(u8aToHex(code)), charlie);
		await waitFor('the new runtime', async () => (await api.rpc.state.getRuntimeVersion()).specVersion.toNumber() === before + 1, 30_000);
		// A payment under the new runtime, decoded with its metadata.
		await send(api, api.tx.hours.transfer(alice.address, HOUR / 10n), charlie);
		const height = await finalizedNumber(api);
		await indexer.indexed(height);
		const versions = await (async () => {
			const store = await openStore(database);
			const rows = await store.all('SELECT DISTINCT spec_version FROM blocks ORDER BY spec_version');
			await store.close();
			return rows.map((r) => r.spec_version);
		})();
		assert.equal(versions.length, 2, `blocks of both runtimes are indexed: ${versions}`);
	});

	it('every movement of HOUR, claim, vote and membership matches the chain\'s events, and every balance its state', async () => {
		const { api } = chain;
		const height = (await indexer.get('/status')).body.indexed_height;
		assert.equal(api.runtimeMetadata.version, 14, 'the test reads the chain with metadata v14, as the indexer and wallet do');
		const store = await openStore(database);
		try {
			const expected = { ledger: [], claims: 0, votes: 0, closed: 0, joined: 0 };
			for (let n = 1; n <= height; n++) {
				const hash = await api.rpc.chain.getBlockHash(n);
				const events = await (await api.at(hash)).query.system.events();
				events.forEach(({ event }, index) => {
					const key = `${event.section}.${event.method}`;
					if (key === 'balances.Transfer') expected.ledger.push([n, index, event.data.from.toString(), event.data.to.toString(), Number(event.data.amount)]);
					if (key === 'balances.Minted') expected.ledger.push([n, index, null, event.data.who.toString(), Number(event.data.amount)]);
					if (key === 'hours.WorkLogged') expected.claims += 1;
					if (key === 'daco.Voted') expected.votes += 1;
					if (key === 'daco.Closed') expected.closed += 1;
					if (key === 'registry.MemberAdded') expected.joined += 1;
				});
			}
			const ledger = (await store.all('SELECT block, event_index, from_account, to_account, amount FROM ledger WHERE block > 0 AND block <= ? ORDER BY block, event_index', [height]))
				.map((r) => [r.block, r.event_index, r.from_account, r.to_account, r.amount]);
			assert.deepEqual(ledger, expected.ledger);
			assert.ok(expected.ledger.length >= 5, 'the script moved HOUR');
			const count = async (sql) => Number((await store.get(sql)).n);
			assert.equal(await count('SELECT COUNT(*) AS n FROM claims'), expected.claims);
			assert.equal(await count('SELECT COUNT(*) AS n FROM votes'), expected.votes);
			assert.equal(await count("SELECT COUNT(*) AS n FROM proposals WHERE status IN ('passed', 'rejected')"), expected.closed);
			assert.equal(await count('SELECT COUNT(*) AS n FROM role_changes WHERE block > 0 AND from_role IS NULL AND to_role IS NOT NULL'), expected.joined);

			// Every balance the index knows equals the chain's at the same block.
			const hash = await api.rpc.chain.getBlockHash(height);
			const balances = await store.all('SELECT account, SUM(delta) AS balance FROM activity GROUP BY account');
			for (const { account, balance } of balances) {
				assert.equal(BigInt(balance), await freeBalance(api, account, hash), `balance of ${account}`);
			}
			// Memberships: the chain's, role for role.
			const onChain = (await (await api.at(hash)).query.registry.memberships.entries())
				.filter(([, r]) => r.unwrap().status.isActive)
				.map(([k, r]) => [k.args[0].toNumber(), k.args[1].toString(), r.unwrap().role.type]).sort();
			const indexed = (await store.all('SELECT coop, account, role FROM memberships WHERE left_block IS NULL'))
				.map((r) => [r.coop, r.account, r.role]).sort();
			assert.deepEqual(indexed, onChain);
		} finally {
			await store.close();
		}
	});

	it('the API tells the accounts\' history, balances, hours, books and the co-op\'s view', async () => {
		const status = (await indexer.get('/status')).body;
		assert.equal(status.node.connected, true);
		assert.ok(status.lag <= 1, `lag ${status.lag}`);

		const freshView = (await indexer.get(`/accounts/${fresh.address}`)).body;
		assert.equal(freshView.name, 'Fresh Baker');
		assert.deepEqual(freshView.memberships.map((m) => [m.coop, m.role, m.left_block]), [[BAKERS, 'Member', null]]);
		assert.equal(BigInt(freshView.balance), await freeBalance(chain.api, fresh.address));

		const history = (await indexer.get(`/accounts/${charlie.address}/history?kind=payment`)).body;
		const paid = history.items.find((i) => i.counterparty === fresh.address);
		assert.equal(paid.delta, -Number(HOUR));
		assert.equal(paid.direction, 'out');
		// Paging: one item a page, following the cursors, gives the same lines.
		const all = (await indexer.get(`/accounts/${charlie.address}/history`)).body.items;
		const paged = [];
		for (let cursor = ''; ;) {
			const page = (await indexer.get(`/accounts/${charlie.address}/history?limit=1${cursor}`)).body;
			paged.push(...page.items);
			if (!page.next_cursor) break;
			cursor = `&cursor=${page.next_cursor}`;
		}
		assert.deepEqual(paged, all);
		assert.ok(all.some((i) => i.kind === 'claim' && i.action === 'paid' && i.by === bob.address));
		assert.ok(all.some((i) => i.kind === 'spend' && i.direction === 'in'));

		const days = (await indexer.get(`/accounts/${charlie.address}/balance`)).body.days;
		assert.equal(BigInt(days[days.length - 1].balance), await freeBalance(chain.api, charlie.address));
		const weeks = (await indexer.get(`/accounts/${charlie.address}/hours`)).body.weeks;
		assert.deepEqual(weeks.map((w) => [w.coop, w.minutes]), [[BAKERS, 90]]);

		const members = (await indexer.get(`/coops/${BAKERS}/members`)).body.members;
		assert.ok(members.some((m) => m.account === fresh.address && m.name === 'Fresh Baker' && m.role === 'Member'));
		const pool = (await indexer.get(`/coops/${BAKERS}/pool?kind=contribution,spend`)).body.items;
		assert.deepEqual(pool.map((i) => [i.kind, i.delta]).sort(), [['contribution', Number(HOUR / 2n)], ['spend', -Number(HOUR / 4n)]]);
		const stats = (await indexer.get(`/coops/${BAKERS}/statistics`)).body;
		assert.ok(stats.hours_per_member_per_month.some((s) => s.account === charlie.address && s.minutes === 90));

		const rejected = (await indexer.get(`/coops/${BUILDERS}/claims?status=rejected`)).body.claims;
		assert.deepEqual(rejected.map((c) => [c.id, c.reason, c.decided_by]), [[claims.rejected, 'not this week', eve.address]]);

		const proposalView = (await indexer.get(`/proposals/${proposal}`)).body;
		assert.equal(proposalView.status, 'passed');
		assert.equal(proposalView.call.pallet, 'hours');
		assert.equal(proposalView.call.call, 'spend');
		assert.equal(proposalView.result, 'Ok');
		assert.equal(proposalView.votes.length, 4);
		assert.ok((await indexer.get(`/proposals?body=coop:${BAKERS}`)).body.proposals.some((p) => p.id === proposal));
		assert.ok((await indexer.get('/members?search=fresh')).body.members.some((m) => m.account === fresh.address));

		const csv = await indexer.get(`/accounts/${charlie.address}/export.csv`);
		assert.equal(csv.status, 200);
		assert.match(csv.headers.get('content-disposition'), /attachment; filename="hour-/);
		const lines = csv.body.trim().split('\r\n');
		assert.equal(lines[0], 'time,block,extrinsic,extrinsic_hash,kind,direction,counterparty,counterparty_name,coop,amount,amount_hour,balance_hour');
		assert.ok(lines.some((l) => l.includes(',payment,out,') && l.includes('Fresh Baker')));
		const vf = (await indexer.get(`/coops/${BAKERS}/valueflows.jsonld`)).body;
		const work = vf['@graph'].find((n) => n['vf:action'] === 'vf:work');
		assert.equal(work['vf:effortQuantity']['om2:hasNumericalValue'], 1.5);
	});

	it('the memo store keeps a description only under its own hash and only for a claim', async () => {
		const put = (hash, text) => indexer.get(`/memos/${hash}`, { method: 'PUT', body: text });
		const hash = blake2AsHex(DONE_WORK, 256);
		assert.equal((await put(hash, DONE_WORK)).status, 201);
		assert.equal((await put(hash, DONE_WORK)).status, 200);
		assert.equal((await indexer.get(`/memos/${hash}`)).body.text, DONE_WORK);
		const wrong = await put(blake2AsHex(REJECTED_WORK, 256), DONE_WORK);
		assert.equal(wrong.status, 400);
		assert.equal(wrong.body.field, 'body');
		const noClaim = 'work nobody claimed';
		assert.equal((await put(blake2AsHex(noClaim, 256), noClaim)).status, 202);
		assert.equal((await indexer.get(`/memos/${blake2AsHex(noClaim, 256)}`)).status, 404);
		const big = 'x'.repeat(5000);
		assert.equal((await put(blake2AsHex(big, 256), big)).status, 413);
		// The approver's view carries the description.
		const view = (await indexer.get(`/coops/${BAKERS}/claims?status=paid`)).body.claims.find((c) => c.id === claims.done);
		assert.equal(view.description, DONE_WORK);
		assert.equal(view.claimant_name, 'Charlie');
	});

	it('every bad input gets a 400 naming its field; an unknown account an empty history', async () => {
		const bad = [
			['/accounts/notanaddress/history', 'account'],
			[`/accounts/${alice.address}/history?cursor=garbage`, 'cursor'],
			[`/accounts/${alice.address}/history?from=2026-02-31`, 'from'],
			[`/accounts/${alice.address}/history?kind=theft`, 'kind'],
			[`/accounts/${alice.address}/history?limit=0`, 'limit'],
			[`/accounts/${alice.address}/balance?from=2026-02-02&to=2026-02-01`, 'to'],
			[`/accounts/${alice.address}/export.csv?to=soon`, 'to'],
			['/coops/x/members', 'id'],
			['/proposals?body=everyone', 'body'],
			['/proposals?status=maybe', 'status'],
			[`/memos/0x1234`, 'hash'],
		];
		for (const [path, field] of bad) {
			const { status, body } = await indexer.get(path);
			assert.equal(status, 400, path);
			assert.equal(body.field, field, path);
			assert.ok(body.error.length > 10, path);
		}
		const nobody = freshAccount('nobody');
		const empty = await indexer.get(`/accounts/${nobody.address}/history`);
		assert.deepEqual([empty.status, empty.body.items, empty.body.next_cursor], [200, [], null]);
		assert.equal((await indexer.get('/coops/999')).status, 404);
		assert.equal((await indexer.get('/nowhere')).status, 404);
		const cors = await indexer.get('/status', { headers: { Origin: 'http://127.0.0.1:8080' } });
		assert.equal(cors.headers.get('access-control-allow-origin'), 'http://127.0.0.1:8080');
		const foreign = await indexer.get('/status', { headers: { Origin: 'http://evil.example' } });
		assert.equal(foreign.headers.get('access-control-allow-origin'), null);
	});

	it('the OpenAPI document describes every path the API serves', async () => {
		const { body } = await indexer.get('/openapi.json');
		assert.equal(body.openapi, '3.1.0');
		const { ROUTES } = await import('../indexer/src/app.mjs');
		const served = [...new Set(ROUTES.map(([, path]) => path))].sort();
		assert.deepEqual(Object.keys(body.paths).sort(), served);
	});

	it('an indexer SIGKILLed three times during its catch-up, and one on PostgreSQL, hold exactly the same rows', async () => {
		const height = (await indexer.get('/status')).body.indexed_height;
		const killedDb = join(chain.dir, 'killed.sqlite');
		for (let kill = 0; kill < 3; kill++) {
			const again = await startIndexer({ nodeUrl: chain.node.url, database: killedDb, logPath: join(chain.dir, 'killed.log') });
			// Killed once some blocks are in, at a moment of the writes' choosing.
			await waitFor('some blocks indexed', async () => ((await again.get('/status')).body.indexed_height ?? -1) >= kill * 5, 30_000, 10);
			await again.kill();
		}
		const resumed = await startIndexer({ nodeUrl: chain.node.url, database: killedDb, logPath: join(chain.dir, 'killed.log') });
		await resumed.indexed(height);
		await resumed.stop();

		const postgres = await startPostgres(chain.dir);
		try {
			const onPostgres = await startIndexer({ nodeUrl: chain.node.url, database: postgres.url, logPath: join(chain.dir, 'postgres.log') });
			await onPostgres.indexed(height);
			const memo = blake2AsHex(DONE_WORK, 256);
			assert.equal((await onPostgres.get(`/memos/${memo}`, { method: 'PUT', body: DONE_WORK })).status, 201);
			assert.equal((await onPostgres.get(`/accounts/${charlie.address}/history?kind=payment`)).body.items.length >= 2, true);
			await onPostgres.stop();

			const cut = async (db) => {
				const all = await dump(db);
				// Compare the blocks all three have.
				for (const table of Object.keys(all)) all[table] = all[table].filter((row) => !/"block",(\d+)/.test(row) || Number(/"block",(\d+)/.exec(row)[1]) <= height);
				all.blocks = all.blocks.filter((row) => Number(/"number",(\d+)/.exec(row)[1]) <= height);
				return all;
			};
			const [original, killed, pg] = [await cut(database), await cut(killedDb), await cut(postgres.url)];
			for (const table of Object.keys(original)) {
				assert.deepEqual(killed[table], original[table], `${table} after three SIGKILLs`);
				assert.deepEqual(pg[table], original[table], `${table} on PostgreSQL`);
			}
			assert.equal(original.blocks.length, height + 1);
		} finally {
			await postgres.stop();
		}
	});
});
