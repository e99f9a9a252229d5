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
