// The genesis block has no events: what the chain starts with (its co-ops, members,
// balances and validators) is read from its state and recorded as block 0, each item with
// an index of its own in place of an event's.

import { hexToU8a, stringToU8a, u8aConcat, u8aToNumber } from '@polkadot/util';
import { encodeAddress } from '@polkadot/util-crypto';

import { decodeStorage } from '../chain/decode.mjs';
import { insert } from '../store/sql.mjs';
import { account, num, text, variant } from './values.mjs';

/** A co-op's pool: `modl`, the registry's pallet id, the co-op id (LE u32), zero padding. */
export function poolAccount(palletId, coop, ss58Format) {
	const id = new Uint8Array(4);
	new DataView(id.buffer).setUint32(0, coop, true);
	const raw = u8aConcat(stringToU8a('modl'), palletId, id);
	return encodeAddress(u8aConcat(raw, new Uint8Array(32 - raw.length)), ss58Format);
}

/** The bytes of a storage key after its 32-byte prefix, from `skip` bytes on. */
const keyPart = (key, skip, length) => hexToU8a(key).slice(32 + skip, 32 + skip + length);

export async function genesisOperations({ raw, source, registry, specVersion }) {
	const ops = [];
	let index = 0;
	const ss58 = source.ss58Format;
	const accountAt = (key, skip) => encodeAddress(keyPart(key, skip, 32), ss58);
	const entries = async (pallet, item) => (await source.entries(source.storagePrefix(pallet, item), raw.hash))
		.map(([key, value]) => [key, decodeStorage(registry, pallet, item, value)]);
	const activity = (who, kind, { coop = null, delta = 0, detail }) => ops.push(insert('activity', {
		account: who, block: 0, event_index: index++, kind, coop, counterparty: null, delta, detail: JSON.stringify(detail),
	}));
	const registryPallet = registry.metadata.pallets.find((p) => p.name.eq('Registry'));
	const palletId = registryPallet.constants.find((c) => c.name.eq('PalletId')).value.toU8a(true);

	// Keys: Coops is Twox64Concat(CoopId), Members Blake2_128Concat(AccountId), Memberships
	// both of those, System.Account Blake2_128Concat(AccountId).
	for (const [key, value] of await entries('registry', 'coops')) {
		const coop = u8aToNumber(keyPart(key, 8, 4));
		ops.push(insert('coops', {
			id: coop, name: text(value.name), pool: poolAccount(palletId, coop, ss58), status: variant(value.status), registered_block: 0,
		}));
	}
	for (const [key, value] of await entries('registry', 'members')) {
		ops.push(insert('members', { account: accountAt(key, 16), name: text(value.name), identity: value.identity.toHex(), first_block: 0 }));
	}
	for (const [key, value] of await entries('registry', 'memberships')) {
		const coop = u8aToNumber(keyPart(key, 8, 4));
		const who = accountAt(key, 12 + 16);
		const role = variant(value.role);
		ops.push(insert('memberships', { coop, account: who, role, joined_block: 0, left_block: null, left_how: null }));
		ops.push(insert('role_changes', { block: 0, event_index: index, coop, account: who, from_role: null, to_role: role }));
		activity(who, 'membership', { coop, detail: { action: 'joined', role } });
	}
	for (const [key, value] of await entries('system', 'account')) {
		const free = num(value.data.free);
		if (free === 0) continue;
		const who = accountAt(key, 16);
		ops.push(insert('ledger', {
			block: 0, event_index: index, extrinsic_index: null, extrinsic_hash: null, kind: 'genesis',
			from_account: null, to_account: who, amount: free, coop: null, claim: null,
		}));
		activity(who, 'genesis', { delta: free, detail: { amount: free, direction: 'in' } });
	}
	const validators = decodeStorage(registry, 'validators', 'validators', await source.storage(source.storageKey('validators', 'validators'), raw.hash)) ?? [];
	for (const validator of validators) {
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
