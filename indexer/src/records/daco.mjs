// Proposals, votes and outcomes. The proposed call is stored decoded (as clients show it:
// pallet, call and arguments), read from the proposal in the chain's state, through the
// preimage when the call was too large to hold inline.

import { account, body, dispatchResult, num, text, variant, voter } from './values.mjs';

async function proposedCall(cx, bounded) {
	let bytes;
	if (bounded.isInline) {
		bytes = bounded.asInline.toU8a(true);
	} else {
		// (`hash` is a codec's own getter: @polkadot/types names the field `hash_`.)
		const { hash_: hash, len } = bounded.isLookup ? bounded.asLookup : { hash_: bounded.asLegacy.hash_, len: undefined };
		const preimage = len === undefined ? null : await cx.read('preimage', 'preimageFor', [hash, len]);
		if (!preimage) return { lookup: hash.toHex(), decoded: null };
		bytes = preimage.toU8a(true);
	}
	const call = cx.registry.createType('Call', bytes);
	return { pallet: call.section, call: call.method, args: call.toHuman().args, hex: call.toHex() };
}

const HANDLERS = {
	async Proposed(cx, event, f) {
		const id = num(f.proposal);
		const proposal = await cx.read('daco', 'proposals', id);
		const call = proposal ? await proposedCall(cx, proposal.call) : null;
		const proposer = voter(f.proposer);
		cx.insert('proposals', {
			id, body: body(f.body), proposer, electorate: num(f.electorate), ends_at: num(f.ends_at),
			call: JSON.stringify(call), description: proposal ? text(proposal.description) : '',
			status: 'open', tally: null, result: null, proposed_block: cx.block.number, closed_block: null,
		});
		if (f.proposer.isMember) cx.activity(proposer, event, 'proposal', { detail: { action: 'proposed', proposal: id, body: body(f.body) } });
	},
	Voted(cx, event, f) {
		const id = num(f.proposal);
		const who = voter(f.voter);
		cx.insert('votes', { proposal: id, voter: who, choice: variant(f.choice), block: cx.block.number, event_index: event.index });
		if (f.voter.isMember) cx.activity(who, event, 'vote', { detail: { proposal: id, choice: variant(f.choice) } });
	},
	Closed(cx, event, f) {
		const tally = Object.fromEntries(['ayes', 'nays', 'abstentions', 'electorate'].map((k) => [k, num(f.tally[k])]));
		cx.sql('UPDATE proposals SET status = ?, tally = ?, closed_block = ? WHERE id = ?',
			f.passed.isTrue ? 'passed' : 'rejected', JSON.stringify(tally), cx.block.number, num(f.proposal));
	},
	Executed(cx, event, f) {
		cx.sql('UPDATE proposals SET result = ? WHERE id = ?', dispatchResult(cx.registry, f.result), num(f.proposal));
	},
	Withdrawn(cx, event, f) {
		cx.sql('UPDATE proposals SET status = ?, closed_block = ? WHERE id = ?', 'withdrawn', cx.block.number, num(f.proposal));
	},
	Cancelled(cx, event, f) {
		cx.sql('UPDATE proposals SET status = ?, closed_block = ? WHERE id = ?', 'cancelled', cx.block.number, num(f.proposal));
	},
	DelegateSet(cx, event, f) {
		if (f.delegate.isSome) {
			cx.activity(account(f.delegate.unwrap()), event, 'membership', { coop: num(f.coop), detail: { action: 'delegate' } });
		}
	},
};

export async function dacoEvent(cx, event) {
	await HANDLERS[event.name]?.(cx, event, event.fields);
}
