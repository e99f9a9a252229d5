// The genesis block has no events: what the chain starts with (its co-ops, members,
// balances and validators) is read from its state and recorded as block 0, each item with
// an index of its own in place of an event's.

import { u8aConcat, stringToU8a } from '@polkadot/util';
import { encodeAddress } from '@polkadot/util-crypto';

import { insert } from '../store/sql.mjs';
import { account, num, text, variant } from './values.mjs';

/** A co-op's pool: `modl`, the registry's pallet id, the co-op id (LE u32), zero padding. */
export function poolAccount(palletId, coop, ss58Format) {
	const id = new Uint8Array(4);
	new DataView(id.buffer).setUint32(0, coop, true);
	const raw = u8aConcat(stringToU8a('modl'), palletId, id);
	return encodeAddress(u8aConcat(raw, new Uint8Array(32 - raw.length)), ss58Format);
}

export async function genesisOperations({ raw, source, specVersion }) {
	const at = await source.at(raw.hash);
	const ops = [];
	let index = 0;
	const activity = (who, kind, { coop = null, delta = 0, detail }) => ops.push(insert('activity', {
		account: who, block: 0, event_index: index++, kind, coop, counterparty: null, delta, detail: JSON.stringify(detail),
	}));
	const palletId = at.consts.registry.palletId.toU8a(true);
	for (const [key, info] of await at.query.registry.coops.entries()) {
		const coop = num(key.args[0]);
		const value = info.unwrap();
		ops.push(insert('coops', {
			id: coop, name: text(value.name), pool: poolAccount(palletId, coop, source.ss58Format), status: variant(value.status), registered_block: 0,
		}));
	}
	for (const [key, info] of await at.query.registry.members.entries()) {
		const value = info.unwrap();
		ops.push(insert('members', { account: account(key.args[0]), name: text(value.name), identity: value.identity.toHex(), first_block: 0 }));
	}
	for (const [key, record] of await at.query.registry.memberships.entries()) {
		const [coop, who] = [num(key.args[0]), account(key.args[1])];
		const value = record.unwrap();
		const role = variant(value.role);
		ops.push(insert('memberships', { coop, account: who, role, joined_block: 0, left_block: null, left_how: null }));
		ops.push(insert('role_changes', { block: 0, event_index: index, coop, account: who, from_role: null, to_role: role }));
		activity(who, 'membership', { coop, detail: { action: 'joined', role } });
	}
	for (const [key, info] of await at.query.system.account.entries()) {
		const free = num(info.data.free);
		if (free === 0) continue;
		const who = account(key.args[0]);
		ops.push(insert('ledger', {
			block: 0, event_index: index, extrinsic_index: null, extrinsic_hash: null, kind: 'genesis',
			from_account: null, to_account: who, amount: free, coop: null, claim: null,
		}));
		activity(who, 'genesis', { delta: free, detail: { amount: free, direction: 'in' } });
	}
	for (const validator of await at.query.validators.validators()) {
		const who = account(validator.account);
		const coop = num(validator.coop);
		ops.push(insert('validator_changes', { block: 0, event_index: index, change: 'genesis', account: who, coop, detail: '{}' }));
		activity(who, 'validator', { coop, detail: { action: 'genesis' } });
	}
	ops.push(insert('blocks', {
		number: 0, hash: raw.hash, parent_hash: raw.parentHash, time: 0, spec_version: specVersion, extrinsics: raw.extrinsics.length, events: 0,
	}));
	return ops;
}
