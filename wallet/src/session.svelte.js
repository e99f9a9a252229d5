// What every view shares: the chain and indexer connections, the chosen account, and a
// way to tell the person what happened.

import { endpoints } from './lib/config.js';

export const session = $state({
	api: null,
	indexer: null,
	endpoints: endpoints(),
	address: null,
	member: null,
	locked: true, // the chosen account's local key pair
	signsWith: null, // 'key' (a local key pair) or an extension's name (extension.js)
	notice: null,
	version: 0,
});

/** Tell every view to read again (after a transaction was finalised). */
export function refresh() {
	session.version += 1;
}

export function notify(text, kind = 'info') {
	session.notice = { text, kind };
}
