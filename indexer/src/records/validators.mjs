// Changes to the federation's validator set.

import { account, num } from './values.mjs';

const CHANGES = {
	ValidatorAdded: (f) => ({ change: 'added', account: account(f.account), coop: num(f.coop) }),
	ValidatorRemoved: (f) => ({ change: 'removed', account: account(f.account), coop: null }),
	ValidatorLeftCoop: (f) => ({ change: 'left_coop', account: account(f.account), coop: num(f.coop) }),
	SetPlanned: (f) => ({ change: 'set_planned', account: null, coop: null, validators: f.validators.map(account) }),
};

export function validatorsEvent(cx, event) {
	const make = CHANGES[event.name];
	if (!make) return;
	const { change, account: who, coop, ...rest } = make(event.fields);
	cx.insert('validator_changes', {
		block: cx.block.number, event_index: event.index, change, account: who, coop, detail: JSON.stringify(rest),
	});
	if (who) cx.activity(who, event, 'validator', { coop, detail: { action: change } });
}
