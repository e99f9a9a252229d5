// A proposal's tally read as the chain reads it (pallets/daco/src/tally.rs and
// proposals.rs `do_close`), so Votes can say what is still needed and whether Close would
// succeed before anyone signs it. Thresholds are Perbill parts (10^9 is 100 %).

const BILLION = 1_000_000_000n;

/** Perbill::mul_ceil: the smallest whole number of voters at or above `parts`/10^9 of `n`. */
export function share(parts, n) {
	const product = BigInt(parts) * BigInt(n);
	return Number((product + BILLION - 1n) / BILLION);
}

export const turnout = (t) => t.ayes + t.nays + t.abstentions;
export const outstanding = (t) => Math.max(0, t.electorate - turnout(t));

/** What the rule asks of this tally: voters for the quorum, ayes for the approval and the minimum. */
export function needed(t, rule) {
	return {
		quorum: share(rule.quorum, t.electorate),
		ayes: Math.max(share(rule.approval, t.ayes + t.nays), share(rule.minAyes ?? 0, t.electorate)),
	};
}

/** Whether the proposal passes with this tally (the pallet's `passes`). */
export function passes(t, rule) {
	const need = needed(t, rule);
	return turnout(t) >= need.quorum && t.ayes >= need.ayes && t.ayes > t.nays;
}

/** true or false once no outstanding vote can change the outcome; null while one can (the pallet's `settled`). */
export function settled(t, rule) {
	const rest = outstanding(t);
	if (passes(t, rule) && passes({ ...t, nays: t.nays + rest }, rule)) return true;
	if (!passes({ ...t, ayes: t.ayes + rest }, rule)) return false;
	return null;
}

/**
 * Whether `close` sent now lands: `next` is the number of the block it would be in (the
 * best block + 1). `{ closable, reason, passing }`, reason one of 'ended', 'everyone',
 * 'settled', 'deliberating', 'open'.
 */
export function closeState(p, next) {
	if (next > p.endsAt) return { closable: true, reason: 'ended', passing: passes(p.tally, p.rule) };
	const everyone = outstanding(p.tally) === 0;
	if (!everyone && next < p.deliberateUntil) return { closable: false, reason: 'deliberating', passing: null };
	const outcome = settled(p.tally, p.rule);
	if (outcome === null) return { closable: false, reason: 'open', passing: null };
	return { closable: true, reason: everyone ? 'everyone' : 'settled', passing: outcome };
}
