// Work claims from logging to their end (paid, rejected, expired), with who approved them,
// and pools' terms. The HOUR that moves is recorded by the ledger's own events.

import { account, num, text } from './values.mjs';

/**
 * A line of history about `claim` for `who`, or for the claimant when `who` is null (and
 * then only if the claimant is not `other`, who already has the line).
 */
function claimActivity(cx, event, claim, who, detail, other = null) {
	// (The casts tell PostgreSQL the parameters' types, which a SELECT list does not.)
	const target = who ? 'CAST(? AS TEXT)' : 'claimant';
	const guard = who || !other ? '' : ' AND claimant <> ?';
	cx.sql(
		'INSERT INTO activity (account, block, event_index, kind, coop, counterparty, delta, detail) '
		+ `SELECT ${target}, CAST(? AS BIGINT), CAST(? AS INTEGER), 'claim', coop, CAST(? AS TEXT), 0, CAST(? AS TEXT) FROM claims WHERE id = ?${guard}`,
		...(who ? [who] : []), cx.block.number, event.index, who ? null : other, JSON.stringify({ claim, ...detail }), claim, ...(guard ? [other] : []),
	);
}

const HANDLERS = {
	async WorkLogged(cx, event, f) {
		const claim = num(f.claim);
		const stored = await cx.read('hours', 'claims', claim);
		const memo = stored ? stored.memo.toHex() : null;
		const who = account(f.who);
		cx.insert('claims', {
			id: claim, coop: num(f.coop), claimant: who, minutes: num(f.minutes), day: num(f.day), memo: memo ?? '',
			logged_block: cx.block.number, status: 'pending', approvals: 0,
			decided_block: null, decided_by: null, reason: null, paid_amount: null, to_pool: null,
		});
		cx.activity(who, event, 'claim', { coop: num(f.coop), detail: { action: 'logged', claim, minutes: num(f.minutes), day: num(f.day), memo } });
	},
	ClaimApproved(cx, event, f) {
		const claim = num(f.claim);
		const by = account(f.by);
		cx.insert('claim_approvals', { claim, approver: by, block: cx.block.number, event_index: event.index, lapsed_block: null });
		cx.sql('UPDATE claims SET approvals = ? WHERE id = ?', num(f.approvals), claim);
		claimActivity(cx, event, claim, by, { action: 'approved' });
		claimActivity(cx, event, claim, null, { action: 'approved', by, approvals: num(f.approvals) }, by);
	},
	ApprovalLapsed(cx, event, f) {
		cx.sql('UPDATE claim_approvals SET lapsed_block = ? WHERE claim = ? AND approver = ? AND lapsed_block IS NULL', cx.block.number, num(f.claim), account(f.by));
	},
	WorkPaid(cx, event, f) {
		const claim = num(f.claim);
		// The final approval is the one that pays: its approver signed this extrinsic
		// (unless the co-op's vote or the federation paid it, then nobody signed it as such).
		const by = cx.isCall(event.extrinsic, 'hours', 'approve') ? cx.signer(event.extrinsic) : null;
		if (by) cx.insert('claim_approvals', { claim, approver: by, block: cx.block.number, event_index: event.index, lapsed_block: null });
		cx.sql(
			'UPDATE claims SET status = ?, approvals = approvals + ?, decided_block = ?, decided_by = ?, paid_amount = ?, to_pool = ? WHERE id = ?',
			'paid', by ? 1 : 0, cx.block.number, by, num(f.amount), num(f.to_pool), claim,
		);
		if (by) claimActivity(cx, event, claim, by, { action: 'approved', paid: true });
		claimActivity(cx, event, claim, null, { action: 'paid', by, amount: num(f.amount), to_pool: num(f.to_pool) }, by);
	},
	ClaimRejected(cx, event, f) {
		const claim = num(f.claim);
		const by = account(f.by);
		const reason = text(f.reason);
		cx.sql('UPDATE claims SET status = ?, decided_block = ?, decided_by = ?, reason = ? WHERE id = ?', 'rejected', cx.block.number, by, reason, claim);
		claimActivity(cx, event, claim, by, { action: 'rejected', reason });
		claimActivity(cx, event, claim, null, { action: 'rejected', reason, by }, by);
	},
	ClaimExpired(cx, event, f) {
		const claim = num(f.claim);
		cx.sql('UPDATE claims SET status = ?, decided_block = ? WHERE id = ?', 'expired', cx.block.number, claim);
		claimActivity(cx, event, claim, null, { action: 'expired' });
	},
};

export async function hoursEvent(cx, event) {
	await HANDLERS[event.name]?.(cx, event, event.fields);
}
