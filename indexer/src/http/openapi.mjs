// The API's description, served at /openapi.json (OpenAPI 3.1). Every path the router
// serves is here; a test checks the two lists are the same.

import { HISTORY_KINDS } from './accounts.mjs';

const param = (name, where, description, schema = { type: 'string' }, required = where === 'path') => ({ name, in: where, required, description, schema });
const account = param('account', 'path', 'An account: SS58 (any network format, checksum checked) or 0x and 64 hex digits.');
const coopId = param('id', 'path', 'A co-op id.', { type: 'integer', minimum: 0 });
const from = param('from', 'query', 'First day of the period, UTC, YYYY-MM-DD (included).', { type: 'string', format: 'date' });
const to = param('to', 'query', 'Last day of the period, UTC, YYYY-MM-DD (included).', { type: 'string', format: 'date' });
const limit = param('limit', 'query', 'Items per page, 1 to 500 (50 by default).', { type: 'integer', minimum: 1, maximum: 500 });
const cursor = param('cursor', 'query', 'The next_cursor of the previous page, unchanged.');
const kind = param('kind', 'query', `Only these kinds, comma-separated: ${HISTORY_KINDS.join(', ')}.`);

const ok = (description, schema = { type: 'object' }, type = 'application/json') => ({ 200: { description, content: { [type]: { schema } } } });
const errors = {
	400: { description: 'A malformed parameter: the error names it.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
	404: { description: 'No such co-op, proposal or memo.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
};
const get = (summary, parameters, responses) => ({ get: { summary, parameters, responses: { ...responses, ...errors } } });

const historyPage = {
	type: 'object',
	required: ['account', 'items', 'next_cursor'],
	properties: {
		account: { type: 'string' },
		items: { type: 'array', items: { $ref: '#/components/schemas/HistoryLine' } },
		next_cursor: { type: ['string', 'null'] },
	},
};

export const OPENAPI = {
	openapi: '3.1.0',
	info: {
		title: 'coop-indexer',
		version: '1.0.0',
		description: 'The finalised history of a Coop Exchange chain: accounts, co-ops, claims, proposals, books and the claims\' memo store. Amounts are units of HOUR (10^-6 HOUR); *_hours fields give the same as a decimal of HOUR.',
	},
	paths: {
		'/status': get('How far indexing is, and the node connection', [], ok('Status', { $ref: '#/components/schemas/Status' })),
		'/openapi.json': get('This document', [], ok('OpenAPI 3.1')),
		'/accounts/{account}': get('Who an account is: name, memberships, balance, open invitations, pending claims', [account], ok('The account')),
		'/accounts/{account}/history': get('An account\'s history, newest first; an unknown account has an empty one', [account, kind, from, to, limit, cursor], ok('A page', historyPage)),
		'/accounts/{account}/balance': get('The account\'s balance at the end of each day', [account, from, to], ok('Days', { type: 'object', properties: { days: { type: 'array', items: { type: 'object', properties: { day: { type: 'string', format: 'date' }, balance: { type: 'integer' }, balance_hours: { type: 'string' } } } } } })),
		'/accounts/{account}/hours': get('Hours of approved work per week (by its Monday) and co-op', [account, from, to], ok('Weeks')),
		'/accounts/{account}/export.csv': get('The account\'s movements of HOUR with the balance after each, as CSV', [account, from, to], ok('CSV', { type: 'string' }, 'text/csv')),
		'/accounts/{account}/valueflows.jsonld': get('The account\'s work and transfers as Valueflows JSON-LD', [account, from, to], ok('JSON-LD', { type: 'object' }, 'application/ld+json')),
		'/coops': get('Every co-op with its pool and member count', [], ok('Co-ops')),
		'/coops/{id}': get('A co-op and its pool\'s balance', [coopId], ok('The co-op')),
		'/coops/{id}/members': get('A co-op\'s members with names and roles', [coopId, param('past', 'query', 'true to include former members.', { type: 'string', enum: ['true', 'false'] })], ok('Members')),
		'/coops/{id}/pool': get('The history of a co-op\'s pool', [coopId, kind, from, to, limit, cursor], ok('A page', historyPage)),
		'/coops/{id}/claims': get('A co-op\'s claims with claimant names, descriptions from the memo store and approvals', [coopId, param('status', 'query', 'Only claims in this state.', { type: 'string', enum: ['pending', 'paid', 'rejected', 'expired'] }), limit], ok('Claims')),
		'/coops/{id}/statistics': get('Hours per member per month, HOUR into and out of the pool per month', [coopId, from, to], ok('Statistics')),
		'/coops/{id}/export.csv': get('The pool\'s movements of HOUR as CSV', [coopId, from, to], ok('CSV', { type: 'string' }, 'text/csv')),
		'/coops/{id}/valueflows.jsonld': get('The co-op\'s approved work and pool movements as Valueflows JSON-LD', [coopId, from, to], ok('JSON-LD', { type: 'object' }, 'application/ld+json')),
		'/proposals': get('Proposals, newest first', [param('body', 'query', 'federation or coop:<id>.'), param('status', 'query', 'Only proposals in this state.', { type: 'string', enum: ['open', 'passed', 'rejected', 'withdrawn', 'cancelled'] }), limit, cursor], ok('Proposals')),
		'/proposals/{id}': get('A proposal with its decoded call, tally and votes', [param('id', 'path', 'A proposal id.', { type: 'integer', minimum: 0 })], ok('The proposal')),
		'/members': get('The members\' directory: current members whose name contains `search`', [param('search', 'query', 'Part of a name, any case, at most 64 characters.'), param('coop', 'query', 'Only members of this co-op.', { type: 'integer', minimum: 0 }), limit], ok('Members')),
		'/memos/{hash}': {
			get: { summary: 'A claim\'s description', parameters: [param('hash', 'path', 'blake2_256 of the description: 0x and 64 hex digits.')], responses: { ...ok('The description', { type: 'object', properties: { hash: { type: 'string' }, text: { type: 'string' } } }), ...errors } },
			put: {
				summary: 'Keep a claim\'s description: only if it hashes to {hash} and a claim with that memo exists or appears within a minute',
				parameters: [param('hash', 'path', 'blake2_256 of the body.')],
				requestBody: { required: true, content: { 'text/plain': { schema: { type: 'string', maxLength: 4096 } } } },
				responses: {
					200: { description: 'Already kept' },
					201: { description: 'Kept' },
					202: { description: 'Held until its claim is indexed' },
					...errors,
					413: { description: 'Larger than 4096 bytes' },
				},
			},
		},
	},
	components: {
		schemas: {
			Error: { type: 'object', required: ['error'], properties: { error: { type: 'string' }, field: { type: 'string' } } },
			Status: {
				type: 'object',
				properties: {
					indexed_height: { type: ['integer', 'null'] },
					finalized_height: { type: ['integer', 'null'] },
					lag: { type: ['integer', 'null'] },
					node: { type: 'object', properties: { url: { type: 'string' }, connected: { type: 'boolean' }, last_error: { type: ['string', 'null'] } } },
					database: { type: 'string', enum: ['sqlite', 'postgres'] },
				},
			},
			HistoryLine: {
				type: 'object',
				required: ['block', 'event_index', 'kind', 'delta'],
				properties: {
					block: { type: 'integer' }, event_index: { type: 'integer' }, time: { type: ['string', 'null'], format: 'date-time' },
					kind: { type: 'string', enum: HISTORY_KINDS }, coop: { type: ['integer', 'null'] }, counterparty: { type: ['string', 'null'] },
					delta: { type: 'integer', description: 'What the line did to the balance, in units' }, delta_hours: { type: 'string' },
				},
			},
		},
	},
};

export function openapiRoutes() {
	return [['GET', '/openapi.json', async () => ({ status: 200, type: 'application/json', body: JSON.stringify(OPENAPI) })]];
}
