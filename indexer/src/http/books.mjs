// Exports for the books: an account's or a co-op's movements of HOUR over a period as CSV
// (with the running balance, so an accountant can check it against the opening one), and
// the same period as Valueflows JSON-LD.

import { toCsv } from '../books/csv.mjs';
import { valueflowsGraph } from '../books/valueflows.mjs';
import { coopOrNotFound } from './coops.mjs';
import { parseAccount, parseId, parsePeriod } from './params.mjs';
import { file } from './server.mjs';
import { hours, isoTime } from './time.mjs';

const LEDGER_KINDS = ['payment', 'work', 'work_pool', 'contribution', 'spend', 'moved_to_pool', 'rebind', 'genesis', 'other'];
const CSV_COLUMNS = ['time', 'block', 'extrinsic', 'extrinsic_hash', 'kind', 'direction', 'counterparty', 'counterparty_name', 'coop', 'amount', 'amount_hour', 'balance_hour'];

/** The ledger lines of `account` in the period, each with the balance after it. */
async function statement(store, account, { fromMs, toMs }) {
	const rows = await store.all(
		`SELECT a.block, a.event_index, a.kind, a.coop, a.counterparty, a.delta, a.detail, b.time, l.extrinsic_hash, m.name AS counterparty_name
		 FROM activity a JOIN blocks b ON b.number = a.block
		 LEFT JOIN ledger l ON l.block = a.block AND l.event_index = a.event_index
		 LEFT JOIN members m ON m.account = a.counterparty
		 WHERE a.account = ? AND a.kind IN (${LEDGER_KINDS.map(() => '?').join(', ')}) ORDER BY a.block, a.event_index`,
		[account, ...LEDGER_KINDS]);
	let balance = 0;
	const lines = [];
	for (const row of rows) {
		balance += row.delta;
		if (fromMs !== null && row.time < fromMs) continue;
		if (toMs !== null && row.time >= toMs) continue;
		const detail = JSON.parse(row.detail);
		lines.push({
			time: isoTime(row.time) ?? 'genesis',
			block: row.block,
			extrinsic: detail.extrinsic,
			extrinsic_hash: row.extrinsic_hash,
			kind: row.kind,
			direction: detail.direction,
			counterparty: row.counterparty,
			counterparty_name: row.counterparty_name,
			coop: row.coop,
			amount: Math.abs(row.delta),
			amount_hour: hours(Math.abs(row.delta)),
			balance_hour: hours(balance),
		});
	}
	return lines;
}

function periodName({ fromMs, toMs }) {
	const day = (ms) => new Date(ms).toISOString().slice(0, 10);
	return `${fromMs === null ? 'start' : day(fromMs)}_${toMs === null ? 'now' : day(toMs - 1)}`;
}

async function valueflows(store, genesisHash, { accounts, coopIds }, { fromMs, toMs }) {
	const inPeriod = (ms) => (fromMs === null || ms >= fromMs) && (toMs === null || ms < toMs);
	const coops = await store.all('SELECT id, name, pool FROM coops ORDER BY id');
	const work = (await store.all(
		`SELECT c.id, c.coop, c.claimant, c.minutes, c.day, c.decided_block, b.time FROM claims c JOIN blocks b ON b.number = c.decided_block
		 WHERE c.status = 'paid' ORDER BY c.id`))
		.filter((w) => inPeriod(w.time) && (accounts.includes(w.claimant) || coopIds.includes(w.coop)));
	const transfers = (await store.all(
		`SELECT l.block, l.event_index, l.kind, l.from_account, l.to_account, l.amount, b.time FROM ledger l JOIN blocks b ON b.number = l.block
		 WHERE l.to_account IS NOT NULL ORDER BY l.block, l.event_index`))
		.filter((t) => inPeriod(t.time) && (accounts.includes(t.from_account) || accounts.includes(t.to_account) || coopIds.includes(t.coop)));
	const named = new Set([...accounts, ...work.map((w) => w.claimant), ...transfers.flatMap((t) => [t.from_account, t.to_account])]);
	const members = (await store.all('SELECT account, name FROM members ORDER BY account')).filter((m) => named.has(m.account));
	return valueflowsGraph({ genesisHash, coops, members, work, transfers });
}

export function bookRoutes() {
	return [
		['GET', '/accounts/{account}/export.csv', async ({ params, query, store, chain }) => {
			const account = parseAccount(params.account, chain.ss58Format);
			const period = parsePeriod(query);
			return file(toCsv(CSV_COLUMNS, await statement(store, account, period)), 'text/csv; charset=utf-8', `hour-${account}-${periodName(period)}.csv`);
		}],
		['GET', '/coops/{id}/export.csv', async ({ params, query, store }) => {
			const coop = await coopOrNotFound(store, parseId(params.id, 'id'));
			const period = parsePeriod(query);
			return file(toCsv(CSV_COLUMNS, await statement(store, coop.pool, period)), 'text/csv; charset=utf-8', `hour-coop-${coop.id}-${periodName(period)}.csv`);
		}],
		['GET', '/accounts/{account}/valueflows.jsonld', async ({ params, query, store, chain }) => {
			const account = parseAccount(params.account, chain.ss58Format);
			const graph = await valueflows(store, chain.genesisHash, { accounts: [account], coopIds: [] }, parsePeriod(query));
			return file(JSON.stringify(graph, null, 1), 'application/ld+json', `valueflows-${account}.jsonld`);
		}],
		['GET', '/coops/{id}/valueflows.jsonld', async ({ params, query, store, chain }) => {
			const coop = await coopOrNotFound(store, parseId(params.id, 'id'));
			const graph = await valueflows(store, chain.genesisHash, { accounts: [coop.pool], coopIds: [coop.id] }, parsePeriod(query));
			return file(JSON.stringify(graph, null, 1), 'application/ld+json', `valueflows-coop-${coop.id}.jsonld`);
		}],
	];
}
