// One finalised block as database operations: the block's row, then each event's records
// in the order the chain emitted them. The block's row goes last but in the same
// transaction, so the indexed height moves only with everything the block holds.

import { blockTime } from '../chain/decode.mjs';
import { insert } from '../store/sql.mjs';
import { BlockContext } from './context.mjs';
import { dacoEvent } from './daco.mjs';
import { hoursEvent } from './hours.mjs';
import { ledgerEvent } from './ledger.mjs';
import { registryEvent } from './registry.mjs';
import { validatorsEvent } from './validators.mjs';

const BY_PALLET = {
	balances: ledgerEvent,
	registry: registryEvent,
	hours: hoursEvent,
	daco: dacoEvent,
	validators: validatorsEvent,
};

/** `raw` from ChainSource.rawBlock, `events` decoded with `registry`; resolves to operations. */
export async function blockOperations({ raw, events, registry, specVersion, source }) {
	const block = { number: raw.number, hash: raw.hash, extrinsics: raw.extrinsics, time: blockTime(registry, raw.extrinsics) };
	const cx = new BlockContext({ block, events, registry, source });
	for (const event of events) await BY_PALLET[event.pallet]?.(cx, event);
	cx.operations.push(insert('blocks', {
		number: raw.number,
		hash: raw.hash,
		parent_hash: raw.parentHash,
		time: block.time,
		spec_version: specVersion,
		extrinsics: raw.extrinsics.length,
		events: events.length,
	}));
	return cx.operations;
}
