// The wallet's reading of a tally agrees with the chain's rules (pallets/daco/src/tally.rs):
// `settled` says an outcome exactly when every way the outstanding voters could vote gives
// it, as the pallet's own test checks; `closeState` follows `do_close`.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { closeState, needed, passes, settled, share } from '../src/lib/tally.js';

const pc = (n) => n * 10_000_000; // percent → Perbill parts
const rule = (quorum, approval, minAyes = 0) => ({ quorum: pc(quorum), approval: pc(approval), minAyes: pc(minAyes) });
const RULES = [rule(50, 50), rule(0, 67), rule(100, 100), rule(30, 60), { quorum: 0, approval: pc(50), minAyes: 666_666_667 }];

describe('a tally, as the chain reads it', () => {
	it('rounds shares up, as Perbill::mul_ceil does', () => {
		assert.equal(share(pc(50), 3), 2);
		assert.equal(share(pc(50), 4), 2);
		assert.equal(share(666_666_667, 3), 3);
		assert.equal(share(0, 9), 0);
		assert.equal(share(1_000_000_000, 7), 7);
	});

	it('passes only with a quorum, the approval and more ayes than nays', () => {
		assert.equal(passes({ ayes: 1, nays: 0, abstentions: 0, electorate: 3 }, rule(50, 50)), false, 'one voter of three is no quorum');
		assert.equal(passes({ ayes: 2, nays: 0, abstentions: 0, electorate: 3 }, rule(50, 50)), true);
		assert.equal(passes({ ayes: 1, nays: 1, abstentions: 1, electorate: 3 }, rule(50, 50)), false, 'a tie never passes');
		assert.deepEqual(needed({ ayes: 3, nays: 1, abstentions: 0, electorate: 10 }, rule(50, 67)), { quorum: 5, ayes: 3 });
	});

	it('is settled exactly when every way the rest could vote gives the same outcome', () => {
		for (let electorate = 0; electorate <= 6; electorate++) {
			for (let ayes = 0; ayes <= electorate; ayes++) {
				for (let nays = 0; ayes + nays <= electorate; nays++) {
					for (let abstentions = 0; ayes + nays + abstentions <= electorate; abstentions++) {
						const t = { ayes, nays, abstentions, electorate };
						const rest = electorate - ayes - nays - abstentions;
						for (const r of RULES) {
							const outcomes = new Set();
							for (let a = 0; a <= rest; a++) for (let n = 0; a + n <= rest; n++) for (let s = 0; a + n + s <= rest; s++) {
								outcomes.add(passes({ ayes: ayes + a, nays: nays + n, abstentions: abstentions + s, electorate }, r));
							}
							const expected = outcomes.size === 1 ? [...outcomes][0] : null;
							assert.equal(settled(t, r), expected, JSON.stringify({ t, r }));
						}
					}
				}
			}
		}
	});

	it('closes as do_close does: after the end, or once deliberated and settled, or once everyone voted', () => {
		const p = (tally, endsAt = 100, deliberateUntil = 50) => ({ tally, rule: rule(50, 50), endsAt, deliberateUntil });
		const open = { ayes: 1, nays: 0, abstentions: 0, electorate: 4 };
		assert.deepEqual(closeState(p(open), 30), { closable: false, reason: 'deliberating', passing: null });
		assert.deepEqual(closeState(p(open), 60), { closable: false, reason: 'open', passing: null });
		assert.deepEqual(closeState(p(open), 101), { closable: true, reason: 'ended', passing: false });
		assert.equal(closeState(p(open), 100).closable, false, 'at the last block of the period it is still open');
		const decided = { ayes: 3, nays: 0, abstentions: 0, electorate: 4 };
		assert.deepEqual(closeState(p(decided), 30), { closable: false, reason: 'deliberating', passing: null });
		assert.deepEqual(closeState(p(decided), 50), { closable: true, reason: 'settled', passing: true });
		const all = { ayes: 2, nays: 1, abstentions: 1, electorate: 4 };
		assert.deepEqual(closeState(p(all), 10), { closable: true, reason: 'everyone', passing: true });
	});
});
