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
		const names = event.data.names ?? [];
		const fields = {};
		names.forEach((name, i) => { fields[name] = event.data[i]; });
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

