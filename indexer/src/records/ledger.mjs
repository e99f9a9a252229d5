// The ledger's events (pallet_balances): every movement of HOUR, named by what it was for.
// A movement is a `payment` unless the event that follows it in the same extrinsic says
// otherwise: a contribution to a pool, a spend from one, pay for approved work (and the
// pool's share of it), a balance moved to the pool when a membership ended, or moved to a
// member's new account.

import { account, num } from './values.mjs';

const PURPOSE = {
	'hours.Contributed': 'contribution',
	'hours.Spent': 'spend',
	'hours.WorkPaid': 'work',
	'registry.MemberRemoved': 'moved_to_pool',
	'registry.MemberLeft': 'moved_to_pool',
	'registry.MemberRebound': 'rebind',
};

/** (from, to) of each ledger event we record; a missing side is HOUR made or destroyed. */
const SIDES = {
	Transfer: (f) => [account(f.from), account(f.to)],
	Minted: (f) => [null, account(f.who)],
	Deposit: (f) => [null, account(f.who)],
	Burned: (f) => [account(f.who), null],
	Withdraw: (f) => [account(f.who), null],
	Slashed: (f) => [account(f.who), null],
	DustLost: (f) => [account(f.account), null],
};

export function ledgerEvent(cx, event) {
	const sides = SIDES[event.name];
	if (!sides) return;
	const amount = num(event.fields.amount);
	if (amount === 0) return;
	const [from, to] = sides(event.fields);
	const purpose = cx.purposeOf(event);
	let kind = (purpose && PURPOSE[`${purpose.pallet}.${purpose.name}`]) ?? (from && to ? 'payment' : 'other');
	let coop = purpose?.fields.coop ? num(purpose.fields.coop) : null;
	let claim = null;
	if (kind === 'work') {
		claim = num(purpose.fields.claim);
		if (to !== account(purpose.fields.to)) kind = 'work_pool';
	}
	cx.insert('ledger', {
		block: cx.block.number,
		event_index: event.index,
		extrinsic_index: event.extrinsic,
		extrinsic_hash: cx.extrinsicHash(event.extrinsic),
		kind,
		from_account: from,
		to_account: to,
		amount,
		coop,
		claim,
	});
	const detail = { amount, extrinsic: event.extrinsic === null ? null : `${cx.block.number}-${event.extrinsic}` };
	if (claim !== null) detail.claim = claim;
	if (from === to) {
		cx.activity(from, event, kind, { coop, counterparty: to, delta: 0, detail: { ...detail, direction: 'self' } });
		return;
	}
	if (from) cx.activity(from, event, kind, { coop, counterparty: to, delta: -amount, detail: { ...detail, direction: 'out' } });
	if (to) cx.activity(to, event, kind, { coop, counterparty: from, delta: amount, detail: { ...detail, direction: 'in' } });
	if (claim !== null) {
		// Pay for work names its claim, not its co-op: the claim's row has it.
		const coopOfClaim = '(SELECT coop FROM claims WHERE id = ?)';
		cx.sql(`UPDATE ledger SET coop = ${coopOfClaim} WHERE block = ? AND event_index = ?`, claim, cx.block.number, event.index);
		cx.sql(`UPDATE activity SET coop = ${coopOfClaim} WHERE account = ? AND block = ? AND event_index = ?`, claim, to, cx.block.number, event.index);
	}
}
