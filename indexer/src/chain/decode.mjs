// Decoding a block's raw parts with the registry of the runtime that built it: its events,
// its timestamp, the signer of an extrinsic, and the hash a wallet knows an extrinsic by.

import { hexToU8a } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';

/** The lookup type of `System.Events` in this registry's metadata. */
function eventsType(registry) {
	let type = registry.__coopEventsType;
	if (!type) {
		const system = registry.metadata.pallets.find((p) => p.name.eq('System'));
		const events = system.storage.unwrap().items.find((i) => i.name.eq('Events'));
		type = registry.createLookupType(events.type.asPlain);
		registry.__coopEventsType = type;
	}
	return type;
}

const snakeCache = new Map();

/** @polkadot/types gives the metadata's field names in camelCase; we keep Rust's (memoised per event type). */
function snakeNames(names) {
	if (!names) return [];
	const key = names.join(',');
	let snake = snakeCache.get(key);
	if (!snake) {
		snake = names.map((name) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
		snakeCache.set(key, snake);
	}
	return snake;
}

/**
 * The block's events as plain records: `index`, `extrinsic` (its index, or null for the
 * block's initialisation and finalisation), `pallet` and `name` as clients show them
 * (`balances`, `Transfer`), and `fields`, the event's codec values by field name.
 */
export function decodeEvents(registry, raw) {
	if (!raw) return [];
	const records = registry.createType(eventsType(registry), raw);
	return records.map((record, index) => {
		const { event, phase } = record;
		const fields = {};
		snakeNames(event.data.names).forEach((name, i) => { fields[name] = event.data[i]; });
		return {
			index,
			extrinsic: phase.isApplyExtrinsic ? phase.asApplyExtrinsic.toNumber() : null,
			pallet: event.section,
			name: event.method,
			fields,
		};
	});
}

/** The block's timestamp in milliseconds (from its `timestamp.set` inherent), or 0 (genesis). */
export function blockTime(registry, extrinsics) {
	for (const hex of extrinsics.slice(0, 3)) {
		const xt = registry.createType('Extrinsic', hex);
		if (xt.method.section === 'timestamp' && xt.method.method === 'set') return xt.method.args[0].toNumber();
	}
	return 0;
}

/** The extrinsic's signer (SS58), or null when it is unsigned. */
export function signerOf(registry, hex) {
	const xt = registry.createType('Extrinsic', hex);
	return xt.isSigned ? xt.signer.toString() : null;
}

/** The hash a wallet got back when it submitted the extrinsic. */
export function extrinsicHash(hex) {
	return blake2AsHex(hexToU8a(hex), 256);
}


const capitalised = (name) => name[0].toUpperCase() + name.slice(1);

/** The value type of storage `pallet.item` (as @polkadot/api names them: `registry`, `members`). */
function storageType(registry, pallet, item) {
	registry.__coopStorageTypes ??= new Map();
	const key = `${pallet}.${item}`;
	let type = registry.__coopStorageTypes.get(key);
	if (!type) {
		const meta = registry.metadata.pallets.find((p) => p.name.eq(capitalised(pallet)));
		const entry = meta?.storage.unwrapOr(null)?.items.find((i) => i.name.eq(capitalised(item)));
		if (!entry) throw new Error(`the runtime has no storage ${key}`);
		type = registry.createLookupType(entry.type.isPlain ? entry.type.asPlain : entry.type.asMap.value);
		registry.__coopStorageTypes.set(key, type);
	}
	return type;
}

/** A raw storage value of `pallet.item` decoded with `registry`; null for an empty one. */
export function decodeStorage(registry, pallet, item, raw) {
	return raw === null || raw === undefined ? null : registry.createType(storageType(registry, pallet, item), raw);
}
