// An account's view: who it is, its history (filtered, paged by cursor), its balance by
// day and its hours worked by week and co-op.

import { encodeCursor, parseAccount, parseCursor, parseKinds, parseLimit, parsePeriod } from './params.mjs';
import { json } from './server.mjs';
import { dateOfDay, dayOf, hours, isoTime, weekOf } from './time.mjs';

/** The kinds of lines in a history, as `kind` filters them. */
export const HISTORY_KINDS = [
	'payment', 'work', 'work_pool', 'contribution', 'spend', 'moved_to_pool', 'rebind', 'genesis', 'other',
	'claim', 'membership', 'invitation', 'proposal', 'vote', 'recovery', 'validator',
];

/** A history line as the API shows it. */
export function historyLine(row) {
	return {
		block: row.block,
		event_index: row.event_index,
		time: isoTime(row.time),
		kind: row.kind,
		coop: row.coop,
		counterparty: row.counterparty,
		delta: row.delta,
		delta_hours: hours(row.delta),
		...JSON.parse(row.detail),
	};
}

/** One page of `account`'s history, newest first, with what `query` asks. */
export async function historyPage(store, account, query) {
	const kinds = parseKinds(query.get('kind'), HISTORY_KINDS);
	const { fromMs, toMs } = parsePeriod(query);
	const limit = parseLimit(query.get('limit'));
	const cursor = parseCursor(query.get('cursor'), ['number', 'number', 'string']);
	const where = ['a.account = ?'];
	const params = [account];
	if (kinds) { where.push(`a.kind IN (${kinds.map(() => '?').join(', ')})`); params.push(...kinds); }
	if (fromMs !== null) { where.push('b.time >= ?'); params.push(fromMs); }
	if (toMs !== null) { where.push('b.time < ?'); params.push(toMs); }
	if (cursor) {
		where.push('(a.block < ? OR (a.block = ? AND (a.event_index < ? OR (a.event_index = ? AND a.kind < ?))))');
		params.push(cursor[0], cursor[0], cursor[1], cursor[1], cursor[2]);
	}
	const rows = await store.all(
		`SELECT a.block, a.event_index, a.kind, a.coop, a.counterparty, a.delta, a.detail, b.time FROM activity a JOIN blocks b ON b.number = a.block
		 WHERE ${where.join(' AND ')} ORDER BY a.block DESC, a.event_index DESC, a.kind DESC LIMIT ?`,
		[...params, limit + 1],
	);
	const page = rows.slice(0, limit);
	const last = page[page.length - 1];
	return {
		account,
		items: page.map(historyLine),
		next_cursor: rows.length > limit ? encodeCursor([last.block, last.event_index, last.kind]) : null,
	};
}

export function accountRoutes() {
	return [
		['GET', '/accounts/{account}', async ({ params, store, chain }) => {
			const account = parseAccount(params.account, chain.ss58Format);
			const member = await store.get('SELECT name, identity, first_block FROM members WHERE account = ?', [account]);
			const memberships = await store.all(
				`SELECT m.coop, c.name AS coop_name, m.role, m.joined_block, m.left_block, m.left_how FROM memberships m
				 LEFT JOIN coops c ON c.id = m.coop WHERE m.account = ? ORDER BY m.joined_block, m.coop`, [account]);
			const balance = (await store.get('SELECT COALESCE(SUM(delta), 0) AS balance FROM activity WHERE account = ?', [account])).balance;
			const pool = await store.get('SELECT id FROM coops WHERE pool = ?', [account]);
			const invitations = await store.all(
				`SELECT i.coop, c.name AS coop_name, i.role, i.expires_at, i.block FROM invitations i LEFT JOIN coops c ON c.id = i.coop
				 WHERE i.account = ? AND i.outcome IS NULL ORDER BY i.block`, [account]);
			const pending = await store.all("SELECT id, coop, minutes, day, memo, approvals FROM claims WHERE claimant = ? AND status = 'pending' ORDER BY id", [account]);
			return json({
				account,
				name: member?.name ?? null,
				identity: member?.identity ?? null,
				pool_of: pool ? pool.id : null,
				balance: Number(balance),
				balance_hours: hours(Number(balance)),
				memberships,
				open_invitations: invitations,
				pending_claims: pending,
			});
		}],
		['GET', '/accounts/{account}/history', async ({ params, query, store, chain }) => {
			return json(await historyPage(store, parseAccount(params.account, chain.ss58Format), query));
		}],
		['GET', '/accounts/{account}/balance', async ({ params, query, store, chain }) => {
			const account = parseAccount(params.account, chain.ss58Format);
			const { fromMs, toMs } = parsePeriod(query);
			const rows = await store.all(
				`SELECT b.time, a.delta FROM activity a JOIN blocks b ON b.number = a.block
				 WHERE a.account = ? AND a.delta <> 0 ORDER BY a.block, a.event_index`, [account]);
			const last = await store.get('SELECT MAX(time) AS time FROM blocks');
			return json({ account, days: dailyBalances(rows, fromMs, toMs, last?.time ?? 0) });
		}],
		['GET', '/accounts/{account}/hours', async ({ params, query, store, chain }) => {
			const account = parseAccount(params.account, chain.ss58Format);
			const { fromMs, toMs } = parsePeriod(query);
			const rows = await store.all(
				`SELECT c.coop, co.name AS coop_name, c.day, c.minutes FROM claims c LEFT JOIN coops co ON co.id = c.coop
				 WHERE c.claimant = ? AND c.status = 'paid' ORDER BY c.day`, [account]);
			const weeks = new Map();
			for (const row of rows) {
				if (fromMs !== null && row.day < dayOf(fromMs)) continue;
				if (toMs !== null && row.day >= dayOf(toMs)) continue;
				const key = `${weekOf(row.day)}:${row.coop}`;
				const entry = weeks.get(key) ?? { week: dateOfDay(weekOf(row.day)), coop: row.coop, coop_name: row.coop_name, minutes: 0 };
				entry.minutes += row.minutes;
				weeks.set(key, entry);
			}
			return json({ account, weeks: [...weeks.values()].map((w) => ({ ...w, hours: w.minutes / 60 })) });
		}],
	];
}

/**
 * The balance at the end of each day from the first day with a change (or `fromMs`) to the
 * latest indexed block's day (or `toMs`). Genesis balances count as the opening balance.
 */
export function dailyBalances(rows, fromMs, toMs, lastTime) {
	const changes = rows.filter((r) => r.time > 0);
	let opening = rows.filter((r) => r.time === 0).reduce((sum, r) => sum + r.delta, 0);
	const firstDay = fromMs !== null ? dayOf(fromMs) : changes.length ? dayOf(changes[0].time) : dayOf(lastTime || Date.now());
	const lastDay = toMs !== null ? dayOf(toMs) - 1 : dayOf(lastTime || Date.now());
	let i = 0;
	while (i < changes.length && dayOf(changes[i].time) < firstDay) opening += changes[i++].delta;
	const days = [];
	let balance = opening;
	for (let day = firstDay; day <= lastDay && days.length < 3660; day++) {
		while (i < changes.length && dayOf(changes[i].time) === day) balance += changes[i++].delta;
		days.push({ day: dateOfDay(day), balance, balance_hours: hours(balance) });
	}
	return days;
}
