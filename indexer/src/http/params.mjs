// The API's inputs, checked: each parser returns the value or throws a BadRequest naming
// the field, which the server answers with 400 and `{ "error", "field" }`.

import { decodeAddress, encodeAddress } from '@polkadot/util-crypto';

export class BadRequest extends Error {
	constructor(field, message) {
		super(message);
		this.field = field;
	}
}

/** An account as SS58 (any format) or 0x-hex of 32 bytes, returned in the chain's format. */
export function parseAccount(value, ss58Format, field = 'account') {
	if (typeof value !== 'string' || value.length === 0) throw new BadRequest(field, `${field} is required`);
	try {
		const raw = decodeAddress(value);
		if (raw.length !== 32) throw new Error('not 32 bytes');
		return encodeAddress(raw, ss58Format);
	} catch {
		throw new BadRequest(field, `${field} is not an address (SS58 with a valid checksum, or 0x and 64 hex digits): ${JSON.stringify(value.slice(0, 80))}`);
	}
}

/** A non-negative integer id (a co-op's, a proposal's). */
export function parseId(value, field) {
	if (!/^\d{1,10}$/.test(value ?? '')) throw new BadRequest(field, `${field} must be a whole number, got ${JSON.stringify(value)}`);
	return Number(value);
}

/** An optional whole number in [min, max], `fallback` when absent. */
export function parseLimit(value, { field = 'limit', fallback = 50, min = 1, max = 500 } = {}) {
	if (value === null || value === undefined) return fallback;
	if (!/^\d{1,6}$/.test(value) || Number(value) < min || Number(value) > max) {
		throw new BadRequest(field, `${field} must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`);
	}
	return Number(value);
}

const DAY_MS = 86_400_000;

function parseDay(value, field) {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
	if (!match || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== value) {
		throw new BadRequest(field, `${field} must be a date as YYYY-MM-DD, got ${JSON.stringify(value)}`);
	}
	return ms;
}

/**
 * `from` and `to`, both optional dates (YYYY-MM-DD, UTC, both days included), as
 * `{ fromMs, toMs }` with `toMs` exclusive. At most `maxDays` apart when both are given.
 */
export function parsePeriod(query, { maxDays = 3660 } = {}) {
	const from = query.get('from');
	const to = query.get('to');
	const fromMs = from === null ? null : parseDay(from, 'from');
	const toMs = to === null ? null : parseDay(to, 'to') + DAY_MS;
	if (fromMs !== null && toMs !== null) {
		if (toMs <= fromMs) throw new BadRequest('to', `to (${to}) is before from (${from})`);
		if ((toMs - fromMs) / DAY_MS > maxDays) throw new BadRequest('to', `the period is longer than ${maxDays} days`);
	}
	return { fromMs, toMs };
}

/** A comma-separated list, each one of `allowed`; null when absent. */
export function parseKinds(value, allowed, field = 'kind') {
	if (value === null || value === undefined) return null;
	const kinds = value.split(',');
	for (const kind of kinds) {
		if (!allowed.includes(kind)) throw new BadRequest(field, `${field} ${JSON.stringify(kind)} is not one of ${allowed.join(', ')}`);
	}
	return kinds;
}

/** One of `allowed`, or null when absent. */
export function parseChoice(value, allowed, field) {
	if (value === null || value === undefined) return null;
	if (!allowed.includes(value)) throw new BadRequest(field, `${field} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
	return value;
}

/** `federation` or `coop:<id>`. */
export function parseBody(value) {
	if (value === null || value === undefined) return null;
	if (value === 'federation' || /^coop:\d{1,10}$/.test(value)) return value;
	throw new BadRequest('body', `body must be federation or coop:<id>, got ${JSON.stringify(value)}`);
}

/** A 32-byte hash as 0x and 64 lower- or upper-case hex digits, returned in lower case. */
export function parseHash(value, field = 'hash') {
	if (!/^0x[0-9a-fA-F]{64}$/.test(value ?? '')) throw new BadRequest(field, `${field} must be 0x and 64 hex digits`);
	return value.toLowerCase();
}

// A cursor is where the previous page ended, opaque to clients: base64url of JSON.

export function encodeCursor(position) {
	return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/** The cursor's position (an array matching `shape`, a list of 'number'/'string'), or null. */
export function parseCursor(value, shape) {
	if (value === null || value === undefined) return null;
	try {
		const position = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
		if (Array.isArray(position) && position.length === shape.length && position.every((v, i) => typeof v === shape[i])) return position;
	} catch { /* answered below */ }
	throw new BadRequest('cursor', 'cursor is not one this API gave out (pass the next_cursor of the previous page unchanged)');
}
