// What a payer can pay, which Pay checks before signing: the free balance, less a freeze
// beyond the reserved part, never below zero.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { spendable } from '../src/lib/spendable.js';

describe('what a payer can pay', () => {
	it('is the free balance less what a freeze holds beyond the reserved part', () => {
		const cases = [
			[{ free: 5_000_000n }, 5_000_000n], // nothing frozen: all of it
			[{ free: 5_000_000n, reserved: 0n, frozen: 0n }, 5_000_000n],
			[{ free: 5_000_000n, reserved: 0n, frozen: 2_000_000n }, 3_000_000n],
			[{ free: 5_000_000n, reserved: 1_000_000n, frozen: 2_000_000n }, 4_000_000n], // the reserve covers part of the freeze
			[{ free: 5_000_000n, reserved: 3_000_000n, frozen: 2_000_000n }, 5_000_000n], // and all of it
			[{ free: 1_000_000n, reserved: 0n, frozen: 4_000_000n }, 0n], // frozen above free: nothing, never negative
			[{ free: 0n }, 0n],
		];
		for (const [data, expected] of cases) assert.equal(spendable(data), expected, JSON.stringify(data, (_, v) => (typeof v === 'bigint' ? `${v}` : v)));
	});
});
