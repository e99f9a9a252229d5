// Amounts as people type and read them: hours and minutes, decimals, 6 decimals at most.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { UNITS, decimal, hoursAndMinutes, parseAmount } from '../src/lib/format.js';

describe('amounts', () => {
	it('reads what people type, with a point or a comma, and refuses the rest', () => {
		const cases = [
			['1', 1_000_000n],
			['1.5', 1_500_000n],
			['1,5', 1_500_000n],
			[' 0.25 ', 250_000n],
			['0.000001', 1n],
			['2.123456', 2_123_456n],
			['999999999999', 999_999_999_999n * UNITS],
			['2.1234567', null], // more than 6 decimals
			['1234567890123', null], // more than 12 digits
			['0', null],
			['0.0', null],
			['-1', null],
			['', null],
			['   ', null],
			[null, null],
			[undefined, null],
			['1.', null],
			['.5', null],
			['1.2.3', null],
			['1 h 30', null],
			['1e3', null],
		];
		for (const [text, units] of cases) assert.equal(parseAmount(text), units, `parseAmount(${JSON.stringify(text)})`);
	});

	it('shows hours and minutes, rounding down to the minute', () => {
		const cases = [
			[0n, '0 h'],
			[1_000_000n, '1 h'],
			[1_500_000n, '1 h 30 min'],
			[16_667n, '0 h 1 min'],
			[16_666n, '0 h'],
			[25_250_000n, '25 h 15 min'],
			[-1_500_000n, '−1 h 30 min'],
			['2000000', '2 h'],
		];
		for (const [units, text] of cases) assert.equal(hoursAndMinutes(units), text, `hoursAndMinutes(${units})`);
	});

	it('shows a decimal without trailing zeros, down to one unit', () => {
		const cases = [
			[0n, '0'],
			[1n, '0.000001'],
			[1_500_000n, '1.5'],
			[1_250_000n, '1.25'],
			[2_000_000n, '2'],
			[123_456_789n, '123.456789'],
			[-1_500_000n, '-1.5'],
		];
		for (const [units, text] of cases) assert.equal(decimal(units), text, `decimal(${units})`);
	});

	it('reads back what it shows as a decimal', () => {
		for (const units of [1n, 999_999n, 1_000_000n, 1_500_000n, 123_456_789n]) assert.equal(parseAmount(decimal(units)), units);
	});
});
