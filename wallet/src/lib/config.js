// Where the wallet finds the chain and the indexer: `?rpc=` and `?indexer=` in the page's
// address (kept for the next visit), else what was kept, else the dev chain's defaults.

const DEFAULTS = { rpc: 'ws://127.0.0.1:9944', indexer: 'http://127.0.0.1:8090' };

export function endpoints() {
	const query = new URLSearchParams(location.search);
	const out = {};
	for (const key of Object.keys(DEFAULTS)) {
		const given = query.get(key);
		if (given) localStorage.setItem(`coop-wallet.${key}`, given);
		out[key] = given ?? localStorage.getItem(`coop-wallet.${key}`) ?? DEFAULTS[key];
	}
	return out;
}

/**
 * Keeps `rpc` and `indexer` for this visit and the next (Settings). Refuses what is not a
 * WebSocket address for the node or an HTTP one for the indexer, saying which.
 */
export function saveEndpoints({ rpc, indexer }) {
	const check = (text, schemes, what) => {
		let url;
		try {
			url = new URL(text.trim());
		} catch {
			throw new Error(`${what}: "${text}" is not an address`);
		}
		if (!schemes.includes(url.protocol)) throw new Error(`${what} starts with ${schemes.map((s) => `${s}//`).join(' or ')}`);
		return url.href.replace(/\/$/, '');
	};
	const kept = { rpc: check(rpc, ['ws:', 'wss:'], "The chain's node"), indexer: check(indexer, ['http:', 'https:'], 'The indexer') };
	for (const [key, value] of Object.entries(kept)) localStorage.setItem(`coop-wallet.${key}`, value);
	return kept;
}

/** Forgets what was kept: the dev chain's defaults again. */
export function resetEndpoints() {
	for (const key of Object.keys(DEFAULTS)) localStorage.removeItem(`coop-wallet.${key}`);
}

export const defaultEndpoints = () => ({ ...DEFAULTS });
