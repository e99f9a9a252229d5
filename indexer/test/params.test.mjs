// Every bad input the API takes is refused with the field named; good ones come back
// normalised.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
	BadRequest, encodeCursor, parseAccount, parseBody, parseCursor, parseHash, parseId, parseKinds, parseLimit, parsePeriod,
} from '../src/http/params.mjs';

const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
const ALICE_HEX = '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d';

const refuses = (fn, field) => assert.throws(fn, (e) => e instanceof BadRequest && e.field === field);

test('an account is taken as SS58 in any format or as hex, and given back in the chain\'s', () => {
	assert.equal(parseAccount(ALICE, 42), ALICE);
	assert.equal(parseAccount(ALICE_HEX, 42), ALICE);
	assert.equal(parseAccount('15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5', 42), ALICE); // Polkadot's format
});

test('a malformed account is refused, naming the field', () => {
	for (const bad of ['', 'alice', `${ALICE.slice(0, -1)}Z`, '0x1234', `${ALICE_HEX}00`, '5'.repeat(300)]) {
		refuses(() => parseAccount(bad, 42), 'account');
	}
});

test('a period is two dates, both days included; anything else is refused', () => {
	const q = (s) => new URLSearchParams(s);
	assert.deepEqual(parsePeriod(q('from=2026-01-01&to=2026-01-01')), { fromMs: Date.UTC(2026, 0, 1), toMs: Date.UTC(2026, 0, 2) });
	assert.deepEqual(parsePeriod(q('')), { fromMs: null, toMs: null });
	refuses(() => parsePeriod(q('from=2026-13-01')), 'from');
	refuses(() => parsePeriod(q('from=2026-02-30')), 'from');
	refuses(() => parsePeriod(q('to=yesterday')), 'to');
	refuses(() => parsePeriod(q('from=2026-02-02&to=2026-02-01')), 'to');
	refuses(() => parsePeriod(q('from=2000-01-01&to=2026-02-01')), 'to');
});

test('cursors round-trip and a tampered one is refused', () => {
	const cursor = encodeCursor([12, 3, 'payment']);
	assert.deepEqual(parseCursor(cursor, ['number', 'number', 'string']), [12, 3, 'payment']);
	assert.equal(parseCursor(null, ['number']), null);
	for (const bad of ['x', '!!!', encodeCursor([1, 2]), encodeCursor(['1', 2, 'a']), encodeCursor({})]) {
		refuses(() => parseCursor(bad, ['number', 'number', 'string']), 'cursor');
	}
});

test('limits, ids, kinds, bodies and hashes are checked', () => {
	assert.equal(parseLimit(null), 50);
	assert.equal(parseLimit('500'), 500);
	for (const bad of ['0', '501', '-1', '1.5', 'ten']) refuses(() => parseLimit(bad), 'limit');
	assert.equal(parseId('7', 'id'), 7);
	for (const bad of ['-1', 'x', '', '99999999999']) refuses(() => parseId(bad, 'id'), 'id');
	assert.deepEqual(parseKinds('payment,work', ['payment', 'work']), ['payment', 'work']);
	refuses(() => parseKinds('payment,theft', ['payment']), 'kind');
	assert.equal(parseBody('coop:3'), 'coop:3');
	for (const bad of ['coop:', 'coop:-1', 'Federation', 'coop:1;DROP']) refuses(() => parseBody(bad), 'body');
	assert.equal(parseHash(`0x${'AB'.repeat(32)}`), `0x${'ab'.repeat(32)}`);
	for (const bad of ['0x12', `${'ab'.repeat(32)}`, `0x${'zz'.repeat(32)}`]) refuses(() => parseHash(bad), 'hash');
});
