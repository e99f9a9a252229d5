// A co-op's view: its members and their roles, its pool's history, its claims (what an
// approver reads, the description from the memo store beside each), and its statistics.

import { historyPage } from './accounts.mjs';
import { parseChoice, parseId, parseLimit, parsePeriod } from './params.mjs';
import { json, NotFound } from './server.mjs';
import { dayOf, hours, monthOf, monthOfDay } from './time.mjs';

export async function coopOrNotFound(store, id) {
	const coop = await store.get('SELECT id, name, pool, status, registered_block FROM coops WHERE id = ?', [id]);
	if (!coop) throw new NotFound(`no co-op ${id} is indexed`);
	return coop;
}

const CLAIM_STATUSES = ['pending', 'paid', 'rejected', 'expired'];

export function coopRoutes() {
	return [
		['GET', '/coops', async ({ store }) => {
			const coops = await store.all(
				`SELECT c.id, c.name, c.pool, c.status, c.registered_block,
				 (SELECT COUNT(*) FROM memberships m WHERE m.coop = c.id AND m.left_block IS NULL) AS members
				 FROM coops c ORDER BY c.id`);
			return json({ coops: coops.map((c) => ({ ...c, members: Number(c.members) })) });
		}],
		['GET', '/coops/{id}', async ({ params, store }) => {
			const coop = await coopOrNotFound(store, parseId(params.id, 'id'));
			const balance = Number((await store.get('SELECT COALESCE(SUM(delta), 0) AS b FROM activity WHERE account = ?', [coop.pool])).b);
			return json({ ...coop, pool_balance: balance, pool_balance_hours: hours(balance) });
		}],
		['GET', '/coops/{id}/members', async ({ params, query, store }) => {
			const coop = await coopOrNotFound(store, parseId(params.id, 'id'));
			const past = parseChoice(query.get('past'), ['true', 'false'], 'past') === 'true';
			const members = await store.all(
				`SELECT m.account, mb.name, m.role, m.joined_block, m.left_block, m.left_how FROM memberships m
				 LEFT JOIN members mb ON mb.account = m.account
				 WHERE m.coop = ? ${past ? '' : 'AND m.left_block IS NULL'} ORDER BY m.joined_block, m.account`, [coop.id]);
			return json({ coop: coop.id, members });
		}],
		['GET', '/coops/{id}/pool', async ({ params, query, store }) => {
			const coop = await coopOrNotFound(store, parseId(params.id, 'id'));
			return json({ coop: coop.id, ...(await historyPage(store, coop.pool, query)) });
		}],
		['GET', '/coops/{id}/claims', async ({ params, query, store }) => {
			const coop = await coopOrNotFound(store, parseId(params.id, 'id'));
			const status = parseChoice(query.get('status'), CLAIM_STATUSES, 'status');
			const limit = parseLimit(query.get('limit'));
			const claims = await store.all(
				`SELECT c.*, m.name AS claimant_name, memos.text AS description FROM claims c
				 LEFT JOIN members m ON m.account = c.claimant LEFT JOIN memos ON memos.hash = c.memo
				 WHERE c.coop = ? ${status ? 'AND c.status = ?' : ''} ORDER BY c.id DESC LIMIT ?`,
				[coop.id, ...(status ? [status] : []), limit]);
			const approvals = claims.length ? await store.all(
				`SELECT a.claim, a.approver, m.name, a.block, a.lapsed_block FROM claim_approvals a LEFT JOIN members m ON m.account = a.approver
				 WHERE a.claim IN (${claims.map(() => '?').join(', ')}) ORDER BY a.block, a.event_index`, claims.map((c) => c.id)) : [];
			return json({
				coop: coop.id,
				claims: claims.map((c) => ({ ...c, approved_by: approvals.filter((a) => a.claim === c.id) })),
			});
		}],
		['GET', '/coops/{id}/statistics', async ({ params, query, store }) => {
			const coop = await coopOrNotFound(store, parseId(params.id, 'id'));
			const { fromMs, toMs } = parsePeriod(query);
			const inPeriodDay = (day) => (fromMs === null || day >= dayOf(fromMs)) && (toMs === null || day < dayOf(toMs));
			const inPeriod = (ms) => (fromMs === null || ms >= fromMs) && (toMs === null || ms < toMs);
			const claims = await store.all(
				`SELECT c.claimant, m.name, c.day, c.minutes FROM claims c LEFT JOIN members m ON m.account = c.claimant
				 WHERE c.coop = ? AND c.status = 'paid'`, [coop.id]);
			const perMember = new Map();
			for (const c of claims.filter((c) => inPeriodDay(c.day))) {
				const key = `${monthOfDay(c.day)}:${c.claimant}`;
				const entry = perMember.get(key) ?? { month: monthOfDay(c.day), account: c.claimant, name: c.name, minutes: 0 };
				entry.minutes += c.minutes;
				perMember.set(key, entry);
			}
			const moves = await store.all(
				`SELECT l.kind, l.from_account, l.to_account, l.amount, b.time FROM ledger l JOIN blocks b ON b.number = l.block
				 WHERE l.from_account = ? OR l.to_account = ?`, [coop.pool, coop.pool]);
			const perMonth = new Map();
			for (const m of moves.filter((m) => inPeriod(m.time))) {
				const month = m.time ? monthOf(m.time) : 'genesis';
				const entry = perMonth.get(month) ?? { month, hour_in: 0, hour_out: 0 };
				if (m.to_account === coop.pool) entry.hour_in += m.amount;
				if (m.from_account === coop.pool) entry.hour_out += m.amount;
				perMonth.set(month, entry);
			}
			return json({
				coop: coop.id,
				hours_per_member_per_month: [...perMember.values()].sort((a, b) => a.month.localeCompare(b.month)).map((e) => ({ ...e, hours: e.minutes / 60 })),
				pool_per_month: [...perMonth.values()].sort((a, b) => a.month.localeCompare(b.month))
					.map((e) => ({ ...e, hour_in_hours: hours(e.hour_in), hour_out_hours: hours(e.hour_out) })),
			});
		}],
	];
}
