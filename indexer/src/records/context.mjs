// What the translators of one block share: the block, its events, a way to read the
// chain's state after it, and the list of database operations the block becomes.

import { decodeStorage, extrinsicHash, signerOf } from '../chain/decode.mjs';
import { insert, statement } from '../store/sql.mjs';

export class BlockContext {
	constructor({ block, events, registry, source }) {
		this.block = block;
		this.events = events;
		this.registry = registry;
		this.source = source;
		this.operations = [];
		this.state = undefined;
	}

	insert(table, row) {
		this.operations.push(insert(table, row));
	}

	sql(sql, ...params) {
		this.operations.push(statement(sql, ...params));
	}

	/** A line of `account`'s history, for `event`. */
	activity(account, event, kind, { coop = null, counterparty = null, delta = 0, detail = {} } = {}) {
		this.insert('activity', {
			account,
			block: this.block.number,
			event_index: event.index,
			kind,
			coop,
			counterparty,
			delta,
			detail: JSON.stringify(detail),
		});
	}

	/**
	 * `pallet.item(...args)` in the chain's state after this block, decoded with this block's
	 * registry; null if absent. Read only for the rare events that need it (names, memos,
	 * proposed calls).
	 */
	async read(pallet, item, ...args) {
		const raw = await this.source.storage(this.source.storageKey(pallet, item, ...args), this.block.hash);
		return decodeStorage(this.registry, pallet, item, raw);
	}

	extrinsicHash(index) {
		return index === null ? null : extrinsicHash(this.block.extrinsics[index]);
	}

	/** Whether extrinsic `index` calls `pallet.method` (as clients name them: `hours`, `approve`). */
	isCall(index, pallet, method) {
		if (index === null) return false;
		const { section, method: name } = this.registry.createType('Extrinsic', this.block.extrinsics[index]).method;
		return section === pallet && name === method;
	}

	signer(index) {
		return index === null ? null : signerOf(this.registry, this.block.extrinsics[index]);
	}

	/**
	 * The first event after `event` in the same extrinsic that is neither the ledger's nor
	 * the system's: what a balance movement was for (`hours.Contributed` after its transfer).
	 */
	purposeOf(event) {
		for (let i = event.index + 1; i < this.events.length; i++) {
			const next = this.events[i];
			if (next.extrinsic !== event.extrinsic) return undefined;
			if (!['balances', 'system', 'transactionPayment'].includes(next.pallet)) return next;
		}
		return undefined;
	}
}
