// Proposals by body with their tallies, one proposal with its votes, and the members'
// directory (a wallet's payee search).

import { BadRequest, encodeCursor, parseBody, parseChoice, parseCursor, parseId, parseLimit } from './params.mjs';
import { json, NotFound } from './server.mjs';

const PROPOSAL_STATUSES = ['open', 'passed', 'rejected', 'withdrawn', 'cancelled'];

function proposalOut(row) {
	return { ...row, call: JSON.parse(row.call), tally: row.tally ? JSON.parse(row.tally) : null };
}

export function governanceRoutes() {
	return [
		['GET', '/proposals', async ({ query, store }) => {
			const body = parseBody(query.get('body'));
			const status = parseChoice(query.get('status'), PROPOSAL_STATUSES, 'status');
			const limit = parseLimit(query.get('limit'));
			const cursor = parseCursor(query.get('cursor'), ['number']);
			const where = [];
			const params = [];
			if (body) { where.push('body = ?'); params.push(body); }
			if (status) { where.push('status = ?'); params.push(status); }
			if (cursor) { where.push('id < ?'); params.push(cursor[0]); }
			const rows = await store.all(
				`SELECT * FROM proposals ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`, [...params, limit + 1]);
			const page = rows.slice(0, limit);
			return json({
				proposals: page.map(proposalOut),
				next_cursor: rows.length > limit ? encodeCursor([page[page.length - 1].id]) : null,
			});
		}],
		['GET', '/proposals/{id}', async ({ params, store }) => {
			const id = parseId(params.id, 'id');
			const row = await store.get('SELECT * FROM proposals WHERE id = ?', [id]);
			if (!row) throw new NotFound(`no proposal ${id} is indexed`);
			const votes = await store.all(
				'SELECT v.voter, m.name, v.choice, v.block FROM votes v LEFT JOIN members m ON m.account = v.voter WHERE v.proposal = ? ORDER BY v.block, v.event_index', [id]);
			// A voter's last vote counts; earlier ones stay in `vote_history`.
			const current = new Map(votes.map((v) => [v.voter, v]));
			return json({ ...proposalOut(row), votes: [...current.values()], vote_history: votes });
		}],
		['GET', '/members', async ({ query, store }) => {
			const search = query.get('search') ?? '';
			if (search.length > 64) throw new BadRequest('search', 'search is longer than 64 characters');
			const coop = query.get('coop') === null ? null : parseId(query.get('coop'), 'coop');
			const limit = parseLimit(query.get('limit'));
			const like = `%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
			const rows = await store.all(
				`SELECT mb.account, mb.name, m.coop, m.role FROM members mb JOIN memberships m ON m.account = mb.account AND m.left_block IS NULL
				 WHERE LOWER(mb.name) LIKE ? ESCAPE '\\' ${coop === null ? '' : 'AND m.coop = ?'} ORDER BY mb.name, mb.account, m.coop LIMIT ?`,
				[like, ...(coop === null ? [] : [coop]), limit]);
			const members = new Map();
			for (const r of rows) {
				const entry = members.get(r.account) ?? { account: r.account, name: r.name, coops: [] };
				entry.coops.push({ coop: r.coop, role: r.role });
				members.set(r.account, entry);
			}
			return json({ members: [...members.values()] });
		}],
	];
}
