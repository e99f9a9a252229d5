// The exports' formats: CSV as spreadsheets read it, amounts as decimals, daily balances.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { toCsv } from '../src/books/csv.mjs';
import { valueflowsGraph } from '../src/books/valueflows.mjs';
import { dailyBalances } from '../src/http/accounts.mjs';
import { hours, weekOf } from '../src/http/time.mjs';

test('CSV quotes what needs quoting and defuses formulas', () => {
	const csv = toCsv(['a', 'b'], [{ a: 'x,y', b: 'say "hi"' }, { a: '=HYPERLINK("x")', b: null }, { a: 1, b: -2 }]);
	assert.equal(csv, 'a,b\r\n"x,y","say ""hi"""\r\n"\'=HYPERLINK(""x"")",\r\n1,-2\r\n');
});

test('units of HOUR print as a decimal of HOUR', () => {
	assert.equal(hours(0), '0');
	assert.equal(hours(1_500_000), '1.5');
	assert.equal(hours(-250_000), '-0.25');
	assert.equal(hours(1), '0.000001');
});

test('weeks start on Monday', () => {
	// 2026-12-02 is a Wednesday; its week starts on Monday 2026-11-30.
	const day = Date.UTC(2026, 11, 2) / 86_400_000;
	assert.equal(weekOf(day), Date.UTC(2026, 10, 30) / 86_400_000);
	assert.equal(weekOf(weekOf(day)), weekOf(day));
});

test('daily balances carry the opening balance and each day\'s changes', () => {
	const day = (d) => Date.UTC(2026, 0, d);
	const rows = [
		{ time: 0, delta: 100 },
		{ time: day(2) + 5, delta: 50 },
		{ time: day(2) + 9, delta: -20 },
		{ time: day(4), delta: 1 },
	];
	const days = dailyBalances(rows, day(1), day(6), day(5));
	assert.deepEqual(days.map((d) => [d.day, d.balance]), [
		['2026-01-01', 100], ['2026-01-02', 130], ['2026-01-03', 130], ['2026-01-04', 131], ['2026-01-05', 131],
	]);
	// Starting later folds the earlier changes into the opening balance.
	assert.equal(dailyBalances(rows, day(3), day(4), day(5))[0].balance, 130);
});

test('Valueflows: work is effort in hours, payments transfer HOUR, agents are typed', () => {
	const graph = valueflowsGraph({
		genesisHash: '0xgen',
		coops: [{ id: 0, name: 'Bakers', pool: 'POOL' }],
		members: [{ account: 'A', name: 'Alice' }],
		work: [{ id: 3, coop: 0, claimant: 'A', minutes: 90, day: 20000, decided_block: 7, time: 1_700_000_000_000 }],
		transfers: [{ block: 8, event_index: 1, kind: 'contribution', from_account: 'A', to_account: 'POOL', amount: 500_000, time: 1_700_000_000_000 }],
	});
	const node = (id) => graph['@graph'].find((n) => n['@id'] === id);
	assert.equal(node('urn:coop-exchange:0xgen:coop:0')['@type'], 'vf:Organization');
	assert.equal(node('urn:coop-exchange:0xgen:account:A')['@type'], 'vf:Person');
	const work = node('urn:coop-exchange:0xgen:claim:3');
	assert.equal(work['vf:action'], 'vf:work');
	assert.equal(work['vf:effortQuantity']['om2:hasNumericalValue'], 1.5);
	const transfer = node('urn:coop-exchange:0xgen:event:8-1');
	assert.equal(transfer['vf:action'], 'vf:transfer');
	assert.equal(transfer['vf:receiver'], 'urn:coop-exchange:0xgen:coop:0');
	assert.equal(transfer['vf:resourceQuantity']['om2:hasNumericalValue'], 0.5);
});
