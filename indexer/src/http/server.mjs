// The HTTP API: a small router over node:http, JSON answers, the errors every handler may
// throw turned into status codes, and CORS for the wallet's origin.

import { createServer } from 'node:http';

import { BadRequest } from './params.mjs';

export class NotFound extends Error {}
export class HttpError extends Error {
	constructor(status, message, field) {
		super(message);
		this.status = status;
		this.field = field;
	}
}

/** A JSON answer. */
export const json = (body, status = 200) => ({ status, type: 'application/json; charset=utf-8', body: JSON.stringify(body) });
/** Any other answer (a CSV file, JSON-LD), with `filename` as a download's name. */
export const file = (body, type, filename) => ({ status: 200, type, body, filename });

/**
 * `routes`: [method, path pattern with `{name}` parts, handler(request)]; a handler gets
 * `{ params, query, body, api }` and returns an answer from `json` or `file`.
 */
export function startServer({ routes, host, port, corsOrigins, context, maxBodyBytes, log }) {
	const compiled = routes.map(([method, pattern, handler]) => {
		const names = [];
		const regex = new RegExp(`^${pattern.replace(/\./g, '\\.').replace(/\{(\w+)\}/g, (_, name) => { names.push(name); return '([^/]+)'; })}$`);
		return { method, regex, names, handler };
	});
	const server = createServer(async (req, res) => {
		const origin = req.headers.origin;
		if (origin && (corsOrigins.includes('*') || corsOrigins.includes(origin))) {
			res.setHeader('Access-Control-Allow-Origin', corsOrigins.includes('*') ? '*' : origin);
			res.setHeader('Vary', 'Origin');
			res.setHeader('Access-Control-Allow-Methods', 'GET, PUT, OPTIONS');
			res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
		}
		let answer;
		try {
			const url = new URL(req.url, 'http://indexer');
			if (req.method === 'OPTIONS') {
				answer = { status: 204, type: 'text/plain', body: '' };
			} else {
				const matches = compiled.map((r) => ({ r, m: r.regex.exec(url.pathname) })).filter(({ m }) => m);
				const route = matches.find(({ r }) => r.method === req.method);
				if (!route) {
					answer = matches.length
						? json({ error: `${req.method} is not allowed here` }, 405)
						: json({ error: `no such path: ${url.pathname}` }, 404);
				} else {
					const params = Object.fromEntries(route.r.names.map((n, i) => [n, decodeURIComponent(route.m[i + 1])]));
					const body = req.method === 'PUT' ? await readBody(req, maxBodyBytes) : undefined;
					answer = await route.r.handler({ params, query: url.searchParams, body, ...context });
				}
			}
		} catch (error) {
			if (error instanceof BadRequest) answer = json({ error: error.message, field: error.field }, 400);
			else if (error instanceof HttpError) answer = json({ error: error.message, ...(error.field ? { field: error.field } : {}) }, error.status);
			else if (error instanceof NotFound) answer = json({ error: error.message }, 404);
			else {
				log(`HTTP ${req.method} ${req.url}: ${error.stack ?? error}`);
				answer = json({ error: 'internal error' }, 500);
			}
		}
		res.statusCode = answer.status;
		res.setHeader('Content-Type', answer.type);
		if (answer.filename) res.setHeader('Content-Disposition', `attachment; filename="${answer.filename}"`);
		res.end(answer.body);
	});
	return new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(port, host, () => ok(server));
	});
}

function readBody(req, maxBytes) {
	return new Promise((ok, fail) => {
		const chunks = [];
		let size = 0;
		// Past the limit the rest is read and dropped, so the client still gets the answer.
		req.on('data', (chunk) => {
			size += chunk.length;
			if (size <= maxBytes) chunks.push(chunk);
		});
		req.on('end', () => (size > maxBytes
			? fail(new HttpError(413, `the body is larger than ${maxBytes} bytes`, 'body'))
			: ok(Buffer.concat(chunks))));
		req.on('error', fail);
	});
}
