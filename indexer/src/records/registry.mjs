// The registry's events: co-ops, members and their names and roles over time, invitations
// and recoveries. Names are not in the events: they are read from the chain's state after
// the block, which is why the node the indexer follows keeps its state (an archive node).

import { account, num, text, variant } from './values.mjs';

async function memberName(cx, who) {
	const info = await cx.read('registry', 'members', who);
	return info ? { name: text(info.name), identity: info.identity.toHex() } : undefined;
}

function joined(cx, event, coop, who, role) {
	cx.sql(
		'INSERT INTO memberships (coop, account, role, joined_block) VALUES (?, ?, ?, ?) '
		+ 'ON CONFLICT (coop, account, joined_block) DO UPDATE SET role = excluded.role, left_block = NULL, left_how = NULL',
		coop, who, role, cx.block.number,
	);
	cx.insert('role_changes', { block: cx.block.number, event_index: event.index, coop, account: who, from_role: null, to_role: role });
	cx.activity(who, event, 'membership', { coop, detail: { action: 'joined', role } });
}

function ended(cx, event, coop, who, how) {
	cx.sql(
		'UPDATE memberships SET left_block = ?, left_how = ? WHERE coop = ? AND account = ? AND left_block IS NULL',
		cx.block.number, how, coop, who,
	);
	cx.insert('role_changes', { block: cx.block.number, event_index: event.index, coop, account: who, from_role: null, to_role: null });
	cx.activity(who, event, 'membership', { coop, detail: { action: how } });
}

function closeInvitation(cx, coop, who, outcome) {
	cx.sql(
		'UPDATE invitations SET outcome = ?, outcome_block = ? WHERE coop = ? AND account = ? AND outcome IS NULL',
		outcome, cx.block.number, coop, who,
	);
}

const HANDLERS = {
	async CoopRegistered(cx, event, f) {
		const coop = num(f.coop);
		const info = await cx.read('registry', 'coops', coop);
		cx.insert('coops', { id: coop, name: text(info.name), pool: account(f.pool), status: variant(info.status), registered_block: cx.block.number });
	},
	CoopSuspended(cx, event, f) {
		cx.sql('UPDATE coops SET status = ? WHERE id = ?', 'Suspended', num(f.coop));
	},
	CoopResumed(cx, event, f) {
		cx.sql('UPDATE coops SET status = ? WHERE id = ?', 'Active', num(f.coop));
	},
	async MemberAdded(cx, event, f) {
		const who = account(f.who);
		const coop = num(f.coop);
		const member = await memberName(cx, who);
		if (member) {
			cx.sql(
				'INSERT INTO members (account, name, identity, first_block) VALUES (?, ?, ?, ?) ON CONFLICT (account) DO UPDATE SET name = excluded.name',
				who, member.name, member.identity, cx.block.number,
			);
		}
		closeInvitation(cx, coop, who, 'accepted');
		joined(cx, event, coop, who, variant(f.role));
	},
	RoleChanged(cx, event, f) {
		const coop = num(f.coop);
		const who = account(f.who);
		cx.sql('UPDATE memberships SET role = ? WHERE coop = ? AND account = ? AND left_block IS NULL', variant(f.to), coop, who);
		cx.insert('role_changes', { block: cx.block.number, event_index: event.index, coop, account: who, from_role: variant(f.from), to_role: variant(f.to) });
		cx.activity(who, event, 'membership', { coop, detail: { action: 'role_changed', from: variant(f.from), to: variant(f.to) } });
	},
	MemberRemoved(cx, event, f) {
		ended(cx, event, num(f.coop), account(f.who), 'removed');
	},
	MemberLeft(cx, event, f) {
		ended(cx, event, num(f.coop), account(f.who), 'left');
	},
	async MemberRebound(cx, event, f) {
		const [old, now] = [account(f.old), account(f.new)];
		const member = await memberName(cx, now);
		cx.sql(
			'INSERT INTO members (account, name, identity, first_block) VALUES (?, ?, ?, ?) ON CONFLICT (account) DO UPDATE SET name = excluded.name, identity = excluded.identity',
			now, member?.name ?? '', member?.identity ?? '', cx.block.number,
		);
		// The memberships move to the new account, as they do on chain.
		cx.sql('UPDATE memberships SET account = ? WHERE account = ? AND left_block IS NULL', now, old);
		const detail = { old, new: now, moved: num(f.moved) };
		cx.insert('recoveries', { block: cx.block.number, event_index: event.index, event: 'rebound', old_account: old, new_account: now, detail: JSON.stringify(detail) });
		cx.activity(old, event, 'recovery', { counterparty: now, detail: { action: 'rebound', ...detail } });
		cx.activity(now, event, 'recovery', { counterparty: old, detail: { action: 'rebound', ...detail } });
	},
	async MemberInvited(cx, event, f) {
		const coop = num(f.coop);
		const who = account(f.who);
		const invitation = await cx.read('registry', 'invitations', who, coop);
		const name = invitation ? text(invitation.name) : null;
		// A new invitation to the same co-op replaces the earlier one.
		closeInvitation(cx, coop, who, 'replaced');
		cx.insert('invitations', {
			coop, account: who, role: variant(f.role), name, expires_at: num(f.expires_at),
			block: cx.block.number, event_index: event.index, outcome: null, outcome_block: null,
		});
		cx.activity(who, event, 'invitation', { coop, detail: { action: 'invited', role: variant(f.role), expires_at: num(f.expires_at) } });
	},
	InvitationDeclined(cx, event, f) {
		closeInvitation(cx, num(f.coop), account(f.who), 'declined');
		cx.activity(account(f.who), event, 'invitation', { coop: num(f.coop), detail: { action: 'declined' } });
	},
	InvitationExpired(cx, event, f) {
		closeInvitation(cx, num(f.coop), account(f.who), 'expired');
		cx.activity(account(f.who), event, 'invitation', { coop: num(f.coop), detail: { action: 'expired' } });
	},
	RecoveryOpened(cx, event, f) { recovery(cx, event, f, 'opened', { completes_after: num(f.completes_after) }); },
	RecoveryApproved(cx, event, f) { recovery(cx, event, f, 'approved', { by: f.by.isCoop ? `coop:${num(f.by.asCoop)}` : 'root' }); },
	RecoveryCancelled(cx, event, f) { recovery(cx, event, f, 'cancelled', {}); },
};

function recovery(cx, event, f, what, extra) {
	const [old, now] = [account(f.old), account(f.new)];
	const detail = { old, new: now, ...extra };
	cx.insert('recoveries', { block: cx.block.number, event_index: event.index, event: what, old_account: old, new_account: now, detail: JSON.stringify(detail) });
	cx.activity(old, event, 'recovery', { counterparty: now, detail: { action: what, ...detail } });
	cx.activity(now, event, 'recovery', { counterparty: old, detail: { action: what, ...detail } });
}

export async function registryEvent(cx, event) {
	await HANDLERS[event.name]?.(cx, event, event.fields);
}
